package autograd;

/**
 * A custom op's step of the chain rule (see {@link Value#node}): add this node's share of {@code out.grad} into
 * each child's {@code grad}, as in {@code out -> x.grad += Math.cos(x.data) * out.grad}.
 */
@FunctionalInterface
public interface LocalBackward {
    void apply(Value out);
}
