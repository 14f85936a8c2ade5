package autograd.session;

import autograd.teach.StepBackward;
import autograd.Value;
import autograd.trace.Printable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A label holding terminal escapes (retitle the window, clear the screen) reaches no terminal: grad, /step's captions,
 * trace and the sentences of gradCheck and drawDot show it without its control characters, as printGraph does.
 */
class TerminalLabelsTest {
    /** ESC ] 0 ; title BEL, then ESC [ 2 J: retitles the terminal and clears it. */
    static final String HOSTILE = "q\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e";
    static final String JAVA = "\"q\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e\"";

    @TempDir Path graphs;
    Session session;

    @BeforeEach void start() {
        session = Session.start();
        session.outputFolder(graphs);
        session.showPictures(picture -> {});
    }

    @AfterEach void close() { session.close(); }

    static void clean(String text) {
        assertTrue(text.contains("q]0;pwned[2J31m"), "the label is still there, readable: " + text);
        text.codePoints().forEach(c -> assertFalse(Character.isISOControl(c) && c != '\n' || c == 0x202e,
                "control character " + Integer.toHexString(c) + " in: " + text));
    }

    @Test
    void gradPrintsTheLabelWithoutItsEscapes() {
        clean(Printed.by(session, "Value a = new Value(2.0, " + JAVA + "); Value b = a.mul(3); grad(b);"));
    }

    @Test
    void gradChecksSentenceNamesTheLabelWithoutItsEscapes() {
        List<Said> said = Said.eval(session, "Value a = new Value(2.0, \"a\"); Value m = a.mul(3); m.label = " + JAVA
                + "; Value r = m.add(1); a.data = 5; gradCheck(r);");
        Said last = said.get(said.size() - 1);
        assertTrue(last.failed(), last.display());
        clean(last.display());
    }

    @Test
    void drawDotsFoldedNoteNamesTheLabelWithoutItsEscapes() {
        String printed = Printed.by(session, "Value v = new Value(1.0, \"x\"); for (int i = 0; i < 700; i++) v = v.add(1);"
                + " v.label = " + JAVA + "; drawDot(v);");
        assertTrue(printed.contains("is folded"), printed);
        clean(printed);
        assertTrue(printed.contains("drawDotFull on the same value"), "not offered as a variable's name: " + printed);
    }

    @Test
    void traceAndStepCaptionsShowTheLabelWithoutItsEscapes() {
        clean(Said.eval(session, "Value a = new Value(2.0, " + JAVA + "); trace(a.mul(3))").get(1).display());
        Value a = new Value(2.0, HOSTILE);
        Value out = Value.node(a.data, "op" + HOSTILE, o -> a.grad += o.grad, a);
        out.label = HOSTILE;
        for (StepBackward.Frame f : StepBackward.frames(out)) {
            clean(f.caption());
            clean(f.text());
        }
    }

    @Test
    void printableKeepsTextAndShowsALineBreak() {
        assertEquals("a\\nb c ünï ✓", Printable.of("a\nb\tc ünï ✓\u0000\u0085"));
    }
}
