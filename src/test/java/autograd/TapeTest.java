package autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * backward() reads the tape (op nodes in the order they were made) and finishes off the tape what it does not
 * hold. Whatever way a graph was made, every gradient must equal micrograd's: build_topo, then each local
 * backward in reverse.
 */
class TapeTest {

    /** micrograd's backward, written out: the reference every case is held to. */
    static void microgradBackward(Value root) {
        List<Value> topo = Graph.topo(root);
        root.grad = 1.0;
        for (int i = topo.size() - 1; i >= 0; i--) topo.get(i).localBackward();
    }

    /**
     * Runs backward(), then micrograd's backward on the same nodes, and compares every node's grad. Not to the
     * last bit: a node's contributions from several parents may be added in another order (0.6 against
     * micrograd's 0.6000000000000001).
     */
    static void assertLikeMicrograd(Value root) {
        root.zeroGrad();             // a graph may hold nodes an earlier backward left grads on
        root.backward();
        List<Value> nodes = Graph.topo(root);
        double[] ours = new double[nodes.size()];
        for (int i = 0; i < ours.length; i++) ours[i] = nodes.get(i).grad;
        root.zeroGrad();
        microgradBackward(root);
        for (int i = 0; i < ours.length; i++) {
            double want = nodes.get(i).grad;
            assertEquals(want, ours[i], 1e-12 * Math.max(1, Math.abs(want)), "node " + i + " of " + ours.length + " (" + nodes.get(i).op() + ")");
        }
    }

    /** A random graph over the given values, with shared nodes and every kind of op, grown by {@code steps} ops. */
    static Value grow(Random r, List<Value> pool, int steps) {
        for (int i = 0; i < steps; i++) {
            Value p = pool.get(r.nextInt(pool.size())), q = pool.get(r.nextInt(pool.size()));
            Value out = switch (r.nextInt(8)) {
                case 0 -> p.add(q);
                case 1 -> p.mul(q);
                case 2 -> p.sub(q);
                case 3 -> p.tanh();
                case 4 -> p.mul(0.5).exp();
                case 5 -> Value.node(p.data + q.data + 1, "sum3", o -> { p.grad += o.grad; q.grad += o.grad; }, p, q, new Value(1));
                case 6 -> p.relu();
                default -> Value.mul(2, p);
            };
            pool.add(out);
        }
        Value root = pool.get(pool.size() - 1);
        for (int i = 0; i < 3; i++) root = root.add(pool.get(r.nextInt(pool.size())));
        return root;
    }

    static List<Value> leaves(Random r) {
        List<Value> pool = new ArrayList<>();
        for (int i = 0; i < 3; i++) pool.add(new Value(r.nextDouble() * 2 - 1));
        return pool;
    }

    @Test
    void aGraphMadeHereRunsFromTheTape() {
        Random r = new Random(1);
        for (int g = 0; g < 200; g++) assertLikeMicrograd(grow(r, leaves(r), 30));
    }

    @Test
    void aGraphMadeOnAnotherThreadAsJShellSnippetsDo() throws Exception {
        Random r = new Random(2);
        for (int g = 0; g < 50; g++) {
            List<Value> pool = leaves(r);
            CompletableFuture.runAsync(() -> grow(r, pool, 20)).get();   // an earlier snippet, its own thread
            assertLikeMicrograd(grow(r, pool, 20));                        // this snippet: half on the tape
        }
    }

    @Test
    void aGraphMadeWhollyOnAnotherThread() throws Exception {
        Random r = new Random(3);
        for (int g = 0; g < 50; g++) {
            Value root = CompletableFuture.supplyAsync(() -> grow(r, leaves(r), 30)).get();
            assertLikeMicrograd(root);
        }
    }

    @Test
    void aGraphMadeAcrossAnotherBackward() {
        Random r = new Random(4);
        for (int g = 0; g < 50; g++) {
            List<Value> pool = leaves(r);
            grow(r, pool, 20).backward();                                // starts a fresh tape
            assertLikeMicrograd(grow(r, pool, 20));
        }
    }

