package autograd.teach;

import autograd.AutogradException;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * What an op computes, from its name, so a graph can be computed again with a leaf nudged: the lecture's ops, the
 * engine's, and the usual custom ones. Works for our Value and a user's own class alike, since both name their ops
 * the lecture's way ({@code +}, {@code *}, {@code tanh}, {@code **2}).
 */
public final class OpForward {
    private OpForward() {}

    private static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("exp", Math::exp), Map.entry("log", Math::log), Map.entry("tanh", Math::tanh),
            Map.entry("sigmoid", x -> 1 / (1 + Math.exp(-x))), Map.entry("ReLU", x -> x < 0 ? 0 : x),
            Map.entry("relu", x -> x < 0 ? 0 : x), Map.entry("neg", x -> -x), Map.entry("sin", Math::sin),
            Map.entry("cos", Math::cos), Map.entry("tan", Math::tan), Map.entry("sqrt", Math::sqrt), Map.entry("abs", Math::abs));

    private static final Map<String, DoubleBinaryOperator> BINARY = Map.of(
            "+", Double::sum, "*", (a, b) -> a * b, "-", (a, b) -> a - b, "/", (a, b) -> a / b);

    public static final String KNOWN = "+ - * / **k exp log tanh sigmoid ReLU neg sin cos tan sqrt abs";

    /**
     * The op's result from its children's data, in operand order. A binary op with one child is that child twice:
     * the lecture's {@code a + a} keeps one child in its set.
     */
    static double apply(String op, double[] children) {
        if (op.startsWith("**") && children.length == 1) return Math.pow(children[0], exponent(op));
        DoubleUnaryOperator unary = UNARY.get(op);
        if (unary != null && children.length == 1) return unary.applyAsDouble(children[0]);
        DoubleBinaryOperator binary = BINARY.get(op);
        if (binary != null && children.length == 1) return binary.applyAsDouble(children[0], children[0]);
        if (binary != null && children.length >= 2) {
            double out = children[0];
            for (int i = 1; i < children.length; i++) out = binary.applyAsDouble(out, children[i]);
            return out;
        }
        throw new AutogradException("gradCheck cannot compute op \"" + op + "\" again to nudge through it; it knows " + KNOWN + ".");
    }

    private static double exponent(String op) {
        try {
            return Double.parseDouble(op.substring(2));
        } catch (NumberFormatException e) {
            throw new AutogradException("gradCheck cannot read the exponent of op \"" + op + "\"; it knows ops such as **2 and **-1.");
        }
    }
}
