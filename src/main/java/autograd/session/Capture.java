package autograd.session;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Catches what one session's code prints (System.out and System.err) while it is open, keeping a copy and, when
 * given a stream, passing the text on live as well (a long training loop shows as it goes). Other sessions, and
 * code outside any session, print as before. {@link #close()} puts the session's old destination back.
 */
public final class Capture implements AutoCloseable {
    private final Context context;
    private final OutputStream oldOut, oldErr;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    Capture(Context context, PrintStream live) {
        this.context = context;
        this.oldOut = context.out();
        this.oldErr = context.err();
        OutputStream tee = new OutputStream() {
            @Override public synchronized void write(int b) {
                copy.write(b);
                if (live != null) live.write(b);
            }

            @Override public synchronized void write(byte[] b, int off, int len) {
                copy.write(b, off, len);
                if (live != null) live.write(b, off, len);
            }

            @Override public void flush() { if (live != null) live.flush(); }
        };
        context.output(tee, tee);
    }

    /** What was printed since the capture started. */
    public String text() {
        return copy.toString(StandardCharsets.UTF_8);
    }

    @Override public void close() {
        context.output(oldOut, oldErr);
    }
}
