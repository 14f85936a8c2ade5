package autograd.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * System.in for a notebook's session: each time the cell reads and nothing is left, the front end is asked for a
 * line (Jupyter's input request, the box under the cell). A front end that cannot ask is told once, on stderr, and
 * the cell reads the end of its input, as a program does from an empty pipe.
 */
final class InputRequests extends InputStream {
    static final String NO_KEYBOARD = "System.in: this front end cannot ask for input (nbconvert runs cells with no"
            + " one at the keyboard), so the cell reads an empty input.\n";

    private final Supplier<Frontend> frontend;        // the running cell's, or null between cells
    private final Streams streams;
    private byte[] line = new byte[0];
    private int next;
    private Frontend told;                            // the cell already told it cannot ask

    InputRequests(Supplier<Frontend> frontend, Streams streams) {
        this.frontend = frontend;
        this.streams = streams;
    }

    @Override public synchronized int read() {
        if (!fill()) return -1;
        return line[next++] & 0xFF;
    }

    @Override public synchronized int read(byte[] into, int offset, int length) {
        if (length == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(length, line.length - next);
        System.arraycopy(line, next, into, offset, n);
        next += n;
        return n;
    }

    @Override public synchronized int available() { return line.length - next; }

    private boolean fill() {
        if (next < line.length) return true;
        Frontend f = frontend.get();
        if (f == null) return false;
        streams.drain();                                // the prompt the cell printed shows before the input box
        String typed = f.input("");
        if (typed == null) {
            if (told != f) {
                told = f;
                f.stream("stderr", NO_KEYBOARD);
            }
            return false;
        }
        line = (typed + "\n").getBytes(StandardCharsets.UTF_8);
        next = 0;
        return true;
    }
}
