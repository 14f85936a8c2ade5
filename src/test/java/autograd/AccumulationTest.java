package autograd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The second document: a node used more than once must collect gradient from every use. */
class AccumulationTest {
    @Test
    void aPlusAAccumulates() {
        Value a = new Value(3.0, "a");
        Value b = a.add(a); b.label = "b";
        b.backward();
        assertEquals(6.0, b.data);
        assertEquals(2.0, a.grad);     // 1 + 1, not the overwritten 1
    }

    @Test
    void sharedLeavesCollectThroughBothPaths() {
        Value a = new Value(-2.0, "a"), b = new Value(3.0, "b");
        Value d = a.mul(b); d.label = "d";
        Value e = a.add(b); e.label = "e";
        Value f = d.mul(e); f.label = "f";
        f.backward();
        assertEquals(-6.0, f.data);
        assertEquals(-3.0, a.grad);    // -6 through d, +3 through e
        assertEquals(-8.0, b.grad);    // -6 through d, -2 through e
    }

    @Test
    void backwardTwiceAccumulatesAndZeroGradResets() {
        Value a = new Value(-2.0, "a"), b = new Value(3.0, "b");
        Value f = a.mul(b).mul(a.add(b));
        f.backward();
        f.backward();                  // as micrograd: the root is re-seeded with 1, every other grad piles up,
        assertEquals(-9.0, a.grad);    // d and e too (d.grad 2, e.grad -12), so a gets -3 + (3*2 - 12)
        assertEquals(-24.0, b.grad);   // and b gets -8 + (-2*2 - 12): the lecture's "forgot to zero_grad" bug
        assertEquals(1.0, f.grad);
        f.zeroGrad();
        assertEquals(0.0, a.grad);
        assertEquals(0.0, b.grad);
        assertEquals(0.0, f.grad);
        f.backward();
        assertEquals(-3.0, a.grad);
    }

    @Test
    void aTwoMillionNodeChainNeedsNoRecursion() {
        Value x = new Value(1.0, "x");
        Value v = x;
        for (int i = 0; i < 2_000_000; i++) v = v.add(x);     // v = x + x + ... : x used 2,000,001 times
        v.backward();
        assertEquals(2_000_001.0, v.data);
        assertEquals(2_000_001.0, x.grad);
        assertEquals(2_000_001, Graph.topo(v).size());
    }
}
