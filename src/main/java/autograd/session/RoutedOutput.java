package autograd.session;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * System.out and System.err, sent where the session whose code is printing wants them: a replay's transcript, a
 * notebook cell, or (by default, and for any thread outside a session) the process's own streams. Installed once,
 * when the first session starts; printing from a thread a snippet started goes to that snippet's session too.
 */
final class RoutedOutput extends OutputStream {
    private final PrintStream process;
    private final Function<Context, OutputStream> sink;

    private RoutedOutput(PrintStream process, Function<Context, OutputStream> sink) {
        this.process = process;
        this.sink = sink;
    }

    private static boolean installed;

    static synchronized void install() {
        if (installed) return;
        installed = true;
        System.setOut(new PrintStream(new RoutedOutput(System.out, Context::out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new RoutedOutput(System.err, Context::err), true, StandardCharsets.UTF_8));
    }

    private OutputStream target() {
        OutputStream s = sink.apply(Context.current());
        return s != null ? s : process;
    }

    @Override public void write(int b) throws IOException { target().write(b); }

    @Override public void write(byte[] b, int off, int len) throws IOException { target().write(b, off, len); }

    @Override public void flush() throws IOException { target().flush(); }
}
