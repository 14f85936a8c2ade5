package autograd.repl;

import autograd.replay.Keys;
import autograd.teach.StepBackward;
import autograd.text.ReplText;
import java.io.PrintWriter;
import java.util.List;

/**
 * The REPL's {@code /step o}: backward() one local backward at a time, printed as a text tree, Enter for the next step.
 */
final class StepThrough {
    private StepThrough() {}

    /** Prints each frame's caption and tree, waiting for a key between frames; q stops. */
    static void run(List<StepBackward.Frame> frames, Keys keys, PrintWriter out) {
        if (frames.isEmpty()) {
            out.println(ReplText.bar("A leaf has no local backward to step through."));
            out.flush();
            return;
        }
        for (int i = 0; i < frames.size(); i++) {
            out.println(frames.get(i).caption());
            out.print(frames.get(i).text());
            if (i == frames.size() - 1) break;
            out.print(ReplText.bar("Enter: next step, q: stop "));
            out.flush();
            int key = keys.next();
            out.println();
            if (Keys.stops(key)) break;
        }
        out.flush();
    }
}
