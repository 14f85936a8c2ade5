package autograd.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lecture's traps, named where the student is: gradients that pile up, and a picture drawn before backward(). */
class TrapsTest {
    @TempDir Path dir;

    @Test
    void theFirstTimeGradientsPileUpOneLineSaysSoOncePerSession() {
        try (Session session = Session.start()) {
            session.traps(true);                                      // as the REPL's and the kernel's sessions do
            assertEquals("", Printed.by(session, "resetGraph(\"graph\"); o.backward();").replaceAll("resetGraph.*\n", ""));
            String second = Printed.by(session, "o.backward();");
            assertTrue(second.startsWith("Note: gradients pile up. This backward() adds to the grads an earlier one left"
                    + " (x1.grad is -1.4999999999999996 already): zero them first, with o.zeroGrad(), or"
                    + " resetGraph(\"gradients\") for the lecture's neuron."), second);
            assertEquals(-7.499999999999998, Double.parseDouble(Said.eval(session, "x1.grad").get(0).value()), 1e-12,
                    "the engine itself did as micrograd does: it added (the intermediate grads too)");
            assertEquals("", Printed.by(session, "o.backward();"), "said once");
        }
    }

    @Test
    void aReplayIsQuietUnlessItsScriptAsksAndTrapsFalseTurnsTheNoteOff() {
        try (Session session = Session.start()) {
            assertEquals("", Printed.by(session, "o.backward(); o.backward();"), "a replay's session: quiet");
            assertTrue(Printed.by(session, "traps(true); o.backward();").startsWith("Note: gradients pile up."));
        }
        try (Session session = Session.start()) {
            session.traps(true);
            assertEquals("", Printed.by(session, "traps(false); o.backward(); o.backward();"));
        }
    }

    @Test
    void drawDotBeforeBackwardSaysSoInItsTitle() throws Exception {
        try (Session session = Session.start()) {
            session.showPictures(picture -> {});
            session.outputFolder(dir);
            Printed.by(session, "resetGraph(\"graph\"); drawDot(o);");
            assertTrue(Files.readString(dir.resolve("o.dot")).contains("label=\"every grad is 0: backward() has not run"));
            assertTrue(Files.readString(dir.resolve("o.svg")).contains("backward() has not run on this graph yet"));
            Printed.by(session, "o.backward(); drawDot(o);");
            assertFalse(Files.readString(dir.resolve("o.svg")).contains("has not run"), "after backward(): no title");
        }
    }
}
