package autograd.trace;

import autograd.AutogradException;
import autograd.Value;
import autograd.draw.Draw;
import autograd.draw.Neuron;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DotTest {
    @Test
    void tanhNeuronMatchesLecture() {
        String dot = Draw.dotSource(Neuron.build());
        assertTrue(dot.startsWith("digraph {\n\tgraph [rankdir=LR newrank=true]\n"), dot);
        for (String record : new String[] {
                "{ o | data 0.7071 | grad 1.0000 }", "{ n | data 0.8814 | grad 0.5000 }",
                "{ x1*w1 + x2*w2 | data -6.0000 | grad 0.5000 }", "{ x1*w1 | data -6.0000 | grad 0.5000 }",
                "{ x2*w2 | data 0.0000 | grad 0.5000 }", "{ x1 | data 2.0000 | grad -1.5000 }",
                "{ w1 | data -3.0000 | grad 1.0000 }", "{ x2 | data 0.0000 | grad 0.5000 }",
                "{ w2 | data 1.0000 | grad 0.0000 }", "{ b | data 6.8814 | grad 0.5000 }"})
            assertTrue(dot.contains("[label=\"" + record + "\" shape=record]"), record + " in\n" + dot);
        assertEquals(10, count(dot, "shape=record"));
        assertEquals(5, count(dot, "op [label="));            // two *, two +, one tanh
        assertEquals(5 + 9, count(dot, "->"));                 // op -> value, and child -> op
        assertTrue(dot.contains("\tn9op [label=\"tanh\"]\n\tn9op -> n9\n"), dot);
        assertTrue(dot.contains("\tn8 -> n9op\n"), dot);      // n feeds o's tanh
        assertTrue(dot.endsWith("}\n"));
    }

    @Test
    void sameGraphBuiltTwiceGivesIdenticalText() {
        assertEquals(Draw.dotSource(Neuron.build()), Draw.dotSource(Neuron.build()));
        assertEquals(Draw.dotSource(Neuron.build(), "TB"), Draw.dotSource(Neuron.build(), "tb"));
    }

    @Test
    void topToBottomAndNothingElse() {
        assertTrue(Draw.dotSource(Neuron.build(), "TB").contains("rankdir=TB"));
        AutogradException e = assertThrows(AutogradException.class, () -> Draw.dotSource(Neuron.build(), "RL"));
        assertEquals("rankdir is \"LR\" (left to right) or \"TB\" (top to bottom), not \"RL\".", e.getMessage());
    }

    @Test
    void nanAndInfinityAreRed() {
        Value bad = new Value(Double.NaN, "bad").add(new Value(1, "one"));
        bad.label = "sum";
        bad.grad = Double.POSITIVE_INFINITY;
        String dot = Draw.dotSource(bad);
        assertTrue(dot.contains("{ bad | data nan | grad 0.0000 }\" shape=record color=red fontcolor=red]"), dot);
        assertTrue(dot.contains("{ sum | data nan | grad inf }\" shape=record color=red fontcolor=red]"), dot);
        assertTrue(dot.contains("{ one | data 1.0000 | grad 0.0000 }\" shape=record]"), dot);
    }

    @Test
    void aPlusAHasOneEdgeAsInTheLecturesSet() {
        Value a = new Value(3, "a");
        Value b = a.add(a);
        Trace t = Draw.trace(b);
        assertEquals(2, t.nodes().size());
        assertEquals(1, t.edges().size());
        assertEquals(new Trace.Edge(0, 1), t.edges().get(0));
    }

    @Test
    void traceWalksAHundredThousandNodeChainWithoutRecursion() {
        Value x = new Value(1, "x");
        for (int i = 0; i < 100_000; i++) x = x.add(1.0);
        Trace t = Draw.trace(x);
        assertEquals(200_001, t.nodes().size());
        assertSame(x, t.nodes().get(t.nodes().size() - 1));
        assertEquals(200_000, t.edges().size());
        assertTrue(Draw.graphText(x).contains("... (deeper nodes not shown)"));
    }

    @Test
    void escapesRecordSyntaxSoLabelsComeOutAsTyped() {
        assertEquals("a\\|b \\{x\\} \\<in\\> C:\\\\New say \\\"hi\\\" &amp;amp; 100%", Dot.recordText("a|b {x} <in> C:\\New say \"hi\" &amp; 100%"));
        assertEquals("tab here\\nnext", Dot.recordText("tab\there\nnext"));
        assertEquals("two \u00a0spaces\u00a0", Dot.recordText("two  spaces "));
        assertEquals("a|b", Dot.plainText("a|b"));
        assertEquals("0.7071", Dot.number(0.70710678));
        assertEquals("-inf", Dot.number(Double.NEGATIVE_INFINITY));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
