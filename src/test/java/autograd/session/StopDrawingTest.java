package autograd.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stop stops the drawing, whichever front door asks: {@link Session#stop()} is what the REPL's Ctrl-C, a replay's
 * time limit and a kernel's interrupt call. On JDK 17 it throws ThreadDeath into the snippet; on JDK 20 and later it
 * interrupts it. Either way the render itself ends, and the next drawDot answers at once.
 */
class StopDrawingTest {
    @TempDir Path dir;

    @Test
    void stoppingAFullDrawingOfTheMoonsLossEndsItAndTheNextDrawDotAnswers() throws Exception {
        try (Session session = Session.start()) {
            session.showPictures(picture -> {});
            session.outputFolder(dir);
            Printed.by(session, """
                    MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, 1337);
                    Value loss = MaxMarginLoss.of(List.of(model.call(Moons.bundled().x()[0])), new double[] {Moons.bundled().y()[0]}, model.parameters()).total();
                    loss.label = "loss";
                    loss.backward();
                    """);
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            List<Said> results = new ArrayList<>();
            session.output(shown, shown);
            try {
                Thread snippet = new Thread(() -> results.addAll(Said.eval(session, "drawDotFull(loss);")));
                snippet.start();
                long end = System.nanoTime() + 60_000_000_000L;
                while (!text(shown).contains("drawing every value of loss (1,666 values)") && System.nanoTime() < end) Thread.sleep(50);
                assertTrue(text(shown).contains("Ctrl-C stops it"), text(shown));   // Graphviz is at work: minutes for this graph
                long stop = System.nanoTime();
                session.stop();
                snippet.join(10_000);
                assertFalse(snippet.isAlive(), "the snippet is still drawing");
                assertTrue(ms(stop) < 5_000, ms(stop) + " ms to stop");
            } finally {
                session.output(null, null);
            }
            assertEquals(Said.Kind.STOPPED, results.get(0).kind(), results.get(0).display());
            assertTrue(text(shown).contains("drawing every value of loss (1,666 values): stopped after"), text(shown));
            assertTrue(Files.size(dir.resolve("loss.dot")) > 100_000);            // every value, written before the drawing
            assertFalse(Files.exists(dir.resolve("loss.svg")));

            long next = System.nanoTime();
            Printed.by(session, "drawDot(o);");
            assertTrue(ms(next) < 5_000, "the next drawDot took " + ms(next) + " ms");
            assertTrue(Files.readString(dir.resolve("o.svg")).contains("data 0.7071"));
        }
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
