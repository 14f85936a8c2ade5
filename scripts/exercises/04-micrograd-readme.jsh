// 04 — micrograd's README example: every operation, a number on either side, and the README's numbers.
// Python's c += c + 1 becomes c = c.add(c.add(1)); a number on the left is a static method: 1 + c is Value.add(1, c).

Value a = new Value(-4.0);
Value b = new Value(2.0);
Value c = a.add(b);
Value d = a.mul(b).add(b.pow(3));
c = c.add(c.add(1));                               // c += c + 1
c = c.add(Value.add(1, c).add(a.neg()));           // c += 1 + c + (-a)
d = d.add(d.mul(2).add(b.add(a).relu()));          // d += d * 2 + (b + a).relu()
d = d.add(Value.mul(3, d).add(b.sub(a).relu()));   // d += 3 * d + (b - a).relu()
Value e = c.sub(d);
Value f = e.pow(2);
Value g = f.div(2.0);
g = g.add(Value.div(10.0, f));                     // g += 10.0 / f

// prints 24.7041, the outcome of this forward pass
String.format("%.4f", g.data)
// expect: 24.7041

g.backward();
// prints 138.8338, i.e. the numerical value of dg/da
String.format("%.4f", a.grad)
// expect: 138.8338
// prints 645.5773, i.e. the numerical value of dg/db
String.format("%.4f", b.grad)
// expect: 645.5773
