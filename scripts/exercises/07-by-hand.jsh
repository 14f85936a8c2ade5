// 07 — The parts of the lecture the two documents skip: derivatives by hand, nudging by h, L = d * f worked
// out on paper, then checked by backward(); one neuron and one layer; and micrograd's own engine tests, with the
// numbers PyTorch gives.

// The lecture opens with a plain function of a number, f(x) = 3x^2 - 4x + 5.
double f(double x) { return 3*x*x - 4*x + 5; }
f(3.0)
// expect: 20.0

// Its derivative by hand is 6x - 4, so 14 at x = 3. Nudging x by a small h gives the same slope, nearly.
double h = 0.001;
(f(3.0 + h) - f(3.0)) / h
// expect: 14.00300000000243
// At x = 2/3 the slope is 0: the bottom of the parabola.
(f(2.0/3 + h) - f(2.0/3)) / h
// expect: 0.0029999999995311555

// Three inputs: d = a*b + c. How does d answer a nudge of each?
double a = 2.0, b = -3.0, c = 10.0;
h = 0.0001;
double d1 = a*b + c;
a += h;
double d2 = a*b + c;
System.out.println("d1 " + d1 + "\nd2 " + d2 + "\nslope " + (d2 - d1) / h);
// expect: d1 4.0
// expect: d2 3.999699999999999
// expect: slope -3.000000000010772

// Nudging b instead: the slope is a, 2. Nudging c: the slope is 1.
a = 2.0;
(a*(b + h) + c - (a*b + c)) / h
// expect: 2.0000000000042206
(a*b + (c + h) - (a*b + c)) / h
// expect: 0.9999999999976694

// Now with values: L = d * f, where d = e + c and e = a * b. The gradients by hand, with the chain rule:
// dL/dL = 1; dL/dd = f = -2; dL/df = d = 4; dL/dc = dL/de = dL/dd * 1 = -2; dL/da = dL/de * b = 6; dL/db = dL/de * a = -4.
Value va = new Value(2.0, "a"), vb = new Value(-3.0, "b"), vc = new Value(10.0, "c");
Value e = va.mul(vb); e.label = "e";
Value d = e.add(vc); d.label = "d";
Value vf = new Value(-2.0, "f");
Value L = d.mul(vf); L.label = "L";
L
// expect: Value(data=-8.0)

// backward() gives the same numbers.
L.backward();
System.out.println(va.grad + " " + vb.grad + " " + vc.grad + " " + e.grad + " " + d.grad + " " + vf.grad);
// expect: 6.0 -4.0 -2.0 -2.0 -2.0 4.0

// One step of gradient ascent: nudge each leaf a little along its gradient, and L goes up.
for (Value leaf : List.of(va, vb, vc, vf)) leaf.data += 0.01 * leaf.grad;
e = va.mul(vb); d = e.add(vc); L = d.mul(vf);
L.data
// expect: -7.286496

// One neuron with two inputs, as the lecture writes it, and a layer of three.
Neuron neuron = new Neuron(2);
neuron
// expect: TanhNeuron(2)
neuron.call(2.0, 3.0)
// expect: Value(data=0.9876792852244679)
Layer layer = new Layer(2, 3);
layer.call(List.of(2.0, 3.0))
// expect: [Value(data=0.9876792852244679), Value(data=0.4818254020641572), Value(data=-0.9535124857023177)]

// micrograd's test_engine.py, test_sanity_check: PyTorch gives y = -20 and x.grad = 46.
Value x = new Value(-4.0);
Value z = Value.mul(2, x).add(2).add(x);
Value q = z.relu().add(z.mul(x));
Value hh = z.mul(z).relu();
Value y = hh.add(q).add(q.mul(x));
y.backward();
System.out.println(y.data + " " + x.grad);
// expect: -20.0 46.0

// test_more_ops: PyTorch gives g = 24.70408163265306, dg/da = 138.83381924198252, dg/db = 645.5772594752186.
Value ta = new Value(-4.0), tb = new Value(2.0);
Value tc = ta.add(tb);
Value td = ta.mul(tb).add(tb.pow(3));
tc = tc.add(tc.add(1));
tc = tc.add(Value.add(1, tc).add(ta.neg()));
td = td.add(td.mul(2).add(tb.add(ta).relu()));
td = td.add(Value.mul(3, td).add(tb.sub(ta).relu()));
Value te = tc.sub(td);
Value tf = te.pow(2);
Value tg = tf.div(2.0);
tg = tg.add(Value.div(10.0, tf));
tg.backward();
System.out.println(tg.data + "\n" + ta.grad + "\n" + tb.grad);
// expect: 24.70408163265306
// expect: 138.83381924198252
// expect: 645.5772594752186
