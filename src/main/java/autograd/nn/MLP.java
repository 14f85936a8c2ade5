package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A multi-layer perceptron, micrograd's {@code MLP}: layers applied one after another.
 * The lecture's {@code MLP(3, [4, 4, 1])} is {@code new MLP(3, List.of(4, 4, 1))}, and
 * {@code n(x)} is {@code n.call(2.0, 3.0, -1.0)}.
 */
public class MLP implements Module {
    /** The seed of {@link #MLP(int, List)}, micrograd's demo's {@code random.seed(1337)}. */
    public static final long DEFAULT_SEED = 1337;

    public final List<Layer> layers;

    /** The lecture's MLP: tanh on every neuron, weights and biases from uniform(-1, 1), seeded with 1337. */
    public MLP(int nin, List<Integer> nouts) { this(nin, nouts, Activation.TANH, DEFAULT_SEED); }

    /**
     * An MLP of {@code nin} inputs and layers of {@code nouts} neurons. {@code TANH}: tanh everywhere (the lecture);
     * {@code RELU}: ReLU hidden layers and a linear output (micrograd's demo). The same seed gives the same weights.
     */
    public MLP(int nin, List<Integer> nouts, Activation activation, long seed) {
        if (nouts.isEmpty()) throw new AutogradException("An MLP needs at least one layer, as in List.of(4, 4, 1).");
        if (activation == Activation.LINEAR)
            throw new AutogradException("An MLP is TANH (the lecture) or RELU (micrograd's demo; its output is"
                    + " already linear).");
        Random rng = new Random(seed);
        List<Layer> built = new ArrayList<>(nouts.size());
        int size = nin;
        for (int i = 0; i < nouts.size(); i++) {
            built.add(new Layer(size, nouts.get(i), activation.forLayer(i, nouts.size()), rng));
            size = nouts.get(i);
        }
        this.layers = List.copyOf(built);
    }

    /** Every output of the last layer, for these inputs (values or numbers). */
    public List<Value> callAll(List<?> x) {
        List<Value> out = Inputs.of(x);
        for (Layer layer : layers) out = layer.call(out);
        return out;
    }

    /** Every output of the last layer, for these numbers. */
    public List<Value> callAll(double... x) { return callAll(Inputs.of(x)); }

    /**
     * The single output of an MLP whose last layer has one neuron (micrograd returns {@code out[0]}); else use {@link
     * #callAll}.
     */
    public Value call(List<?> x) {
        List<Value> out = callAll(x);
        if (out.size() != 1)
            throw new AutogradException("This MLP has " + out.size() + " outputs; use callAll to get them as a list.");
        return out.get(0);
    }

    /** The single output for these numbers, each made a leaf {@code Value} first: {@code n.call(2.0, 3.0, -1.0)}. */
    public Value call(double... x) { return call(Inputs.of(x)); }

    /** The single output for these values. */
    public Value call(Value... x) { return call(List.of(x)); }

    @Override public List<Value> parameters() {
        List<Value> params = new ArrayList<>();
        for (Layer layer : layers) params.addAll(layer.parameters());
        return params;
    }

    @Override public String toString() { return "MLP of " + layers; }
}