    @Test
    void aGraphLongerThanOneTape() {
        Value x = new Value(0.5, "x");
        Value y = x;
        for (int i = 0; i < Tape.CAP + 5000; i++) y = y.mul(0.9999).add(x.mul(1e-6));
        y.backward();
        double ours = x.grad;
        x.grad = 0;
        y.zeroGrad();
        microgradBackward(y);
        assertEquals(x.grad, ours, 1e-12 * Math.abs(x.grad));
        assertTrue(ours > 0);
    }

    @Test
    void nodesMadeAfterTheRootAreNotRun() {
        Value x = new Value(0.0, "x"), w = new Value(3.0, "w");
        Value root = x.mul(w);
        Value later = x.log();      // newer on the tape, not in root's graph; its local backward would give x NaN
        later.grad = 1.0;
        root.backward();
        assertEquals(3.0, x.grad);
        assertEquals(0.0, w.grad);
    }

    @Test
    void aLocalBackwardThatThrowsSpoilsNoLaterBackward() {
        Value x = new Value(2.0, "x");
        boolean[] fail = {true};
        Value odd = Value.node(x.data, "odd", o -> {
            if (fail[0]) throw new IllegalStateException("boom");
            x.grad += o.grad;
        }, x);
        Value root = odd.mul(x).add(x.tanh());
        assertThrows(IllegalStateException.class, root::backward);
        fail[0] = false;
        assertLikeMicrograd(root);
    }

    @Test
    void backwardTwiceStillAccumulatesFromAnyTape() {
        Value a = new Value(-2.0, "a"), b = new Value(3.0, "b");
        Value f = a.mul(b).mul(a.add(b));
        f.backward();                // from the tape
        f.backward();                // the tape is fresh now: finished off the tape
        assertEquals(-9.0, a.grad);  // micrograd's numbers: the inner nodes kept their grads, so they count twice
        assertEquals(-24.0, b.grad);
    }

    @Test
    void aLocalBackwardCannotWalkTheGraph() {
        Value x = new Value(0.5, "x");
        Value h = x.tanh();
        Value a = h.mul(3);
        Value peek = Value.node(2 * h.data, "peek", out -> { Graph.topo(a); h.grad += 2 * out.grad; }, h);
        AutogradException e = assertThrows(AutogradException.class, () -> a.add(peek).backward());
        assertEquals("A local backward can only add to its children's grads: topo, zeroGrad and backward cannot run inside one.", e.getMessage());
    }

    @Test
    void aBackwardLetsGoOfTheGraphItsTapeHeld() throws InterruptedException {
        WeakReference<Value> dropped = new WeakReference<>(chain(1000));
        new Value(1).mul(2).backward();               // another graph's backward: a fresh tape
        assertCollected(dropped);
    }

    @Test
    void releaseLetsGoOfTheTape() throws InterruptedException {
        WeakReference<Value> dropped = new WeakReference<>(chain(1000));
        Tape.release();                               // what the JShell session does after each snippet
        assertCollected(dropped);
    }

    @Test
    void aLoopWithNoBackwardKeepsOnlyTheNewestNodes() throws InterruptedException {
        WeakReference<Value> first = new WeakReference<>(chain(1000));
        for (int i = 0; i < Tape.CAP / 1000 + 2; i++) chain(1000);   // more than a tape holds, each graph dropped
        assertCollected(first);
    }

    /** A dropped graph of n op nodes; the caller keeps only a weak reference. */
    static Value chain(int n) {
        Value y = new Value(1.0);
        for (int i = 0; i < n; i++) y = y.mul(1.0);
        return y;
    }

    static void assertCollected(WeakReference<Value> ref) throws InterruptedException {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ref.get(), "the graph is still kept alive");
    }
}
