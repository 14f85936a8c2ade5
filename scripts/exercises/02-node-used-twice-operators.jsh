// 02 — Handling one node used multiple times, typed as the lecture types it: a + a, d * e on the class you write
// (the twin of 02-node-used-twice.jsh, which writes the same cells as a.add(a), d.mul(e): the same numbers. Your
// own class gets the operators too: + is its add, * its mul, and so on, as Kotlin's operator functions.)

// The notebook defines graphviz's trace() and draw_dot() first. Here drawDot(root) is preloaded, and it draws
// any class with the lecture's fields (data, grad, label, _op, _prev), so it draws the class below too.

// The document's Value, written in Java as a student would. Its local backward functions use = where they
// should use +=. Declaring a class Value here shadows the preloaded one for the rest of this session.
import java.util.*;

class Value {
    double data;
    double grad = 0.0;
    String label = "";
    String _op = "";
    List<Value> _prev = List.of();
    Runnable _backward = () -> {};   // empty by default: each operation puts its gradient calculation here

    Value(double data, String label) { this.data = data; this.label = label; }

    Value(double data, List<Value> children, String op) {
        this.data = data;
        this._prev = children;
        this._op = op;
    }

    public String toString() { return "Value(data=" + data + ")"; }

    Value add(Value other) {
        Value out = new Value(this.data + other.data, List.of(this, other), "+");
        out._backward = () -> {
            this.grad = 1.0 * out.grad;
            other.grad = 1.0 * out.grad;
        };
        return out;
    }

    Value mul(Value other) {
        Value out = new Value(this.data * other.data, List.of(this, other), "*");
        out._backward = () -> {
            this.grad = other.data * out.grad;
            other.grad = this.data * out.grad;
        };
        return out;
    }

    Value tanh() {
        double x = this.data;
        double t = (Math.exp(2 * x) - 1) / (Math.exp(2 * x) + 1);
        Value out = new Value(t, List.of(this), "tanh");
        out._backward = () -> this.grad = 1 - (t * t) * out.grad;
        return out;
    }

    void backward() {
        List<Value> topo = new ArrayList<>();
        buildTopo(this, new HashSet<>(), topo);
        this.grad = 1.0;
        for (int i = topo.size() - 1; i >= 0; i--) topo.get(i)._backward.run();
    }

    static void buildTopo(Value v, Set<Value> visited, List<Value> topo) {
        if (visited.add(v)) {
            for (Value child : v._prev) buildTopo(child, visited, topo);
            topo.add(v);
        }
    }
}

// The neuron again, with this class. The startup's globals x1 ... o now hold this Value (its simple name
// now means this class), so we assign them, as the notebook does. Inputs x1, x2 of the neuron:
x1 = new Value(2.0, "x1");
x2 = new Value(0.0, "x2");
// Weights w1, w2 of the neuron, the synaptic values:
w1 = new Value(-3.0, "w1");
w2 = new Value(1.0, "w2");
// The bias of the neuron:
b = new Value(6.8813735870195432, "b");
x1w1 = x1*w1; x1w1.label = "x1*w1";
x2w2 = x2*w2; x2w2.label = "x2*w2";
// The summation:
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = "x1*w1 + x2*w2";
// n is the cell body without the activation function:
n = x1w1x2w2 + b; n.label = "n";
// Now we pass n to the activation function:
o = n.tanh(); o.label = "o";
o
// expect: Value(data=0.7071067811865476)

// o.grad = 1.0 is the base case; then backward. No node is used twice here, so every gradient is right.
o.grad = 1.0;
o.backward();
String.format("x1 %.4f  w1 %.4f  x2 %.4f  w2 %.4f  b %.4f", x1.grad, w1.grad, x2.grad, w2.grad, b.grad)
// expect: x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000  b 0.5000
drawDot(o);

// Now, here we have noticed a bug, which we can see in the following examples.
// Example 1: the data value is correct, but the grad value is wrong.
Value a = new Value(3.0, "a");
b = a + a; b.label = "b";
b
// expect: Value(data=6.0)
b.backward();
a.grad
// expect: 1.0
drawDot(b);

// The derivative of b with respect to a, in b = a + a, is 1 + 1 = 2. The second arrow lies right on top of the
// first; one gradient is stored, and when the other comes the first is overwritten.

// Example 2: the derivative of f with respect to a and b has two paths each: through e and through d.
a = new Value(-2.0, "a");
b = new Value(3.0, "b");
Value d = a * b; d.label = "d";
Value e = a + b; e.label = "e";
Value f = d * e; f.label = "f";
f
// expect: Value(data=-6.0)
f.backward();
String.format("a.grad %s  b.grad %s", a.grad, b.grad)
// expect: a.grad 3.0  b.grad -2.0
drawDot(f);

