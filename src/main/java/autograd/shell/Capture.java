package autograd.shell;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Catches what user code prints while a snippet runs: System.out and System.err are swapped for a stream that
 * keeps a copy and, when given one, also passes the text on live (a long training loop shows as it goes).
 * {@link #close()} puts the old streams back.
 */
final class Capture implements AutoCloseable {
    private final PrintStream oldOut = System.out, oldErr = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    /** Starts capturing; {@code live} (may be null) also gets every byte as it is printed. */
    Capture(PrintStream live) {
        OutputStream tee = new OutputStream() {
            @Override public void write(int b) {
                copy.write(b);
                if (live != null) live.write(b);
            }

            @Override public void write(byte[] b, int off, int len) {
                copy.write(b, off, len);
                if (live != null) live.write(b, off, len);
            }

            @Override public void flush() { if (live != null) live.flush(); }
        };
        PrintStream both = new PrintStream(tee, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    /** What was printed since the capture started. */
    String text() {
        System.out.flush();
        return copy.toString(StandardCharsets.UTF_8);
    }

    @Override public void close() {
        System.out.flush();
        System.setOut(oldOut);
        System.setErr(oldErr);
    }
}
