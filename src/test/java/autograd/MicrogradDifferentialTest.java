package autograd;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * backward() against micrograd's own algorithm, to the bit: a plain transcription of micrograd's engine.py (a
 * HashSet of visited values, recursive build_topo over the children in operand order, then each _backward in
 * reverse) builds the same random graphs beside ours. The ops are those whose results IEEE 754 fixes to the bit
 * (+, -, *, neg, ReLU, squares), so any difference is the order in which gradients are added up.
 */
class MicrogradDifferentialTest {

    /** micrograd's Value, transcribed: what ours must agree with. */
    static final class Mg {
        double data, grad;
        final List<Mg> _prev;
        Runnable _backward = () -> {};

        Mg(double data, Mg... children) { this.data = data; this._prev = List.of(children); }

        Mg add(Mg other) {
            Mg out = new Mg(data + other.data, this, other);
            out._backward = () -> { this.grad += out.grad; other.grad += out.grad; };
            return out;
        }

        Mg mul(Mg other) {
            Mg out = new Mg(data * other.data, this, other);
            out._backward = () -> { this.grad += other.data * out.grad; other.grad += this.data * out.grad; };
            return out;
        }

        Mg pow(double k) {
            Mg out = new Mg(Math.pow(data, k), this);
            out._backward = () -> this.grad += (k * Math.pow(data, k - 1)) * out.grad;
            return out;
        }

        Mg relu() {
            Mg out = new Mg(data < 0 ? 0 : data, this);
            out._backward = () -> this.grad += (out.data > 0 ? 1 : 0) * out.grad;
            return out;
        }

        Mg neg() { return mul(new Mg(-1)); }

        Mg sub(Mg other) { return add(other.neg()); }

        void backward() {
            List<Mg> topo = new ArrayList<>();
            buildTopo(this, new HashSet<>(), topo);
            grad = 1.0;
            for (int i = topo.size() - 1; i >= 0; i--) topo.get(i)._backward.run();
        }

        static void buildTopo(Mg v, Set<Mg> visited, List<Mg> topo) {
            if (visited.add(v)) {
                for (Mg child : v._prev) buildTopo(child, visited, topo);
                topo.add(v);
            }
        }
    }

    /** One graph built twice, ours and micrograd's, node for node. */
    record Twin(List<Value> ours, List<Mg> theirs) {
        void add(Value v, Mg m) { ours.add(v); theirs.add(m); }

        Value root() { return ours.get(ours.size() - 1); }

        Mg mgRoot() { return theirs.get(theirs.size() - 1); }
    }

    static Twin leaves(Random r) {
        Twin t = new Twin(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            double x = r.nextDouble() * 4 - 2;
            t.add(new Value(x), new Mg(x));
        }
        return t;
    }

    /** Grows both graphs by {@code steps} random ops over random earlier nodes, so many nodes are shared. */
    static void grow(Random r, Twin t, int steps) {
        for (int s = 0; s < steps; s++) {
            int i = r.nextInt(t.ours.size()), j = r.nextInt(t.ours.size());
            Value p = t.ours.get(i), q = t.ours.get(j);
            Mg mp = t.theirs.get(i), mq = t.theirs.get(j);
            switch (r.nextInt(6)) {
                case 0 -> t.add(p.add(q), mp.add(mq));
                case 1 -> t.add(p.mul(q), mp.mul(mq));
                case 2 -> t.add(p.sub(q), mp.sub(mq));
                case 3 -> t.add(p.neg(), mp.neg());
                case 4 -> t.add(p.relu(), mp.relu());
                default -> t.add(p.pow(2), mp.pow(2));
            }
        }
    }

    static void assertSameBits(Twin t, String what) {
        t.root().backward();
        t.mgRoot().backward();
        for (int k = 0; k < t.ours.size(); k++)
            assertEquals(Double.doubleToLongBits(t.theirs.get(k).grad), Double.doubleToLongBits(t.ours.get(k).grad),
                    what + ": node " + k + " of " + t.ours.size() + " (" + t.ours.get(k).op() + ")");
    }

    @Test
    void fourHundredRandomGraphsGiveMicrogradsBits() {
        Random r = new Random(7);
        for (int g = 0; g < 400; g++) {
            Twin t = leaves(r);
            grow(r, t, 5 + r.nextInt(40));
            assertSameBits(t, "graph " + g);
        }
    }

    @Test
    void theSameBitsWhicheverThreadBuiltWhichPart() throws Exception {
        Random r = new Random(8);
        for (int g = 0; g < 100; g++) {
            Twin t = leaves(r);
            CompletableFuture.runAsync(() -> grow(r, t, 15)).get();          // an earlier JShell snippet: its own thread
            grow(r, t, 15);                                                    // this one
            Value root = t.root();
            CompletableFuture.runAsync(root::backward).get();                 // backpropagated on a third thread
            t.mgRoot().backward();
            for (int k = 0; k < t.ours.size(); k++)
                assertEquals(Double.doubleToLongBits(t.theirs.get(k).grad), Double.doubleToLongBits(t.ours.get(k).grad), "graph " + g);
        }
    }

    @Test
    void aLocalBackwardThatWalksTheGraphIsRefusedOnAnyThread() throws Exception {
        String sentence = "A local backward can only add to its children's grads: topo, zeroGrad and backward cannot run inside one.";
        Value x = new Value(0.5, "x");
        Value h = x.tanh();
        Value a = h.mul(3);
        Value peek = Value.node(2 * h.data, "peek", out -> { a.zeroGrad(); h.grad += 2 * out.grad; }, h);
        Value root = a.add(peek);
        assertEquals(sentence, assertThrows(AutogradException.class, root::backward).getMessage());
        Value again = Value.node(x.data, "again", out -> out.backward(), x);         // would recurse forever
        Value made = CompletableFuture.supplyAsync(() -> again.mul(1)).get();          // built on another thread
        assertEquals(sentence, assertThrows(AutogradException.class, made::backward).getMessage());
        Value fine = a.add(Value.node(h.data, "fine", out -> h.grad += out.grad, h));
        fine.zeroGrad();                                                              // a refusal leaves nothing behind
        fine.backward();
        assertEquals(3 * (1 - h.data * h.data) + (1 - h.data * h.data), x.grad, 1e-15);
    }

    @Test
    void aLocalBackwardMayBackpropagateAGraphOfItsOwn() {
        Value x = new Value(2.0, "x");
        double[] inner = new double[1];
        Value y = Value.node(x.data * x.data, "square", out -> {
            Value u = new Value(x.data), sq = u.mul(u);                          // nothing of the outer graph
            sq.backward();
            inner[0] = u.grad;
            x.grad += u.grad * out.grad;
        }, x);
        y.mul(3).backward();
        assertEquals(4.0, inner[0]);
        assertEquals(12.0, x.grad);
    }

    @Test
    void aForwardOnlyGraphIsNotKeptAlive() throws InterruptedException {
        WeakReference<Value> dropped = new WeakReference<>(chain(100_000));
        for (int i = 0; i < 50 && dropped.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(dropped.get(), "nothing in the engine should hold on to a graph nobody uses");
    }

    static Value chain(int n) {
        Value y = new Value(1.0);
        for (int i = 0; i < n; i++) y = y.mul(1.0);
        return y;
    }
}
