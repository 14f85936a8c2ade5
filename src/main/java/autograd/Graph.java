package autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lecture's build_topo, without recursion, so a 2,000,000-node chain fits on the default stack. It visits
 * children in operand order and puts each value after all of its children, exactly as the recursive version does,
 * so backward adds up the gradients in micrograd's order, to the last bit.
 */
public final class Graph {
    private Graph() {}

    // each walk takes fresh marks: none needs clearing
    private static final AtomicInteger EPOCH = new AtomicInteger();
    // the marks of the graphs whose backward is under way
    private static volatile int[] running = {};
    // null: no one watches, and backward checks nothing
    private static volatile Watcher watcher;

    /**
     * Told, on the thread that runs it, of a backward that starts while leaves of its graph still hold grads: an
     * earlier backward's, which this one adds to (the lecture's trap). The engine itself says nothing, as
     * micrograd's; a session tells its student.
     */
    public interface Watcher {
        void pilingUp(Value root, Value leaf);

        /** Whether it would say anything now: if not, backward does not look for a leaf's grad at all. */
        default boolean watching() { return true; }
    }

    /** Who is told of grads piling up; null for no one. */
    public static void watch(Watcher w) { watcher = w; }

    /** Before root's backward over topo: tells the watcher, if there is one, of a leaf that still holds a grad. */
    static void starting(Value root, List<Value> topo) {
        Watcher w = watcher;
        if (w == null || !w.watching()) return;
        for (Value v : topo) {
            if (v._prev.length == 0 && v.grad != 0) {
                w.pilingUp(root, v);
                return;
            }
        }
    }

    /** Every value reachable from root, each after its children (micrograd's build_topo order). */
    public static List<Value> topo(Value root) {
        return new ArrayList<>(buildTopo(root));
    }

    /**
     * build_topo as an array. A value is marked {@code visiting} when its children go on the stack and {@code done}
     * when it joins topo; children go on last-first, so the first child is walked first and the order is exactly
     * the recursive build_topo's. No place is kept in each child list: a child array is pushed whole, which is
     * what keeps the walk cheap against the ops themselves.
     */
    static List<Value> buildTopo(Value root) {
        Value.operand(root, "topo");
        int visiting = marks(), done = visiting + 1;
        int[] busy = running;                          // one read: the backwards under way now
        if (busy.length == 0) busy = null;
        Value[] topo = new Value[256];
        int count = 0;
        Value[] stack = new Value[64];
        int top = 0;
        stack[0] = root;
        while (top >= 0) {
            Value v = stack[top];
            if (v.mark == done) {                      // reached again through another parent: already in topo
                top--;
            // every child is in topo (a leaf has none): so is v
            } else if (v.mark == visiting || v._prev.length == 0) {
                if (busy != null && v._prev.length == 0) refuseIfRunning(v, busy);
                v.mark = done;
                top--;
                if (count == topo.length) topo = Arrays.copyOf(topo, 2 * count);
                topo[count++] = v;
            } else {
                if (busy != null) refuseIfRunning(v, busy);
                v.mark = visiting;
                Value[] children = v._prev;
                if (top + children.length >= stack.length) stack = Arrays.copyOf(stack,
                        2 * (top + children.length + 1));
                for (int i = children.length - 1; i >= 0; i--) if (children[i].mark != done) stack[++top] = children[i];
            }
        }
        return Arrays.asList(topo).subList(0, count);     // a view, not a trimmed copy: backward walks it once
    }

    /** Two fresh marks, never 0 (a new value's mark); after 2^31 of them they start again from 1. */
    private static int marks() {
        int first = EPOCH.getAndUpdate(e -> e <= 0 || e > Integer.MAX_VALUE - 4 ? 3 : e + 2);
        return first <= 0 || first > Integer.MAX_VALUE - 4 ? 1 : first;
    }

    /** A backward under way: while it runs, a walk that reaches its graph is refused (see {@link #running}). */
    static final class Running implements AutoCloseable {
        private final int mark;

        private Running(int mark) { this.mark = mark; }

        @Override public void close() {
            synchronized (Graph.class) {
                int[] now = running;
                for (int i = 0; i < now.length; i++) {
                    if (now[i] != mark) continue;
                    int[] fewer = new int[now.length - 1];
                    System.arraycopy(now, 0, fewer, 0, i);
                    System.arraycopy(now, i + 1, fewer, i, now.length - i - 1);
                    running = fewer;
                    break;
                }
            }
        }
    }

    /**
     * Marks topo's graph as being backpropagated until the result is closed. A local backward only adds to its
     * children's grads; one that walked the graph (topo, zeroGrad, backward) would zero or double them, or recurse
     * forever, so the walk is refused in one sentence, whichever thread built the graph.
     */
    static Running running(List<Value> topo) {
        int mark = topo.get(topo.size() - 1).mark;    // every value of a fresh build_topo carries its done mark
        synchronized (Graph.class) {
            int[] more = Arrays.copyOf(running, running.length + 1);
            more[running.length] = mark;
            running = more;
        }
        return new Running(mark);
    }

    private static void refuseIfRunning(Value v, int[] busy) {
        for (int mark : busy)
            if (v.mark == mark)
                throw new AutogradException("A local backward can only add to its children's grads: topo, zeroGrad"
                        + " and backward cannot run inside one.");
    }
}
