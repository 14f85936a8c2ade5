package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One neuron: {@code activation(w·x + b)}, micrograd's {@code Neuron}. */
public class Neuron implements Module {
    public final List<Value> w;
    public final Value b;
    public final Activation activation;

    /** The lecture's {@code Neuron(nin)}: tanh, weights and bias from uniform(-1, 1), seeded as {@link MLP}'s are. */
    public Neuron(int nin) { this(nin, Activation.TANH, new Random(MLP.DEFAULT_SEED)); }

    /**
     * {@code nin} weights drawn from uniform(-1, 1) with {@code rng}, then the bias: uniform(-1, 1) for the
     * lecture's TANH neuron, 0 for micrograd's RELU and LINEAR ones.
     */
    public Neuron(int nin, Activation activation, Random rng) {
        if (nin < 1) throw new AutogradException("A neuron needs at least one input, but got nin = " + nin + ".");
        List<Value> weights = new ArrayList<>(nin);
        for (int i = 0; i < nin; i++) weights.add(new Value(uniform(rng)));
        this.w = List.copyOf(weights);
        this.b = new Value(activation == Activation.TANH ? uniform(rng) : 0);
        this.activation = activation;
    }

    /**
     * The neuron's output for these inputs, {@code sum((wi*xi for wi,xi in zip(self.w, x)), self.b)}, activated: the
     * lecture's {@code n(x)}. The inputs may be values or numbers ({@code List.of(2.0, 3.0)}); a number becomes a leaf.
     */
    public Value call(List<?> x) {
        List<Value> in = Inputs.of(x);
        if (in.size() != w.size())
            throw new AutogradException("This neuron takes " + w.size() + " inputs, but got " + in.size() + ".");
        Value act = b;                                    // the sum starts from the bias, as micrograd's does
        for (int i = 0; i < w.size(); i++) act = act.add(w.get(i).mul(in.get(i)));
        return activation.apply(act);
    }

    /** The neuron's output for these numbers, each made a leaf {@code Value} first: {@code n.call(2.0, 3.0)}. */
    public Value call(double... x) { return call(Inputs.of(x)); }

    /** The neuron's output for these values. */
    public Value call(Value... x) { return call(List.of(x)); }

    @Override public List<Value> parameters() {
        List<Value> params = new ArrayList<>(w);
        params.add(b);
        return params;
    }

    /** micrograd's repr: {@code TanhNeuron(3)}, {@code ReLUNeuron(16)}, {@code LinearNeuron(16)}. */
    @Override public String toString() { return activation.displayName() + "Neuron(" + w.size() + ")"; }

    /** Python's random.uniform(-1, 1): a + (b - a) * random(). */
    static double uniform(Random rng) { return -1 + 2 * rng.nextDouble(); }
}
