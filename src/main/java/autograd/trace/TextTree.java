package autograd.trace;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A graph as an indented tree for a terminal, root first, children in order:
 * <pre>
 * o (tanh)  data 0.7071  grad 1.0000
 * `-- n (+)  data 0.8814  grad 0.5000
 *     +-- x1*w1 + x2*w2 (+)  data -6.0000  grad 0.5000
 *     ...
 * </pre>
 * A node used twice is expanded once and marked {@code (see above)} after that. Indentation stops at
 * {@value #MAX_DEPTH} levels, so a 100,000-node chain prints a few dozen lines, not gigabytes.
 */
public final class TextTree {
    private TextTree() {}

    static final int MAX_DEPTH = 40;

    /** The indent under a branch with more siblings below it: a stem, then the indent. */
    private static final String STEM = '|' + "   ";

    private record Line(Object node, String indent, boolean last, int depth, boolean top) {}

    public static String of(Object root) {
        NodeView.of(root);
        StringBuilder out = new StringBuilder();
        Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Line> todo = new ArrayDeque<>();
        todo.push(new Line(root, "", true, 0, true));
        while (!todo.isEmpty()) {
            Line line = todo.pop();
            String branch = line.top ? "" : line.last ? "`-- " : "+-- ";
            String childIndent = line.top ? "" : line.indent + (line.last ? "    " : STEM);
            out.append(line.indent).append(branch).append(describe(line.node));
            NodeView view = NodeView.of(line.node);
            List<Object> children = view.children(line.node);
            if (!shown.add(line.node)) {
                out.append(children.isEmpty() ? "\n" : "  (see above)\n");
                continue;
            }
            out.append('\n');
            if (children.isEmpty()) continue;
            if (line.depth + 1 >= MAX_DEPTH) {
                out.append(childIndent).append("`-- ... (deeper nodes not shown)\n");
                continue;
            }
            for (int i = children.size() - 1; i >= 0; i--)   // pushed in reverse, popped in order
                todo.push(new Line(children.get(i), childIndent, i == children.size() - 1, line.depth + 1, false));
        }
        return out.toString();
    }

    /** {@code label (op)  data 0.7071  grad 1.0000}, leaving out an empty label or op. */
    static String describe(Object node) {
        NodeView view = NodeView.of(node);
        StringBuilder s = new StringBuilder();
        String label = Printable.of(view.label(node)), op = Printable.of(view.op(node));
        if (!label.isEmpty()) s.append(label).append(' ');
        if (!op.isEmpty()) s.append('(').append(op).append(") ");
        if (s.length() > 0) s.append(' ');
        return s.append("data ").append(Dot.number(view.data(node)))
                .append("  grad ").append(Dot.number(view.grad(node))).toString();
    }
}
