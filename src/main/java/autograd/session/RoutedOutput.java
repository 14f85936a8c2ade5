package autograd.session;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * System.out or System.err, sent where the session whose code is printing wants it: a notebook cell, a replay's
 * transcript, or (by default, and for any thread outside a session) the process's own stream. While a snippet runs,
 * its session's {@link Recorder} keeps a copy too. Printing from a thread a snippet started goes to that snippet's
 * session, since the thread inherits its {@link Context}.
 */
final class RoutedOutput extends OutputStream {
    private final PrintStream process;
    private final String name;             // "stdout" or "stderr"

    RoutedOutput(PrintStream process, String name) {
        this.process = process;
        this.name = name;
    }

    private OutputStream target(Context c) {
        OutputStream s = name.equals("stdout") ? c.out() : c.err();
        return s != null ? s : process;
    }

    @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

    @Override public void write(byte[] b, int off, int len) throws IOException {
        Context c = Context.current();
        Recorder r = c.recorder();
        if (r != null) r.printed(name, b, off, len);
        target(c).write(b, off, len);
    }

    @Override public void flush() throws IOException { target(Context.current()).flush(); }
}
