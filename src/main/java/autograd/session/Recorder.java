package autograd.session;

import autograd.picture.Picture;
import autograd.session.Outcome.Drawn;
import autograd.session.Outcome.Output;
import autograd.session.Outcome.Printed;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What one snippet prints and draws while it runs, kept in the order it came, for its {@link Outcome}. The text
 * also goes on live, as it is printed (see {@link RoutedOutput}); only the first {@link #KEEP} bytes are kept, so a
 * snippet that prints without end costs no more memory than that.
 */
final class Recorder {
    static final int KEEP = 4 << 20;

    private final List<Output> output = new ArrayList<>();
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private String stream;                 // the stream the text gathered now came from
    private long kept, dropped;

    synchronized void printed(String name, byte[] b, int off, int len) {
        if (stream != null && !stream.equals(name)) flush();
        stream = name;
        int keep = (int) Math.max(0, Math.min(len, KEEP - kept));
        text.write(b, off, keep);
        kept += keep;
        dropped += len - keep;
    }

    synchronized void drew(Picture picture) {
        flush();
        output.add(new Drawn(picture));
    }

    /** Everything so far, in order; the last piece of text says how much was not kept. */
    synchronized List<Output> output() {
        flush();
        if (dropped > 0) output.add(new Printed("stderr",
                String.format("%n... %,d more bytes printed, not kept here%n", dropped)));
        dropped = 0;
        return List.copyOf(output);
    }

    private void flush() {
        if (text.size() > 0) output.add(new Printed(stream, text.toString(StandardCharsets.UTF_8)));
        text.reset();
    }
}
