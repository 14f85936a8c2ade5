package autograd.nn;

import autograd.Op;
import autograd.Value;

/**
 * What a neuron does with its sum: one of {@link Op}'s activations, or none. An {@link MLP} built with {@code TANH}
 * is the lecture's (tanh on every neuron, the output included); built with {@code RELU} it is micrograd's nn.py (ReLU
 * on hidden layers, a {@code LINEAR} output).
 */
public enum Activation {
    /** The lecture's neuron: {@code act.tanh()}, with a random bias. */
    TANH(Op.TANH),
    /** micrograd's nn.py neuron: {@code act.relu()}, with its bias starting at 0. */
    RELU(Op.RELU),
    /** micrograd's output neuron ({@code nonlin=False}): the sum itself, bias starting at 0. */
    LINEAR(null);

    /** The op it adds on top of the sum; null for none. */
    final Op op;

    Activation(Op op) { this.op = op; }

    /** As micrograd's repr writes it: Tanh, ReLU, Linear (the op's name with a capital). */
    String displayName() {
        if (op == null) return "Linear";
        return Character.toUpperCase(op.symbol.charAt(0)) + op.symbol.substring(1);
    }

    Value apply(Value act) {
        if (op == Op.TANH) return act.tanh();
        if (op == Op.RELU) return act.relu();
        return act;
    }

    /** The activation of layer {@code i} of {@code count}: micrograd's {@code nonlin=i!=len(nouts)-1}. */
    Activation forLayer(int i, int count) {
        return this == RELU && i == count - 1 ? LINEAR : this;
    }
}
