package autograd.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A session's stdout and stderr on their way to the notebook: what the cell prints (and threads it started) is sent
 * as it comes, gathered for at most {@link #GATHER_MS} so a loop of printlns makes a few messages, not thousands.
 * The two streams keep their order: text on one is sent before text on the other is gathered. {@link #drain()} sends
 * what is gathered at once, before a picture, an input request or the cell's value.
 */
final class Streams {
    static final int GATHER_MS = 50;
    /**
     * Its thread is started with the class (by the kernel), never later by a cell: so it is no thread the cell started.
     */
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "autograd-kernel-streams");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.prestartCoreThread();
    }

    private final ByteArrayOutputStream gathered = new ByteArrayOutputStream();
    // another stream's unfinished character
    private final java.util.Map<String, byte[]> held = new java.util.HashMap<>();
    private String gatheredName;                 // the stream the gathered bytes came from
    private boolean scheduled;
    private volatile Frontend frontend;          // the cell running now, or the one that ran last

    final OutputStream out = stream("stdout"), err = stream("stderr");

    /** From now on, printed text goes to this cell's front end. */
    void to(Frontend frontend) {
        drain();
        this.frontend = frontend;
    }

    /** The front end of the cell running now, or of the one that ran last. */
    Frontend frontend() { return frontend; }

    private OutputStream stream(String name) {
        return new OutputStream() {
            @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

            @Override public void write(byte[] b, int off, int len) { gather(name, b, off, len); }
        };
    }

    private synchronized void gather(String name, byte[] b, int off, int len) {
        if (gatheredName != null && !gatheredName.equals(name)) {
            send();
            held.put(gatheredName, gathered.toByteArray());         // the start of a character, kept for its stream
            gathered.reset();
            gathered.writeBytes(held.getOrDefault(name, new byte[0]));
            held.remove(name);
        }
        gatheredName = name;
        gathered.write(b, off, len);
        if (!scheduled) {
            scheduled = true;
            TIMER.schedule(this::drain, GATHER_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what was gathered now. */
    synchronized void drain() {
        scheduled = false;
        send();
    }

    private void send() {
        byte[] bytes = gathered.toByteArray();
        int whole = wholeCharacters(bytes);                  // a character split across two writes waits for its end
        gathered.reset();
        gathered.write(bytes, whole, bytes.length - whole);
        Frontend f = frontend;
        if (whole > 0 && f != null) f.stream(gatheredName, new String(bytes, 0, whole, StandardCharsets.UTF_8));
    }

    /** How many leading bytes form whole UTF-8 characters: all but an unfinished sequence at the end. */
    static int wholeCharacters(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int c = b[n - back] & 0xFF;
            if (c < 0x80) return n;                          // ASCII: everything before it is whole too
            if (c >= 0xC0) {                                 // the lead byte of the last sequence
                int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return back < length ? n - back : n;
            }
        }
        return n;
    }
}
