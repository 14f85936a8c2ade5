package autograd;

import java.util.List;

import static autograd.Op.ADD;
import static autograd.Op.EXP;
import static autograd.Op.LOG;
import static autograd.Op.MUL;
import static autograd.Op.POW;
import static autograd.Op.RELU;
import static autograd.Op.SIGMOID;
import static autograd.Op.TANH;

/**
 * A scalar that remembers how it was computed, so {@link #backward()} can fill in every gradient:
 * micrograd's {@code Value}, in Java. Each op has the lecture's three beats: build {@code out}, give it its
 * {@code _backward}, return it. A number on either side becomes a leaf of the graph, as in the lecture:
 * {@code x.mul(2)} is {@code x * 2}, and {@code Value.mul(2, x)} is {@code 2 * x}.
 *
 * <p>Not thread-safe, like micrograd: build and backpropagate one graph on one thread at a time.
 */
public class Value {
    public double data;
    public double grad;            // d(root)/d(this), filled in by backward()
    public String label;

    final Value[] _prev;           // the values this one was computed from, in operand order
    final String _op;              // the op that made it, "" for a leaf
    Runnable _backward = NOTHING;  // this node's step of the chain rule; a leaf has none
    int mark;                      // Graph's walk marks: a field, not a HashSet, keeps build_topo fast

    private static final Value[] NO_CHILDREN = {};
    private static final Runnable NOTHING = () -> {};

    public Value(double data) { this(data, ""); }

    public Value(double data, String label) {
        this(data, "", NO_CHILDREN);
        this.label = label == null ? "" : label;
    }

    private Value(double data, String op, Value... children) {
        this.data = data;
        this.label = "";
        this._op = op;
        this._prev = children;
    }

    /**
     * A custom op: a node with this data, op name, local backward and children, the first document's exercise
     * "implement a few more operations". For example {@code sin}:
     * <pre>{@code Value.node(Math.sin(x.data), "sin", out -> x.grad += Math.cos(x.data) * out.grad, x)}</pre>
     */
    public static Value node(double data, String op, LocalBackward backward, Value... children) {
        if (op == null || op.isEmpty()) throw new AutogradException("An op needs a non-empty name, such as \"sin\".");
        if (backward == null) throw new AutogradException("Op " + op
                + " needs a local backward, such as out -> x.grad += Math.cos(x.data) * out.grad.");
        if (children == null || children.length == 0)
            throw new AutogradException("A custom op needs at least one child Value; a number alone is new Value(x).");
        for (Value child : children) operand(child, op);
        Value out = new Value(data, op, children.clone());
        out._backward = () -> backward.apply(out);
        return out;
    }

    /**
     * The op that made this value ({@code "+"}, {@code "tanh"}, {@code "**2"}), or {@code ""} for a leaf: the lecture's
     * {@code _op}.
     */
    public String op() { return _op; }

    /** The values this one was computed from, in operand order: the lecture's {@code _prev}. */
    public List<Value> children() { return List.of(_prev); }

    @Override public String toString() { return "Value(data=" + Repr.of(data) + ")"; }

    // ---- the ops, in the lecture's order ------------------------------------------------------------

    /** this + other */
    public Value add(Value other) {
        operand(other, "add");
        Value out = new Value(ADD.forward(this.data, other.data), ADD.symbol, this, other);
        out._backward = () -> {
            this.grad += 1.0 * out.grad;    // += not =: a value used twice (a + a) collects from both uses
            other.grad += 1.0 * out.grad;
        };
        return out;
    }

    /** this * other */
    public Value mul(Value other) {
        operand(other, "mul");
        Value out = new Value(MUL.forward(this.data, other.data), MUL.symbol, this, other);
        out._backward = () -> {
            this.grad += other.data * out.grad;
            other.grad += this.data * out.grad;
        };
        return out;
    }

    /** this ** k, for a number k; the op shows as {@code **2}, {@code **-1}, {@code **0.5}. */
    public Value pow(double k) {
        Value out = new Value(POW.forward(this.data, k), Op.power(k), this);
        out._backward = () -> this.grad += k * Math.pow(this.data, k - 1) * out.grad;
        return out;
    }

    /** Refused: the lecture's pow takes a number. */
    public Value pow(Value k) {
        throw new AutogradException("pow takes a number exponent, as in x.pow(2); for a Value exponent write"
                + " x.log().mul(k).exp().");
    }

    public Value neg() { return mul(-1); }                                        // -self

    public Value sub(Value other) { return add(operand(other, "sub").neg()); }    // self + (-other)

    public Value div(Value other) { return mul(operand(other, "div").pow(-1)); }  // self * other**-1

    /** e ** this */
    public Value exp() {
        Value out = new Value(EXP.forward(this.data), EXP.symbol, this);
        out._backward = () -> this.grad += out.data * out.grad;
        return out;
    }

    /** The natural logarithm; IEEE rules below zero (NaN) and at zero (-Infinity). */
    public Value log() {
        Value out = new Value(LOG.forward(this.data), LOG.symbol, this);
        out._backward = () -> this.grad += (1.0 / this.data) * out.grad;
        return out;
    }

    /** tanh as one op, right for any input (see {@link Op#TANH}). */
    public Value tanh() {
        double t = TANH.forward(this.data);
        Value out = new Value(t, TANH.symbol, this);
        out._backward = () -> this.grad += (1 - t * t) * out.grad;   // not the seed's 1 - (t**2) * out.grad
        return out;
    }

    public Value sigmoid() {
        Value out = new Value(SIGMOID.forward(this.data), SIGMOID.symbol, this);
        out._backward = () -> this.grad += out.data * (1 - out.data) * out.grad;
        return out;
    }

    /** max(0, this); its gradient at 0 is 0, as in micrograd. */
    public Value relu() {
        Value out = new Value(RELU.forward(this.data), RELU.symbol, this);
        out._backward = () -> this.grad += (out.data > 0 ? 1 : 0) * out.grad;
        return out;
    }

    // ---- a number on the right: it becomes a leaf, as Python's Value(other) ------------------------

    public Value add(double other) { return add(new Value(other)); }
    public Value sub(double other) { return add(-other); }                  // self + (-other)
    public Value mul(double other) { return mul(new Value(other)); }
    public Value div(double other) { return mul(Math.pow(other, -1)); }     // self * other**-1

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
     * The lecture's backward: order the graph so every value comes after its children (build_topo), set this
     * value's grad to 1, and run each value's local backward, from this one back to the leaves. Gradients
     * accumulate: call {@link #zeroGrad()} between passes, or use the REPL's {@code grad(o)}.
     */
    public void backward() {
        List<Value> topo = Graph.buildTopo(this);
        Graph.starting(this, topo);                              // a watcher may note grads an earlier one left
        grad = 1.0;
        try (Graph.Running running = Graph.running(topo)) {     // a local backward may not walk the graph meanwhile
            for (int i = topo.size() - 1; i >= 0; i--) topo.get(i)._backward.run();
        }
    }

    /**
     * This value's own step of the chain rule, the lecture's {@code o._backward()}: adds its share of
     * {@code grad} into its children's grads. A leaf has none, so nothing happens.
     */
    public void localBackward() { _backward.run(); }

    /** Sets the grad of every value in this one's graph to 0. */
    public void zeroGrad() {
        for (Value node : Graph.buildTopo(this)) node.grad = 0;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    static Value operand(Value v, String op) {
        if (v == null) throw new AutogradException(op + " needs a Value or a number, but got null.");
        return v;
    }
}
