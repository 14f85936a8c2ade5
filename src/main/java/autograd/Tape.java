package autograd;

import java.util.Arrays;

/**
 * The op nodes in the order they were made: backward's shortcut. A node is always made after its children, so
 * read from its newest end the tape is a reverse topological order already, and {@link #run} can run each
 * reached node's local backward as it comes to it instead of sorting the graph first (the sort chases pointers
 * through every node, and was most of a training step).
 *
 * <p>There is one current tape, the one of the thread that made the last op node; a node made on another thread
 * starts a new one. So a tape always holds the newest nodes made, and a node it does not hold (made before it
 * started: by an earlier JShell snippet, each of which runs on its own thread, or before the last backward, or
 * more than {@link #CAP} nodes ago) is older than every node it does hold: never a parent of one. The tape keeps
 * its nodes, and what they were made from, alive until the next backward, {@link #release()} or a new tape.
 */
public final class Tape {
    static final int CAP = 1 << 18;                     // op nodes on one tape at most
    private static final int CHUNK = 4096;
    private static final Value[] NONE = {};

    private static Tape current = new Tape(null);
    private static Thread walking;                      // the thread inside run's walk, if any

    private final Thread owner;
    private Value[][] chunks = new Value[4][];          // the full chunks, oldest first
    private int full;
    private Value[] chunk;                              // the chunk being filled (null before the first node)
    private int used = CHUNK;                           // nodes in it

    private Tape(Thread owner) { this.owner = owner; }

    /** Lets go of the current tape's nodes; the JShell session calls this after each snippet, whose thread ends. */
    public static void release() { current = new Tape(null); }

    /** Puts a newly made op node on the tape. */
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
     * Runs the local backward of every node under root that the tape holds, each once all its parents' have
     * run, and returns the reached nodes it does not hold: what is below them is still to run. Marks say which
     * nodes a parent has reached; a node is reached only from newer ones, so when the walk down the tape comes
     * to a reached node, every parent it has on the tape has run.
     */
    static Value[] run(Value root) {
        refuseWhileWalking();
        if (root.op == null) return NONE;
        int reached = Graph.marks(2), done = reached + 1;
        root.mark = reached;
        Tape t = current;
        current = new Tape(Thread.currentThread());        // the next graph starts a fresh tape
        if (t.owner != Thread.currentThread()) return new Value[] {root};
        walking = t.owner;
        try {
            if (t.walk(reached, done) == 0) return NONE;
        } finally {
            walking = null;
        }
        return root.mark == reached ? new Value[] {root} : below(root, reached, done);   // root not on the tape: all is left
    }

    /** Walks the tape from its newest node, running the reached ones; returns how many reached nodes it lacked. */
    private int walk(int reached, int done) {
        int waiting = 1;                                   // reached nodes whose local backward has not run yet
        for (int c = chunk == null ? -1 : full; c >= 0; c--) {
            Value[] nodes = c == full ? chunk : chunks[c];
            for (int i = (c == full ? used : CHUNK) - 1; i >= 0; i--) {
                Value node = nodes[i];
                if (node.mark != reached) continue;
                node.mark = done;
                runLocalBackward(node);
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

    /** node's local backward; the ops networks are made of are called through their constants, so the JIT inlines them. */
    private static void runLocalBackward(Value node) {
        Op op = node.op;
        if (op == Value.MUL) Value.MUL.localBackward().apply(node);
        else if (op == Value.ADD) Value.ADD.localBackward().apply(node);
        else if (op == Value.RELU) Value.RELU.localBackward().apply(node);
        else if (op == Value.TANH) Value.TANH.localBackward().apply(node);
        else op.localBackward().apply(node);
    }

    /** Marks an op node as reached; 1 if it was not already. A leaf has no local backward to run. */
    private static int reach(Value child, int reached) {
        if (child.op == null || child.mark == reached) return 0;
        child.mark = reached;
        return 1;
    }

    /** The reached nodes the walk did not find on the tape, gathered from below the nodes that ran. */
    private static Value[] below(Value root, int reached, int done) {
        int seen = Graph.marks(1);
        Value[] found = new Value[16];
        int n = 0;
        Value[] stack = {root, null};
        int top = 0;
        root.mark = seen;
        while (top >= 0) {
            Value node = stack[top--];
            for (Value child : node.children()) {
                if (child.op == null || (child.mark != done && child.mark != reached)) continue;
                if (child.mark == done) {
                    if (top + 1 == stack.length) stack = Arrays.copyOf(stack, 2 * stack.length);
                    stack[++top] = child;
                } else {
                    if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                    found[n++] = child;
                }
                child.mark = seen;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** A walk of the graph in the middle of run's would overwrite the marks it goes by. */
    static void refuseWhileWalking() {
        if (walking == Thread.currentThread())
            throw new AutogradException("A local backward can only add to its children's grads: topo, zeroGrad and backward cannot run inside one.");
    }
}
