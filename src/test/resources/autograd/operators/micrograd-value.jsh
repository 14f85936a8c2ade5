class Scalar {
    double data;
    double grad;
    List<Scalar> _prev = List.of();
    Runnable _backward = () -> {};

    Scalar(double data) { this.data = data; }

    Scalar(double data, List<Scalar> children) { this.data = data; this._prev = children; }

    // micrograd's "other if isinstance(other, Value) else Value(other)", written with the operators it defines
    static Scalar of(Object other) { return other instanceof Scalar s ? s : new Scalar(((Number) other).doubleValue()); }

    Scalar add(Object o) {
        Scalar other = of(o);
        Scalar out = new Scalar(data + other.data, List.of(this, other));
        out._backward = () -> { this.grad += out.grad; other.grad += out.grad; };
        return out;
    }

    Scalar mul(Object o) {
        Scalar other = of(o);
        Scalar out = new Scalar(data * other.data, List.of(this, other));
        out._backward = () -> { this.grad += other.data * out.grad; other.grad += this.data * out.grad; };
        return out;
    }

    Scalar pow(double k) {
        Scalar out = new Scalar(Math.pow(data, k), List.of(this));
        out._backward = () -> this.grad += k * Math.pow(data, k - 1) * out.grad;
        return out;
    }

    Scalar exp() {
        Scalar out = new Scalar(Math.exp(data), List.of(this));
        out._backward = () -> this.grad += out.data * out.grad;
        return out;
    }

    Scalar neg() { return this * -1; }                  // micrograd: self * -1

    Scalar sub(Object other) { return this + (-of(other)); }   // self + (-other)

    Scalar div(Object other) { return this * of(other) ** -1; }  // self * other**-1

    void backward() {
        List<Scalar> topo = new ArrayList<>();
        build(this, new HashSet<>(), topo);
        grad = 1.0;
        for (int i = topo.size() - 1; i >= 0; i--) topo.get(i)._backward.run();
    }

    static void build(Scalar v, Set<Scalar> seen, List<Scalar> topo) {
        if (seen.add(v)) {
            for (Scalar c : v._prev) build(c, seen, topo);
            topo.add(v);
        }
    }
}
