package autograd.nn;

import autograd.Value;
import java.nio.file.Path;
import java.util.List;

/**
 * Anything with parameters: micrograd's {@code Module}, the common base of {@link Neuron}, {@link Layer} and {@link
 * MLP}.
 */
public interface Module {

    /** Every trainable value, in micrograd's order: layer by layer, neuron by neuron, its weights then its bias. */
    List<Value> parameters();

    /**
     * Sets every parameter's grad to 0, micrograd's {@code zero_grad}: gradients accumulate, so do this before each
     * backward.
     */
    default void zeroGrad() {
        for (Value p : parameters()) p.grad = 0;
    }

    /** Writes the parameters' data to a JSON file as a plain array of numbers, in {@link #parameters()} order. */
    default void save(Path file) { ParamsJson.write(this, file); }

    /** Reads parameters' data from a JSON file written by {@link #save} (or by micrograd's {@code json.dump}). */
    default void load(Path file) { ParamsJson.read(this, file); }
}
