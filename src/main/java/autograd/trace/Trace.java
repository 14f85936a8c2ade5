package autograd.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lecture's {@code trace(root)}: every node reachable from a root and every (child, parent) edge, found
 * without recursion so a 100,000-node chain fits on any stack. Nodes come in depth-first post-order, children in
 * their own order, so the same graph always gives the same trace. Each edge appears once, as in the lecture's set:
 * {@code a + a} has one edge from {@code a}.
 */
public final class Trace {
    /** An edge from {@code nodes().get(child)} into {@code nodes().get(parent)}. */
    public record Edge(int child, int parent) {}

    private final List<Object> nodes;
    private final List<Edge> edges;

    private Trace(List<Object> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    /** Every node, each after its children; the root is last. */
    public List<Object> nodes() { return nodes; }

    /** Every edge, grouped by parent in node order, children in their order. */
    public List<Edge> edges() { return edges; }

    /** Traces the graph under root; a user's cyclic object graph is walked once per node, never forever. */
    public static Trace of(Object root) {
        NodeView.of(root);   // a null or field-less root fails here, with the field named
        Map<Object, Integer> index = new IdentityHashMap<>();    // -1 while on the stack, then its place in order
        List<Object> order = new ArrayList<>();
        List<List<Object>> kids = new ArrayList<>();             // kids.get(i): children of order.get(i)
        List<Object> stackNode = new ArrayList<>();
        List<List<Object>> stackKids = new ArrayList<>();
        int[] stackNext = new int[16];
        index.put(root, -1);
        push(root, stackNode, stackKids);
        while (!stackNode.isEmpty()) {
            int top = stackNode.size() - 1;
            List<Object> children = stackKids.get(top);
            int next = stackNext[top];
            if (next == children.size()) {
                index.put(stackNode.get(top), order.size());
                order.add(stackNode.remove(top));
                kids.add(stackKids.remove(top));
                continue;
            }
            stackNext[top] = next + 1;
            Object child = children.get(next);
            if (index.putIfAbsent(child, -1) == null) {
                if (stackNode.size() == stackNext.length) stackNext = java.util.Arrays.copyOf(stackNext,
                        2 * stackNext.length);
                stackNext[stackNode.size()] = 0;
                push(child, stackNode, stackKids);
            }
        }
        List<Edge> edges = new ArrayList<>(order.size() * 2);
        for (int parent = 0; parent < order.size(); parent++) {
            List<Object> children = kids.get(parent);
            Set<Integer> once = children.size() > 8 ? new HashSet<>() : null;   // a + a has one edge from a
            int from = edges.size();
            for (Object child : children) {
                int c = index.get(child);
                if (once != null ? once.add(c) : noEdgeYet(edges, from, c)) edges.add(new Edge(c, parent));
            }
        }
        return new Trace(List.copyOf(order), List.copyOf(edges));
    }

    private static boolean noEdgeYet(List<Edge> edges, int from, int child) {
        for (int i = from; i < edges.size(); i++) if (edges.get(i).child() == child) return false;
        return true;
    }

    /**
     * As a student reads it: {@code Trace(3 nodes: a, b, a*b; 2 edges: a -> a*b, b -> a*b)}; unlabelled values by op.
     */
    @Override public String toString() {
        List<String> names = new ArrayList<>();
        for (Object n : nodes) {
            NodeView view = NodeView.of(n);
            String label = Printable.of(view.label(n)), op = Printable.of(view.op(n));
            names.add(!label.isEmpty() ? label : op.isEmpty() ? "?" : "(" + op + ")");
        }
        StringBuilder out = new StringBuilder("Trace(" + nodes.size() + " nodes: " + String.join(", ", names));
        out.append("; ").append(edges.size()).append(" edges: ");
        for (int i = 0; i < edges.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(names.get(edges.get(i).child())).append(" -> ").append(names.get(edges.get(i).parent()));
        }
        return out.append(")").toString();
    }

    private static void push(Object node, List<Object> nodes, List<List<Object>> kids) {
        nodes.add(node);
        kids.add(NodeView.of(node).children(node));
    }
}
