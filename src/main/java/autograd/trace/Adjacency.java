package autograd.trace;

import java.util.List;

/**
 * A {@link Trace} by index, for the walks that size and fold a big graph: each node's op, its distinct children,
 * how many distinct parents it has, and its parent when it has just one. Node {@code i} is
 * {@code trace.nodes().get(i)}; children come before their parents, the root is last.
 */
public final class Adjacency {
    final Trace trace;
    public final int size;
    public final String[] op;
    public final int[][] kids;          // distinct children, in the node's own order
    public final int[] parents;         // how many distinct parents
    public final int[] soleParent;      // the parent of a node with exactly one, else -1

    private Adjacency(Trace trace) {
        this.trace = trace;
        List<Object> nodes = trace.nodes();
        size = nodes.size();
        op = new String[size];
        for (int i = 0; i < size; i++) op[i] = NodeView.of(nodes.get(i)).op(nodes.get(i));
        int[] count = new int[size];
        for (Trace.Edge e : trace.edges()) count[e.parent()]++;
        kids = new int[size][];
        for (int i = 0; i < size; i++) kids[i] = new int[count[i]];
        int[] filled = new int[size];
        parents = new int[size];
        soleParent = new int[size];
        java.util.Arrays.fill(soleParent, -1);
        for (Trace.Edge e : trace.edges()) {   // grouped by parent, children in order
            kids[e.parent()][filled[e.parent()]++] = e.child();
            if (parents[e.child()]++ == 0) soleParent[e.child()] = e.parent();
            else soleParent[e.child()] = -1;
        }
    }

    public static Adjacency of(Trace trace) {
        return new Adjacency(trace);
    }

    public Object node(int i) { return trace.nodes().get(i); }

    public int root() { return size - 1; }

    public boolean leaf(int i) { return kids[i].length == 0; }

    /** The node made by op, with op nodes drawn: a value that has an op, as against a leaf. */
    public boolean hasOp(int i) { return !op[i].isEmpty(); }
}
