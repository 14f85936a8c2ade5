package autograd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first document's neuron, o = tanh(x1*w1 + x2*w2 + b), with its literal numbers. */
class LectureNeuronTest {
    final Value x1 = new Value(2.0, "x1"), x2 = new Value(0.0, "x2");
    final Value w1 = new Value(-3.0, "w1"), w2 = new Value(1.0, "w2");
    final Value b = new Value(6.8813735870195432, "b");

    Value n() {
        Value x1w1 = x1.mul(w1); x1w1.label = "x1*w1";
        Value x2w2 = x2.mul(w2); x2w2.label = "x2*w2";
        Value x1w1x2w2 = x1w1.add(x2w2); x1w1x2w2.label = "x1*w1 + x2*w2";
        Value n = x1w1x2w2.add(b); n.label = "n";
        return n;
    }

    void assertLeafGradientsMatchLecture() {
        assertEquals(-1.5, x1.grad, 1e-9);
        assertEquals(1.0, w1.grad, 1e-9);
        assertEquals(0.5, x2.grad, 1e-9);
        assertEquals(0.0, w2.grad, 1e-9);
        assertEquals(0.5, b.grad, 1e-9);
    }

    @Test
    void tanhNeuronMatchesLecture() {
        Value n = n();
        Value o = n.tanh(); o.label = "o";
        assertEquals(0.8814, n.data, 1e-4);
        assertEquals("Value(data=0.7071067811865476)", o.toString());   // forward pass went well, to the digit
        o.backward();
        assertEquals(1.0, o.grad);
        assertEquals(0.5, n.grad, 1e-9);
        assertLeafGradientsMatchLecture();                 // backward pass went well
    }

    @Test
    void decomposedTanhGivesTheSameLeafGradients() {
        Value n = n();
        Value e = Value.mul(2, n).exp();                   // e = (2*n).exp()
        Value o = e.sub(1).div(e.add(1));                 // o = (e - 1) / (e + 1)
        o.label = "o";
        o.backward();
        assertEquals(0.7071067811865476, o.data, 1e-12);
        assertEquals(5.8284, e.data, 1e-4);
        assertEquals(0.0429, e.grad, 1e-4);               // the document's picture: e's grad 0.0429
        assertEquals("*", o.op());                         // division is a * b**-1 ...
        assertEquals("**-1", o.children().get(1).op());    // ... as the document's graph shows
        assertLeafGradientsMatchLecture();
    }
}
