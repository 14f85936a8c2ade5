package autograd.repl;

import autograd.draw.StepBackward;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The REPL's {@code /step o}: backward() one local backward at a time, printed as a text tree, Enter for the next step. */
final class StepThrough {
    private StepThrough() {}

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
