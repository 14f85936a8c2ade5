package autograd;

import java.util.List;

/**
 * A scalar that remembers how it was computed, so {@link #backward()} can fill in every gradient:
 * micrograd's {@code Value}, in Java. Each op has the lecture's three beats — build {@code out}, give it its
 * local backward, return it. A number on either side becomes a leaf of the graph, as in the lecture:
 * {@code x.mul(2)} is {@code x * 2}, and {@code Value.mul(2, x)} is {@code 2 * x}.
 *
 * <p>Not thread-safe, like micrograd: build and backpropagate a graph on one thread at a time. A graph may grow
 * over several threads in turn, as it does over JShell snippets (each runs on its own thread).
 */
public class Value {
    public double data;
    public double grad;        // d(root)/d(this), filled in by backward()
    public String label;

    final Op op;               // null for a leaf (the lecture's _op == '')
    final Value a, b;          // the children (the lecture's _prev); every built-in op has one or two
    int mark;                  // the marks of Graph.order and Tape.run: a field, not a HashSet, keeps them fast

    public Value(double data) { this(data, ""); }

    public Value(double data, String label) { this(data, label, null, null, null); }

    Value(double data, String label, Op op, Value a, Value b) {
        this.data = data;
        this.label = label == null ? "" : label;
        this.op = op;
        this.a = a;
        this.b = b;
        if (op != null) Tape.record(this);
    }

    /**
     * A custom op: a node with this data, op name, children and local backward — the first document's
     * exercise, "implement a few more operations". For example {@code sin}:
     * <pre>{@code Value.node(Math.sin(x.data), "sin", out -> x.grad += Math.cos(x.data) * out.grad, x)}</pre>
     */
    public static Value node(double data, String op, LocalBackward backward, Value... children) {
        if (children == null || children.length == 0)
            throw new AutogradException("A custom op needs at least one child Value; a number alone is new Value(x).");
        for (Value child : children) operand(child, op);
        Op custom = new Op(op, backward);
        if (children.length <= 2) return new Value(data, "", custom, children[0], children.length == 2 ? children[1] : null);
        return new Wide(data, custom, children.clone());
    }

    /** The op that made this value ({@code "+"}, {@code "tanh"}, {@code "**2"}), or {@code ""} for a leaf. */
    public String op() { return op == null ? "" : op.name(); }

    /** The values this one was computed from, in operand order. */
    public List<Value> children() {
        if (a == null) return List.of();
        return b == null ? List.of(a) : List.of(a, b);
    }

    /** The children of a custom op with more than two; null for every other node. */
    Value[] manyChildren() { return null; }

    @Override public String toString() { return "Value(data=" + Repr.of(data) + ")"; }

    // ---- the ops, in the lecture's order ------------------------------------------------------------

    /** this + other */
    public Value add(Value other) {
        return new Value(this.data + operand(other, "add").data, "", ADD, this, other);
    }

    static final Op ADD = new Op("+", out -> {
        out.a.grad += 1.0 * out.grad;      // += not =: a node used twice (a + a) must collect from both uses
        out.b.grad += 1.0 * out.grad;
    });

    /** this * other */
    public Value mul(Value other) {
        return new Value(this.data * operand(other, "mul").data, "", MUL, this, other);
    }

    static final Op MUL = new Op("*", out -> {
        out.a.grad += out.b.data * out.grad;
        out.b.grad += out.a.data * out.grad;
    });

    /** this ** k, for a number k; the op shows as {@code **2}, {@code **-1}, {@code **0.5}. */
    public Value pow(double k) {
        Op power = new Op("**" + exponent(k), out -> out.a.grad += k * Math.pow(out.a.data, k - 1) * out.grad);
        return new Value(Math.pow(data, k), "", power, this, null);
    }

    /** Refused: the lecture's pow takes a number. */
    public Value pow(Value k) {
        throw new AutogradException("pow takes a number exponent, as in x.pow(2); for a Value exponent write x.log().mul(k).exp().");
    }

    public Value neg() { return mul(-1); }                               // -self

    public Value sub(Value other) { return add(operand(other, "sub").neg()); }   // self - other

    public Value div(Value other) { return mul(operand(other, "div").pow(-1)); } // self * other**-1

    /** e ** this */
    public Value exp() {
        return new Value(Math.exp(data), "", EXP, this, null);
    }

    private static final Op EXP = new Op("exp", out -> out.a.grad += out.data * out.grad);

    /** The natural logarithm; IEEE rules below zero (NaN) and at zero (-Infinity). */
    public Value log() {
        return new Value(Math.log(data), "", LOG, this, null);
    }

