package autograd;

/**
 * An operation: the name the graph shows ({@code +}, {@code *}, {@code tanh}, {@code **2}) and its local
 * backward, which pushes {@code out.grad} down to out's children. The built-in ops are shared constants, so a
 * node carries no closure of its own (that is what keeps a node at 48 bytes).
 */
public final class Op {
    final String name;
    final LocalBackward backward;

    public Op(String name, LocalBackward backward) {
        if (name == null || name.isEmpty()) throw new AutogradException("An op needs a non-empty name, such as \"sin\".");
        if (backward == null) throw new AutogradException("Op " + name + " needs a local backward, such as out -> x.grad += ... * out.grad.");
        this.name = name;
        this.backward = backward;
    }

    public String name() { return name; }

    @Override public String toString() { return name; }
}
