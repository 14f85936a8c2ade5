package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A row of neurons that all see the same inputs, micrograd's {@code Layer}. */
public class Layer implements Module {
    public final List<Neuron> neurons;

    /** {@code nout} neurons of {@code nin} inputs each, initialised one after another from {@code rng}. */
    public Layer(int nin, int nout, Activation activation, Random rng) {
        if (nout < 1) throw new AutogradException("A layer needs at least one neuron, but got nout = " + nout + ".");
        List<Neuron> row = new ArrayList<>(nout);
        for (int i = 0; i < nout; i++) row.add(new Neuron(nin, activation, rng));
        this.neurons = List.copyOf(row);
    }

    /** The lecture's {@code Layer(nin, nout)}: tanh neurons, seeded as {@link MLP}'s are. */
    public Layer(int nin, int nout) { this(nin, nout, Activation.TANH, new Random(MLP.DEFAULT_SEED)); }

    /** Each neuron's output, in order, for these inputs (values or numbers). */
    public List<Value> call(List<?> x) {
        List<Value> in = Inputs.of(x);
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) out.add(n.call(in));
        return out;
    }

    /** Each neuron's output for these numbers: {@code layer.call(2.0, 3.0, -1.0)}. */
    public List<Value> call(double... x) { return call(Inputs.of(x)); }

    /** Each neuron's output for these values. */
    public List<Value> call(Value... x) { return call(List.of(x)); }

    @Override public List<Value> parameters() {
        List<Value> params = new ArrayList<>();
        for (Neuron n : neurons) params.addAll(n.parameters());
        return params;
    }

    @Override public String toString() { return "Layer of " + neurons; }
}
