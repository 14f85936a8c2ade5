package autograd.session;

import java.io.IOException;
import java.io.InputStream;

/**
 * System.in, read from where the session whose code is reading wants it: a notebook cell asks its front end
 * (Jupyter's input request), and the REPL, a replay or any thread outside a session read the process's own
 * stdin. Installed once, when the first session starts, as {@link RoutedOutput} is.
 */
final class RoutedInput extends InputStream {
    private final InputStream process;

    private RoutedInput(InputStream process) { this.process = process; }

    private static boolean installed;

    static synchronized void install() {
        if (installed) return;
        installed = true;
        System.setIn(new RoutedInput(System.in));
    }

    private InputStream source() {
        InputStream s = Context.current().in();
        return s != null ? s : process;
    }

    @Override public int read() throws IOException { return source().read(); }

    @Override public int read(byte[] b, int off, int len) throws IOException { return source().read(b, off, len); }

    @Override public int available() throws IOException { return source().available(); }
}