// Through e, a and b both get -6; through d, a gets 3 and b gets -2. The path through e was calculated first
// and then overwritten by the one through d. The solution: gradients must accumulate when a variable is used
// again (the multivariable case of the chain rule). So let's update the Value class: += in every backward.
class Value {
    double data;
    double grad = 0.0;
    String label = "";
    String _op = "";
    List<Value> _prev = List.of();
    Runnable _backward = () -> {};

    Value(double data, String label) { this.data = data; this.label = label; }

    Value(double data, List<Value> children, String op) {
        this.data = data;
        this._prev = children;
        this._op = op;
    }

    public String toString() { return "Value(data=" + data + ")"; }

    Value add(Value other) {
        Value out = new Value(this.data + other.data, List.of(this, other), "+");
        out._backward = () -> {
            this.grad += 1.0 * out.grad;   // adding it on
            other.grad += 1.0 * out.grad;  // adding it on
        };
        return out;
    }

    Value mul(Value other) {
        Value out = new Value(this.data * other.data, List.of(this, other), "*");
        out._backward = () -> {
            this.grad += other.data * out.grad;   // adding it on
            other.grad += this.data * out.grad;   // adding it on
        };
        return out;
    }

    Value tanh() {
        double x = this.data;
        double t = (Math.exp(2 * x) - 1) / (Math.exp(2 * x) + 1);
        Value out = new Value(t, List.of(this), "tanh");
        out._backward = () -> this.grad += 1 - (t * t) * out.grad;   // adding it on (the document's line)
        return out;
    }

    void backward() {
        List<Value> topo = new ArrayList<>();
        buildTopo(this, new HashSet<>(), topo);
        this.grad = 1.0;
        for (int i = topo.size() - 1; i >= 0; i--) topo.get(i)._backward.run();
    }

    static void buildTopo(Value v, Set<Value> visited, List<Value> topo) {
        if (visited.add(v)) {
            for (Value child : v._prev) buildTopo(child, visited, topo);
            topo.add(v);
        }
    }
}

// Now let's check those examples again. Example 1: 1 + 1 = 2.
a = new Value(3.0, "a");
b = a + a; b.label = "b";
b.backward();
a.grad
// expect: 2.0
drawDot(b);

// Example 2: a gets -6 + 3 = -3, b gets -6 + (-2) = -8.
a = new Value(-2.0, "a");
b = new Value(3.0, "b");
d = a * b; d.label = "d";
e = a + b; e.label = "e";
f = d * e; f.label = "f";
f.backward();
String.format("a.grad %s  b.grad %s", a.grad, b.grad)
// expect: a.grad -3.0  b.grad -8.0
drawDot(f);

// And now we've got the correct gradient values: after the gradients are deposited the first time, a second
// use deposits again on top. Hence, resolving the issue :)

// Beyond the document: its tanh backward, 1 - (t*t) * out.grad, has a precedence bug. It hides while tanh's
// output is the root, because then out.grad is 1. Use the output once more, o = t * 3, so out.grad is 3:
n = new Value(0.8813735870195432, "n");
Value t = n.tanh(); t.label = "t";
o = t * new Value(3.0, "three"); o.label = "o";
o.backward();
n.grad
// expect: -0.5

// Wrong: 1 - 0.5 * 3 = -0.5, but do/dn = 3 * (1 - tanh(n)^2) = 3 * 0.5 = 1.5. Our engine and a central finite
// difference agree:
autograd.Value m = new autograd.Value(0.8813735870195432, "n");
autograd.Value p = m.tanh() * 3.0;
p.backward();
m.grad
// expect: 1.5
double h = 1e-6;
String.format("%.6f", (3 * Math.tanh(0.8813735870195432 + h) - 3 * Math.tanh(0.8813735870195432 - h)) / (2 * h))
// expect: 1.500000

// The right formula multiplies the whole local derivative: (1 - t*t) * out.grad. A tanh written that way:
Value tanh(Value v) {
    double t = Math.tanh(v.data);
    Value out = new Value(t, List.of(v), "tanh");
    out._backward = () -> v.grad += (1 - t * t) * out.grad;
    return out;
}
n = new Value(0.8813735870195432, "n");
t = tanh(n); t.label = "t";
o = t * new Value(3.0, "three"); o.label = "o";
o.backward();
n.grad
// expect: 1.5
