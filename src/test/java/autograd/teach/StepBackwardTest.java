package autograd.teach;

import autograd.AutogradException;
import autograd.Graph;
import autograd.Value;
import autograd.picture.Picture;
import autograd.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** The lecture's neuron backpropagated one local backward at a time, a frame per step. */
class StepBackwardTest {
    @TempDir Path dir;

    /** The first document's o = tanh(x1*w1 + x2*w2 + b). */
    static Value neuron() { return autograd.draw.Neuron.forward(); }

    @Test
    void oneFramePerOpInReverseTopologicalOrder() {
        Value o = neuron();
        List<StepBackward.Frame> frames = StepBackward.frames(o);
        List<Value> expected = new ArrayList<>(Graph.topo(o));
        Collections.reverse(expected);
        expected.removeIf(v -> v.op().isEmpty());
        assertEquals(5, frames.size());                                   // tanh, two +, two *
        for (int i = 0; i < frames.size(); i++) assertSame(expected.get(i), frames.get(i).node(), "frame " + i);
        assertEquals(List.of("o", "n", "x1*w1 + x2*w2", "x2*w2", "x1*w1"), frames.stream().map(f -> f.node().label).toList());
    }

    @Test
    void gradientsFillInFromTheOutputAndEndAsBackwardsDo() {
        Value o = neuron();
        o.grad = 42;                                                      // stale grads are zeroed first
        List<StepBackward.Frame> frames = StepBackward.frames(o);
        List<Object> nodes = Trace.of(o).nodes();
        double[] last = frames.get(frames.size() - 1).grads();
        o.zeroGrad();
        o.backward();
        for (int i = 0; i < nodes.size(); i++) assertEquals(((Value) nodes.get(i)).grad, last[i], 0.0, "node " + i);
        int x1 = nodes.indexOf(nodes.stream().filter(v -> ((Value) v).label.equals("x1")).findFirst().orElseThrow());
        assertEquals(0.0, frames.get(0).grads()[x1]);                    // nothing has reached x1 after tanh's step
        assertEquals(-1.5, last[x1], 1e-12);                              // the lecture's x1.grad
        assertEquals("step 1 of 5 · o (tanh) sends its grad back: n.grad = 0.5000", frames.get(0).caption());
        assertEquals("step 5 of 5 · x1*w1 (*) sends its grad back: x1.grad = -1.5000, w1.grad = 1.0000", frames.get(4).caption());
        assertTrue(frames.stream().anyMatch(f -> f.caption().endsWith("n (+) sends its grad back: (x1*w1 + x2*w2).grad = 0.5000, b.grad = 0.5000")),
                "a label that is an expression is bracketed before .grad");
    }

    @Test
    void eachFrameFillsTheNodeItProcessedAndItsChildren() {
        List<StepBackward.Frame> frames = StepBackward.frames(neuron());
        String first = frames.get(0).dot();
        assertTrue(first.contains("{ o | data 0.7071 | grad 1.0000 }\" shape=record style=filled fillcolor=\"#ffcc80\"]"), first);
        assertTrue(first.contains("[label=\"tanh\" style=filled fillcolor=\"#ffcc80\"]"), first);
        assertTrue(first.contains("{ n | data 0.8814 | grad 0.5000 }\" shape=record style=filled fillcolor=\"#c5e1a5\"]"), first);
        assertTrue(first.contains("{ x1 | data 2.0000 | grad 0.0000 }\" shape=record]"), first);
        assertEquals(3, frames.get(0).dot().split("style=filled", -1).length - 1);   // o, its op node, n
        assertTrue(frames.get(4).text().contains("x1  data 2.0000  grad -1.5000"), frames.get(4).text());
    }

    @Test
    void aPlusAIsOneStepThatAccumulates() {
        Value a = new Value(3.0, "a");
        Value b = a.add(a); b.label = "b";
        List<StepBackward.Frame> frames = StepBackward.frames(b);
        assertEquals(1, frames.size());
        assertEquals(2.0, a.grad);
        assertEquals("step 1 of 1 · b (+) sends its grad back: a.grad = 2.0000", frames.get(0).caption());
        Value p = new Value(2.0, "p");
        List<StepBackward.Frame> unlabelled = StepBackward.frames(p.mul(3).add(1));
        assertEquals("step 1 of 2 · (+) sends its grad back: (*).grad = 1.0000, (value 1.0).grad = 1.0000", unlabelled.get(0).caption());
    }

    @Test
    void aLeafHasNoSteps() {
        assertEquals(List.of(), StepBackward.frames(new Value(1.0, "x")));
    }

    @Test
    void aUsersOwnClassIsOneSentence() {
        AutogradException e = assertThrows(AutogradException.class, () -> StepBackward.frames(new java.util.ArrayList<>()));
        assertEquals("stepBackward steps through autograd's Value, whose local backwards it can run one at a time; for your own"
                + " ArrayList, call its backward() and drawDot it, or printGraph it.", e.getMessage());
        e = assertThrows(AutogradException.class, () -> StepBackward.frames(2.0));
        assertEquals("stepBackward needs a Value, but got a Double (2.0): give it the Value itself, such as o rather than o.data.", e.getMessage());
    }

    @Test
    void pageHasOneFramePerStepAndNeedsNoNetwork() throws IOException {
        Picture page = StepPage.write(neuron(), dir);
        assertEquals(dir.resolve("o-backward.html"), page.file());
        assertTrue(page.isPage());
        String html = Files.readString(page.file());
        assertEquals(5, count(html, "<section class=\"frame\""));
        assertEquals(5, count(html, "<svg"));
        for (int i = 1; i <= 5; i++) assertTrue(html.contains("id=\"step-" + i + "\""), "step " + i);
        assertFalse(html.contains("http://") || html.contains("https://"), "no network reference");
        assertTrue(html.contains("<input id=\"slider\" type=\"range\" min=\"1\" max=\"5\""));
        assertTrue(html.indexOf("step 1 of 5") < html.indexOf("step 5 of 5"));
    }

    @Test
    void pageOpensReadableAndZoomsRatherThanShrinkingAWideGraph() throws IOException {
        String html = Files.readString(StepPage.write(neuron(), dir).file());
        for (String control : List.of("id=\"smaller\"", "id=\"bigger\"", "id=\"fit\"", "id=\"actual\""))
            assertTrue(html.contains(control), control);
        assertTrue(html.contains("var READABLE = 12 / 14"), "Graphviz's 14-unit box text at 12 px at least");
        assertTrue(html.contains("HOT = '" + StepBackward.PROCESSED + "'"), "each step brings its node into sight");
        assertFalse(html.contains("max-width: 100%"), "a wide graph is not shrunk to the window");
        assertTrue(html.contains(".picture { overflow: auto;"), "it scrolls");
    }

    private static int count(String s, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
