package autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Walks a graph of values without recursion, so a 2,000,000-node chain fits on the default stack. */
public final class Graph {
    private Graph() {}

    private static int sizeHint = 256;   // the last walk's size
    private static int epoch;            // marks on the nodes: each walk takes fresh numbers, so none needs clearing

    /** Every value reachable from root, each after its children (micrograd's build_topo order). */
    public static List<Value> topo(Value root) {
        return new ArrayList<>(Arrays.asList(order(root)));
    }

    /** {@code count} fresh mark values, never 0 (the mark a new node starts with). */
    static int marks(int count) {
        if (epoch <= 0 || epoch > Integer.MAX_VALUE - 2 * count) epoch = 0;   // after 2^31 marks, start again
        int first = epoch + 1;
        epoch += count;
        return first;
    }

    /** topo's order as an exactly sized array. */
    static Value[] order(Value root) {
        Value.operand(root, "topo");
        return order(new Value[] {root});
    }

    /**
     * Every value reachable from the roots, each after its children, as an exactly sized array.
     * A node is marked {@code visiting} when its children are pushed and {@code done} when it joins the order;
     * children are pushed last-first, so the first child is walked first and the order is exactly the
     * recursive build_topo's.
     */
    static Value[] order(Value... roots) {
        Tape.refuseWhileWalking();
        if (roots.length == 0) return roots;
        int visiting = marks(2), done = visiting + 1;
        Value[] order = new Value[sizeHint];            // a training loop walks same-sized graphs: no regrowing
        int count = 0;
        Value[] stack = new Value[256];
        for (Value root : roots) {
            int top = 0;
            stack[0] = root;
            while (top >= 0) {
                Value node = stack[top];
                if (node.mark == done) {                  // reached again through another parent: already in order
                    top--;
                } else if (node.mark == visiting) {       // every child is in order, so now the node is
                    node.mark = done;
                    top--;
                    if (count == order.length) order = Arrays.copyOf(order, count * 2);
                    order[count++] = node;
                } else {
                    node.mark = visiting;
                    Value[] many = node.a == null && node.op != null ? node.manyChildren() : null;
                    if (top + 2 + (many == null ? 0 : many.length) >= stack.length)
                        stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + 3 + (many == null ? 0 : many.length)));
                    if (many != null) {
                        for (int i = many.length - 1; i >= 0; i--) if (many[i].mark != done) stack[++top] = many[i];
                    } else {
                        if (node.b != null && node.b.mark != done) stack[++top] = node.b;
                        if (node.a != null && node.a.mark != done) stack[++top] = node.a;
                    }
                }
            }
        }
        sizeHint = Math.max(256, Math.min(count, 1 << 24));
        return count == order.length ? order : Arrays.copyOf(order, count);
    }
}
