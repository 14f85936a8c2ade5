// 01 — The neuron, and tanh built from smaller operations
// (the first document, cell by cell; replay it with: scripts/autograd replay scripts/exercises/01-neuron.jsh)

// The notebook starts with imports, reset_graph() and graphviz's trace() and draw_dot().
// Here the startup script has done all of that: the neuron's ten globals (x1 x2 w1 w2 x1w1 x2w2 x1w1x2w2 b n o),
// resetGraph("graph" | "gradients"), and drawDot(o).
resetGraph("graph");
// expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
o
// expect: Value(data=0.7071067811865476)

// b = 6.8813735870195432 makes the numbers nice: tanh's local derivative at n is 0.5.
resetGraph("gradients");
// expect: resetGraph(): All gradients have been reset to 0
resetGraph("weights");
// expect: resetGraph(): please specify the level of reset desired "gradients" or "graph"

// Exercise: we implemented tanh as a single composite operation, valid because we know its local derivative.
// Now re-implement it using only its constituent operations; bonus: practise a few more operations.

// Step 1: add and mul take a number on the right, wrapped as a Value, like Value.__add__(int).
Value a = new Value(2.0, "a");
a.add(1)
// expect: Value(data=3.0)
a.mul(3)
// expect: Value(data=6.0)

// Step 2: the fallbacks for swapped operands (__radd__, __rmul__). Java has no reflected methods,
// so a number on the left is a static method: 2 * a is Value.mul(2, a).
Value.mul(2, a)
// expect: Value(data=4.0)
Value.add(1, a)
// expect: Value(data=3.0)

// Step 3: exp(). Forward e^x; local derivative e^x, which is out.data, just computed.
Value x = new Value(2.0, "x");
Value y = x.exp();
y
// expect: Value(data=7.38905609893065)
y.backward();
x.grad
// expect: 7.38905609893065

// Step 4: pow(k) for a number k. Forward x^k; local derivative k * x^(k-1).
x = new Value(3.0, "x");
y = x.pow(2);
y.op()
// expect: **2
y.backward();
x.grad
// expect: 6.0

// Division is multiplication by the inverse: a / b = a * b**-1, so div needs no backward of its own.
Value b2 = new Value(4.0, "b2");
a.div(b2)
// expect: Value(data=0.5)
a.mul(b2.pow(-1))
// expect: Value(data=0.5)
Value.div(10, a)
// expect: Value(data=5.0)

// neg is a * -1, and sub is a + (-b): both reuse mul and add.
a.neg()
// expect: Value(data=-2.0)
a.sub(b2)
// expect: Value(data=-2.0)
Value.sub(1, a)
// expect: Value(data=-1.0)

// Test implementation. i - the original o = n.tanh(): backward, then the leaves' gradients.
resetGraph("graph");
// expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
o.backward();
String.format("o %.4f  n grad %.4f", o.data, n.grad)
// expect: o 0.7071  n grad 0.5000
String.format("x1 %.4f  w1 %.4f  x2 %.4f  w2 %.4f  b %.4f", x1.grad, w1.grad, x2.grad, w2.grad, b.grad)
// expect: x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000  b 0.5000

// The graph: ten values, one tanh node.
drawDot(o);

// Simplified tanh: overwrite o = n.tanh() with its constituent operations, tanh(n) = (e^2n - 1) / (e^2n + 1).
// Data must add up in the forward pass; the tanh node becomes a chain of simple ones.
resetGraph("graph");
// expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
Value e = Value.mul(2, n).exp();
o = e.sub(1).div(e.add(1));
o.label = "o";
o
// expect: Value(data=0.7071067811865476)
o.backward();
String.format("e %.4f  grad %.4f", e.data, e.grad)
// expect: e 5.8284  grad 0.0429

// The backpropagated gradients at the leaves (x1, x2, w1, w2, b) match the composite tanh's.
String.format("x1 %.4f  w1 %.4f  x2 %.4f  w2 %.4f  b %.4f", x1.grad, w1.grad, x2.grad, w2.grad, b.grad)
// expect: x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000  b 0.5000

// The new graph: the tanh node is now *, exp, +, + and **-1, and the leaves' gradients are the same.
drawDot(o);

// Takeaways: the level at which an operation is implemented is arbitrary; addition and a composite tanh are
// equivalent. To add an operation you need its forward pass (outputs as a function of inputs) and its backward
// pass (it is differentiable: we can find and chain its local gradient).
