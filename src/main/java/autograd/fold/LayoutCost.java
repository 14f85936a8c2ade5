package autograd.fold;

import autograd.trace.Adjacency;

/**
 * How much work Graphviz's {@code dot} layout would have with a graph, estimated before asking it: its boxes (a
 * value and its op node each count one), its edges, and the bends of its long edges. An edge that spans k ranks
 * becomes a chain of k-1 hidden nodes inside dot, and edge crossings are minimised over all of them: the moons
 * loss's regulariser joins every parameter to a sum far away, and 1,666 values become 100,000 hidden nodes and five
 * minutes. The ranks are estimated as dot makes them: a value right after its deepest child, then pulled as close to
 * its parents as it can go.
 *
 * <p>{@link #fits()} is the line between drawn in full and drawn folded. It is set where dot lays a graph out in about
 * half a second on a laptop core with viz.js, leaving room on a busy machine for the 2 s drawDot promises: the
 * lecture's MLP over its four examples (362 values, 666 boxes, 828 bends) is well inside, the moons network's output
 * for one point (979 values) is outside.
 */
public record LayoutCost(int boxes, int edges, long bends) {
    static final int MAX_BOXES = 1_000;
    static final long MAX_BENDS = 2_500;
    static final int MAX_EDGES = 1_500;

    /** Whether dot lays it out in well under two seconds. */
    public boolean fits() {
        return boxes <= MAX_BOXES && bends <= MAX_BENDS && edges <= MAX_EDGES;
    }

    /** The cost of drawing the whole graph as the lecture does, a value box and an op node per value. */
    public static LayoutCost of(Adjacency g) {
        boolean[] hasOp = new boolean[g.size];
        for (int i = 0; i < g.size; i++) hasOp[i] = g.hasOp(i);
        return of(g.kids, hasOp);
    }

    /**
     * The cost of a graph of boxes, each with its children (of lower index: children come first) and, when hasOp,
     * an op node between them and it.
     */
    static LayoutCost of(int[][] kids, boolean[] hasOp) {
        int n = kids.length;
        int[] rank = new int[n];                     // the box's rank; its op node is one before it
        for (int i = 0; i < n; i++)
            for (int c : kids[i]) rank[i] = Math.max(rank[i], rank[c] + step(hasOp[i]));
        int[] pull = new int[n];                     // how close to its parents a box may move
        java.util.Arrays.fill(pull, Integer.MAX_VALUE);
        for (int i = n - 1; i >= 0; i--) {           // parents come after children: walk down from the root
            if (pull[i] != Integer.MAX_VALUE) rank[i] = Math.max(rank[i], pull[i]);
            for (int c : kids[i]) pull[c] = Math.min(pull[c], rank[i] - step(hasOp[i]));
        }
        int boxes = n, edges = 0;
        long bends = 0;
        for (int i = 0; i < n; i++) {
            if (hasOp[i]) {
                boxes++;
                edges++;
            }
            int head = rank[i] - (hasOp[i] ? 1 : 0);
            for (int c : kids[i]) {
                edges++;
                bends += Math.max(0, head - rank[c] - 1);
            }
        }
        return new LayoutCost(boxes, edges, bends);
    }

    private static int step(boolean hasOp) {
        return hasOp ? 2 : 1;                            // child, op node, box; or child, box
    }
}
