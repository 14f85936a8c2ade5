package autograd.nn;

import autograd.Value;

/**
 * What a neuron does with its sum. An {@link MLP} built with {@code TANH} is the lecture's (tanh on every neuron,
 * the output included); built with {@code RELU} it is micrograd's nn.py (ReLU on hidden layers, a {@code LINEAR}
 * output).
 */
public enum Activation {
    /** The lecture's neuron: {@code act.tanh()}, with a random bias. */
    TANH,
    /** micrograd's nn.py neuron: {@code act.relu()}, with its bias starting at 0. */
    RELU,
    /** micrograd's output neuron ({@code nonlin=False}): the sum itself, bias starting at 0. */
    LINEAR;

    /** As micrograd's repr writes it: Tanh, ReLU, Linear. */
    String displayName() {
        switch (this) {
            case TANH: return "Tanh";
            case RELU: return "ReLU";
            default: return "Linear";
        }
    }

    Value apply(Value act) {
        switch (this) {
            case TANH: return act.tanh();
            case RELU: return act.relu();
            default: return act;
        }
    }

    /** The activation of layer {@code i} of {@code count}: micrograd's {@code nonlin=i!=len(nouts)-1}. */
    Activation forLayer(int i, int count) {
        return this == RELU && i == count - 1 ? LINEAR : this;
    }
}
