package autograd;

/** The chain rule at one node: add this node's share of {@code out.grad} into each child's {@code grad}. */
@FunctionalInterface
public interface LocalBackward {
    void apply(Value out);
}
