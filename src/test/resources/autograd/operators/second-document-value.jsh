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
