package autograd.repl;

import autograd.Value;
import autograd.replay.Keys;
import autograd.teach.StepBackward;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /step's text stepping. */
class StepThroughTest {
    static Value product() {
        Value a = new Value(2.0, "a"), b = new Value(-3.0, "b");
        Value c = a.mul(b); c.label = "c";
        Value d = c.add(new Value(10.0, "k")); d.label = "d";
        return d;
    }

    @Test
    void enterShowsTheNextStepAndQStops() {
        StringWriter text = new StringWriter();
        StepThrough.run(StepBackward.frames(product()), Keys.lines(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8))), new PrintWriter(text));
        String out = text.toString();
        assertTrue(out.contains("step 1 of 2 · d (+) sends its grad back: c.grad = 1.0000, k.grad = 1.0000"), out);
        assertTrue(out.contains("step 2 of 2 · c (*) sends its grad back: a.grad = -3.0000, b.grad = 2.0000"), out);

        StringWriter stopped = new StringWriter();
        StepThrough.run(StepBackward.frames(product()), Keys.lines(new ByteArrayInputStream("q\n".getBytes(StandardCharsets.UTF_8))), new PrintWriter(stopped));
        assertFalse(stopped.toString().contains("step 2 of 2"), stopped.toString());
    }

    @Test
    void atATerminalQStopsWithoutEnter() throws IOException {
        StringWriter text = new StringWriter();
        try (DumbTerminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream("q".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            StepThrough.run(StepBackward.frames(product()), new TerminalKeys(terminal), new PrintWriter(text));
        }
        assertTrue(text.toString().contains("step 1 of 2"), text.toString());
        assertFalse(text.toString().contains("step 2 of 2"), "q alone, no Enter, stops: " + text);
    }
}
