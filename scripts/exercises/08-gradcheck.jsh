// 08 — gradCheck: the lecture's first half checks its second. For every leaf, the gradient backpropagation gives
// is printed beside the one nudging the leaf by a tiny h gives, with the graph computed again. They should agree.

// The lecture's neuron: every leaf agrees.
gradCheck(o)
// expect: leaf                     data         backprop           nudged
// expect: x1                     2.0000        -1.500000        -1.500000
// expect: w1                    -3.0000         1.000000         1.000000
// expect: x2                     0.0000         0.500000         0.500000
// expect: w2                     1.0000         0.000000         0.000000
// expect: b                      6.8814         0.500000         0.500000
// expect: Every leaf agrees: backpropagation and nudging give the same gradients.

// The first document's exercise: implement a few more operations. Here is sin, whose derivative is cos; but
// this version slips a sign, as is easy to do.
Value sin(Value x) {
    return Value.node(Math.sin(x.data), "sin", out -> x.grad += -Math.cos(x.data) * out.grad, x);
}
Value t = new Value(0.5, "t"), k = new Value(3.0, "k");
Value s = sin(t.mul(k));
s.label = "s";

// backward() runs without complaint: nothing in the numbers says they are wrong.
s.backward();
t.grad
// expect: -0.2122116050031087

// gradCheck says so at once: the two leaves under the broken op disagree with nudging.
gradCheck(s)
// expect: leaf                     data         backprop           nudged
// expect: t                      0.5000        -0.212212         0.212212   <- differs
// expect: k                      3.0000        -0.035369         0.035369   <- differs
// expect: 2 leaves disagree: a local backward on the way from the root is wrong (or the graph has a kink there, as ReLU at 0).

// gradCheck left everything as it was: t.grad is still what backward() gave.
t.grad
// expect: -0.2122116050031087

// The fix: cos, with its sign. Now they agree.
Value sin(Value x) {
    return Value.node(Math.sin(x.data), "sin", out -> x.grad += Math.cos(x.data) * out.grad, x);
}
s = sin(t.mul(k));
gradCheck(s)
// expect: leaf                     data         backprop           nudged
// expect: t                      0.5000         0.212212         0.212212
// expect: k                      3.0000         0.035369         0.035369
// expect: Every leaf agrees: backpropagation and nudging give the same gradients.
