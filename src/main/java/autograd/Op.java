package autograd;

/**
 * An operation: the name the graph shows ({@code +}, {@code *}, {@code tanh}, {@code **2}) and its local
 * backward, which pushes {@code out.grad} down to out's children. The built-in ops are shared constants, so a
 * node carries no closure of its own (that is what keeps a node at 48 bytes). A record, so the JIT may take a
 * constant op's local backward for a constant too.
 */
public record Op(String name, LocalBackward localBackward) {
    public Op {
        if (name == null || name.isEmpty()) throw new AutogradException("An op needs a non-empty name, such as \"sin\".");
        if (localBackward == null) throw new AutogradException("Op " + name + " needs a local backward, such as out -> x.grad += ... * out.grad.");
    }

    @Override public String toString() { return name; }
}
