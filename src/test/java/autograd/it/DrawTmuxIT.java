package autograd.it;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real launcher in a pseudo-terminal: a big graph drawn folded at once, its full drawing shown working, and Ctrl-C ending it. */
class DrawTmuxIT {
    @TempDir Path state;

    @Test
    void ctrlCStopsAFullDrawingAndTheNextDrawDotAnswersPromptly() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        String launcher = "cd '" + Path.of("").toAbsolutePath() + "' && env AUTOGRAD_OPEN=0 AUTOGRAD_OUT=target/graphs XDG_STATE_HOME='" + state
                + "' scripts/autograd; echo \"[exited $?]\"; sleep 300";
        try (Tmux t = new Tmux(launcher)) {
            t.await("autograd>", 120);
            t.enter("MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, 1337);", "autograd>", 20);
            t.enter("Value loss = MaxMarginLoss.of(List.of(model.call(Moons.bundled().x()[0])), new double[] {1}, model.parameters()).total();", "autograd>", 20);
            t.enter("loss.label = \"loss\";", "autograd>", 20);
            t.type("drawDot(loss)");
            t.press("Enter");
            String folded = t.await("==> target/graphs/loss.svg", 30);
            assertTrue(folded.contains("loss has 1,666 values"), folded);

            t.type("drawDotFull(loss)");
            t.press("Enter");
            t.await("s, Ctrl-C stops it", 60);                        // Graphviz at work, the seconds counting
            t.press("C-c");
            String stopped = t.await(BAR + "Stopped.", 20);
            assertTrue(stopped.contains("drawing every value of loss (1,666 values): stopped after"), stopped);
            t.awaitPrompt("autograd>", 20);
            long start = System.nanoTime();
            t.type("drawDot(o)");
            t.press("Enter");
            try {
                t.await("==> target/graphs/o.svg", 10);               // not behind the stopped drawing
            } catch (AssertionError slow) {
                throw new AssertionError(slow.getMessage() + "\nthe REPL's threads:\n" + t.threads(), slow);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 10_000, ms + " ms");
            t.type("/exit");
            t.press("Enter");
            t.await("[exited 0]", 20);
        }
    }
}
