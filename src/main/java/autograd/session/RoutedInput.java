package autograd.session;

import java.io.IOException;
import java.io.InputStream;

/**
 * System.in, read from where the session whose code is reading wants it: a notebook cell asks its front end
 * (Jupyter's input request), and the REPL, a replay or any thread outside a session read the process's own stdin.
 * Installed with {@link Routing}.
 */
final class RoutedInput extends InputStream {
    private final InputStream process;

    RoutedInput(InputStream process) { this.process = process; }

    private InputStream source() {
        InputStream s = Context.current().in();
        return s != null ? s : process;
    }

    @Override public int read() throws IOException { return source().read(); }

    @Override public int read(byte[] b, int off, int len) throws IOException { return source().read(b, off, len); }

    @Override public int available() throws IOException { return source().available(); }
}
