package autograd.draw;

import autograd.Value;

/** The lecture's neuron, o = tanh(x1*w1 + x2*w2 + b), for the tests of drawing and plotting. */
public final class Neuron {
    private Neuron() {}

    /** The neuron, before backward: every grad 0. */
    public static Value forward() {
        Value x1 = new Value(2.0, "x1"), x2 = new Value(0.0, "x2");
        Value w1 = new Value(-3.0, "w1"), w2 = new Value(1.0, "w2");
        Value b = new Value(6.8813735870195432, "b");
        Value x1w1 = x1.mul(w1); x1w1.label = "x1*w1";
        Value x2w2 = x2.mul(w2); x2w2.label = "x2*w2";
        Value x1w1x2w2 = x1w1.add(x2w2); x1w1x2w2.label = "x1*w1 + x2*w2";
        Value n = x1w1x2w2.add(b); n.label = "n";
        Value o = n.tanh(); o.label = "o";
        return o;
    }

    /** The neuron after o.backward(). */
    public static Value build() {
        Value o = forward();
        o.backward();
        return o;
    }
}
