package autograd.shell;

import autograd.plot.StepBackward;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The REPL's {@code /step o}: backward() one local backward at a time, printed as a text tree, Enter for the next
 * step. The snippet the command runs hands its frames over here ({@link #offer}), since it runs in this JVM.
 */
public final class StepThrough {
    private StepThrough() {}

    private static List<StepBackward.Frame> offered;

    /** Called by the snippet {@code /step EXPR} runs: steps backward through the graph of root. */
    public static synchronized void offer(Object root) { offered = StepBackward.frames(root); }

    /** The frames offered since the last call, or null when none were (the snippet failed). */
    static synchronized List<StepBackward.Frame> take() {
        List<StepBackward.Frame> frames = offered;
        offered = null;
        return frames;
    }

    /** Prints each frame's caption and tree, waiting for a line from keys between frames; {@code q} stops. */
    static void run(List<StepBackward.Frame> frames, InputStream keys, PrintWriter out) {
        if (frames.isEmpty()) {
            out.println("|  A leaf has no local backward to step through.");
            out.flush();
            return;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(keys, StandardCharsets.UTF_8));
        for (int i = 0; i < frames.size(); i++) {
            out.println(frames.get(i).caption());
            out.print(frames.get(i).text());
            if (i == frames.size() - 1) break;
            out.print("|  Enter: next step, q: stop ");
            out.flush();
            try {
                String line = lines.readLine();
                if (line == null || line.strip().equalsIgnoreCase("q")) break;
            } catch (IOException e) {
                break;
            }
        }
        out.flush();
    }
}
