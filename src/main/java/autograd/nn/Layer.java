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

    /** Each neuron's output, in order. */
    public List<Value> call(List<Value> x) {
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) out.add(n.call(x));
        return out;
    }

    @Override public List<Value> parameters() {
        List<Value> params = new ArrayList<>();
        for (Neuron n : neurons) params.addAll(n.parameters());
        return params;
    }

    @Override public String toString() { return "Layer of " + neurons; }
}