    private static final Op LOG = new Op("log", out -> out.a.grad += (1.0 / out.a.data) * out.grad);

    /** tanh as one op, right for any input: the lecture's (e^2x - 1)/(e^2x + 1) is NaN past x = 355. */
    public Value tanh() {
        return new Value(tanh(data), "", TANH, this, null);
    }

    /** The lecture's formula through expm1: exact near 0, finite far out, and the same digits on every JDK. */
    static double tanh(double x) {
        if (Math.abs(x) > 20) return Math.signum(x);      // tanh(20) is 1.0 in double precision
        double e = StrictMath.expm1(2 * x);              // e^2x - 1
        return e / (e + 2);
    }

    static final Op TANH = new Op("tanh", out -> {
        double t = out.data;
        out.a.grad += (1 - t * t) * out.grad;   // (1 - t**2) * out.grad — not the seed's 1 - (t**2) * out.grad
    });

    public Value sigmoid() {
        return new Value(1 / (1 + Math.exp(-data)), "", SIGMOID, this, null);
    }

    private static final Op SIGMOID = new Op("sigmoid", out -> out.a.grad += out.data * (1 - out.data) * out.grad);

    /** max(0, this); its gradient at 0 is 0, as in micrograd. */
    public Value relu() {
        return new Value(data < 0 ? 0 : data, "", RELU, this, null);
    }

    static final Op RELU = new Op("ReLU", out -> out.a.grad += (out.data > 0 ? 1 : 0) * out.grad);

    // ---- a number on the right: it becomes a leaf, as Python's Value(other) ------------------------

    public Value add(double other) { return add(new Value(other)); }
    public Value sub(double other) { return add(-other); }               // self + (-other)
    public Value mul(double other) { return mul(new Value(other)); }
    public Value div(double other) { return mul(Math.pow(other, -1)); }  // self * other**-1

    // ---- a number on the left: Java has no __radd__, so these read as the math does -----------------

    /** {@code k + x}, micrograd's {@code __radd__}. */
    public static Value add(double k, Value x) { return operand(x, "add").add(k); }

    /** {@code k - x}, micrograd's {@code __rsub__}: {@code k + (-x)}. */
    public static Value sub(double k, Value x) { return operand(x, "sub").neg().add(k); }

    /** {@code k * x}, micrograd's {@code __rmul__}. */
    public static Value mul(double k, Value x) { return operand(x, "mul").mul(k); }

    /** {@code k / x}, micrograd's {@code __rtruediv__}: {@code k * x**-1}. */
    public static Value div(double k, Value x) { return operand(x, "div").pow(-1).mul(k); }

    // ---- backpropagation ------------------------------------------------------------------------------

    /**
     * Sets this value's grad to 1 and runs every node's local backward in reverse topological order: first the
     * nodes on this thread's {@link Tape} (the reverse of the order they were made is such an order already),
     * then any older ones in reverse build_topo order. Gradients accumulate: call {@link #zeroGrad()} between
     * passes, or use the REPL's {@code grad(o)}. A local backward should only add to its children's grads.
     */
    public void backward() {
        grad = 1.0;
        Value[] rest = Tape.run(this);          // the nodes this thread made, newest first: no sort needed
        Value[] topo = Graph.order(rest);       // the rest as micrograd does it: build_topo, reversed
        for (int i = topo.length - 1; i >= 0; i--) topo[i].localBackward();
    }

    /**
     * This node's own step of the chain rule, the lecture's {@code o._backward()} before {@code backward()} existed:
     * adds this node's share of {@code grad} into its children's grads. A leaf has none, so nothing happens.
     */
    public void localBackward() {
        if (op != null) op.localBackward().apply(this);
    }

    /** Sets the grad of every value in this one's graph to 0. */
    public void zeroGrad() {
        for (Value node : Graph.order(this)) node.grad = 0;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    static Value operand(Value v, String op) {
        if (v == null) throw new AutogradException(op + " needs a Value or a number, but got null.");
        return v;
    }

    private static String exponent(double k) {
        return k == Math.rint(k) && Math.abs(k) < 1e15 ? Long.toString((long) k) : Repr.of(k);
    }

    /** A custom op's node with more than two children. */
    private static final class Wide extends Value {
        private final Value[] children;

        Wide(double data, Op op, Value[] children) {
            super(data, "", op, null, null);
            this.children = children;
        }

        @Override public List<Value> children() { return List.of(children); }

        @Override Value[] manyChildren() { return children; }
    }
}
