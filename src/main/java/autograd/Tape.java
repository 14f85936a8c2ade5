package autograd;

import java.util.Arrays;

/**
 * The op nodes in the order they were made. A node is always made after its children, so read from its newest
 * end the tape is already a reverse topological order: {@link #backward} runs each reached node's local backward
 * as it comes to it, with no sort of the graph first. (Sorting first, as micrograd does, cost most of a training
 * step: a walk that chases pointers through every node.)
 *
 * <p>A tape belongs to one thread and holds the op nodes it made since its last backward, at most {@link #CAP}.
 * Nodes the tape does not hold — made before that, or on another thread (each JShell snippet runs on its own) —
 * are older than every node it holds, so none of them is a parent of a node on it: backward finishes them last,
 * in micrograd's order.
 */
final class Tape {
    static final int CAP = 1 << 18;                     // nodes a tape holds at most: bounds what it keeps alive
    private static final int CHUNK = 4096;

    private static Tape current = new Tape(null);       // the tape of the thread that made the last node

    private final Thread owner;
    private Value[][] chunks = new Value[4][];          // the full chunks, oldest first
    private int full;
    private Value[] chunk;                              // the chunk being filled (null before the first node)
    private int used = CHUNK;                           // nodes in it

    private Tape(Thread owner) { this.owner = owner; }

    /** Puts a newly made op node on the tape of the thread that made it. */
    static void record(Value node) {
        Tape t = current;
        if (t.owner != Thread.currentThread() || t.used == CHUNK) t = roomFor();
        t.chunk[t.used++] = node;
    }

    private static Tape roomFor() {
        Tape t = current;
        if (t.owner != Thread.currentThread() || t.full * CHUNK + t.used >= CAP) current = t = new Tape(Thread.currentThread());
        if (t.chunk != null) {
            if (t.full == t.chunks.length) t.chunks = Arrays.copyOf(t.chunks, 2 * t.full);
            t.chunks[t.full++] = t.chunk;
        }
        t.chunk = new Value[CHUNK];
        t.used = 0;
        return t;
    }

    /**
     * micrograd's backward: root.grad = 1, then each reachable node's local backward once all its parents' have
     * run. Marks say which nodes a parent has reached; a node is reached only from newer ones, so when the walk
     * down the tape comes to a reached node, every parent it has on the tape has run.
     */
    static void backward(Value root) {
        Value.operand(root, "backward");
        root.grad = 1.0;
        if (root.op == null) return;
        int reached = Graph.marks(2), done = reached + 1;
        root.mark = reached;
        Tape t = current;
        if (t.owner == Thread.currentThread()) {
            int waiting = t.run(reached, done);
            current = new Tape(Thread.currentThread());    // a fresh tape keeps no finished graph alive
            if (waiting == 0) return;
        }
        finishOffTape(root, reached, done);
    }

    /** Walks the tape from its newest node, running the reached ones; returns how many reached nodes it lacked. */
    private int run(int reached, int done) {
        int waiting = 1;                                   // reached nodes whose local backward has not run yet
        Value[] newest = chunk;
        int fullChunks = full, usedInNewest = used;        // a local backward may make nodes: they go above these
        for (int c = newest == null ? -1 : fullChunks; c >= 0; c--) {
            Value[] nodes = c == fullChunks ? newest : chunks[c];
            for (int i = (c == fullChunks ? usedInNewest : CHUNK) - 1; i >= 0; i--) {
                Value node = nodes[i];
                if (node.mark != reached) continue;
                node.mark = done;
                node.runLocalBackward();
                if (node.a != null) {
                    waiting += reach(node.a, reached) + (node.b == null ? 0 : reach(node.b, reached));
                } else {
                    for (Value child : node.manyChildren()) waiting += reach(child, reached);
                }
                if (--waiting == 0) return 0;
            }
        }
        return waiting;
    }

    /** Marks an op node as reached; 1 if it was not already. A leaf has no local backward to run. */
    private static int reach(Value child, int reached) {
        if (child.op == null || child.mark == reached) return 0;
        child.mark = reached;
        return 1;
    }

    /**
     * The reached nodes the tape did not hold, and everything below them, have not run yet; nothing below them
     * has run either (it is older still). Gather them from below the nodes that did run, and run them in reverse
     * build_topo order.
     */
    private static void finishOffTape(Value root, int reached, int done) {
        Value[] frontier = {root};
        int n = 1;
        if (root.mark != reached) {                        // root ran from the tape: look below what ran
            n = 0;
            int seen = Graph.marks(1);
            Value[] stack = {root, null};
            int top = 0;
            root.mark = seen;
            while (top >= 0) {
                Value node = stack[top--];
                Value[] children = node.a == null ? node.manyChildren() : new Value[] {node.a, node.b};
                for (Value child : children) {
                    if (child == null || (child.mark != done && child.mark != reached)) continue;
                    if (child.mark == done) {
                        if (top + 1 == stack.length) stack = Arrays.copyOf(stack, 2 * stack.length);
                        stack[++top] = child;
                    } else {
                        if (n == frontier.length) frontier = Arrays.copyOf(frontier, 2 * n);
                        frontier[n++] = child;
                    }
                    child.mark = seen;
                }
            }
        }
        Value[] order = Graph.order(frontier, n);
        for (int i = order.length - 1; i >= 0; i--) order[i].localBackward();
    }
}
