// 01 — The neuron, and tanh built from smaller operations, typed as the lecture types them: a*b + c on Values
// (the twin of 01-neuron.jsh, which writes the same cells as x1.mul(w1).add(b): the numbers are the same to the
// last bit. scripts/autograd runs the lecture's arithmetic; the JDK's own jshell runs only the method forms.)

// The neuron, as the document builds it. The startup script declared its ten globals; we give them the lecture's
// values with the lecture's arithmetic. Inputs x1, x2, weights w1, w2, and the bias b:
x1 = new Value(2.0, "x1"); x2 = new Value(0.0, "x2");
w1 = new Value(-3.0, "w1"); w2 = new Value(1.0, "w2");
b = new Value(6.8813735870195432, "b");
// x1*w1 + x2*w2 + b, one sum at a time, each labelled as in the picture:
x1w1 = x1*w1; x1w1.label = "x1*w1";
x2w2 = x2*w2; x2w2.label = "x2*w2";
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = "x1*w1 + x2*w2";
n = x1w1x2w2 + b; n.label = "n";
o = n.tanh(); o.label = "o";
o
// expect: Value(data=0.7071067811865476)
o.backward();
x1.grad
// expect: -1.4999999999999996
w1.grad
// expect: 0.9999999999999998
String.format("x1 %.4f  w1 %.4f  x2 %.4f  w2 %.4f  b %.4f", x1.grad, w1.grad, x2.grad, w2.grad, b.grad)
// expect: x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000  b 0.5000

// The same neuron in the method form: every value and every gradient is the same, to the bit.
Value[] leaves = {new Value(2.0), new Value(0.0), new Value(-3.0), new Value(1.0), new Value(6.8813735870195432)};
Value byMethods = leaves[0].mul(leaves[2]).add(leaves[1].mul(leaves[3])).add(leaves[4]).tanh();
byMethods.backward();
o.data == byMethods.data && x1.grad == leaves[0].grad && w1.grad == leaves[2].grad && b.grad == leaves[4].grad
// expect: true

// The exercise's operations, with a number on either side (Python's __add__, __radd__, __rmul__...):
Value a = new Value(2.0, "a");
a + 1
// expect: Value(data=3.0)
a * 3
// expect: Value(data=6.0)
2 * a
// expect: Value(data=4.0)
1 + a
// expect: Value(data=3.0)
Value b2 = new Value(4.0, "b2");
a / b2
// expect: Value(data=0.5)
a * b2**-1
// expect: Value(data=0.5)
10 / a
// expect: Value(data=5.0)
-a
// expect: Value(data=-2.0)
a - b2
// expect: Value(data=-2.0)
1 - a
// expect: Value(data=-1.0)

// ** binds tighter than unary minus and *, as in Python: -x**2 is -(x**2), 1 - t**2 is 1 - (t**2).
Value x = new Value(3.0, "x");
Value y = x**2;
y.op()
// expect: **2
-x**2
// expect: Value(data=-9.0)
y.backward();
x.grad
// expect: 6.0

// Simplified tanh: o = (e - 1) / (e + 1) with e = (2*n).exp(), the lecture's own line.
resetGraph("graph");
// expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
Value e = (2*n).exp();
o = (e - 1) / (e + 1);
o.label = "o";
o
// expect: Value(data=0.7071067811865476)
o.backward();
String.format("e %.4f  grad %.4f", e.data, e.grad)
// expect: e 5.8284  grad 0.0429
x1.grad
// expect: -1.5
String.format("x1 %.4f  w1 %.4f  x2 %.4f  w2 %.4f  b %.4f", x1.grad, w1.grad, x2.grad, w2.grad, b.grad)
// expect: x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000  b 0.5000

// The new graph: the tanh node is now *, exp, +, + and **-1, and the leaves' gradients are the same.
drawDot(o);

// The method form of the same line, e.sub(1).div(e.add(1)), gives the same gradient, to the bit:
double byOperators = x1.grad;
resetGraph("graph");
// expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
Value e2 = Value.mul(2, n).exp();
Value o2 = e2.sub(1).div(e2.add(1));
o2.backward();
x1.grad == byOperators
// expect: true
