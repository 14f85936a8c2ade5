package autograd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Graph.topo fills an array now (backward walks it directly); the order must stay micrograd's build_topo order. */
class GraphOrderArrayTest {

    @Test
    void aTimesBPlusAIsInBuildTopoOrder() {
        Value a = new Value(2.0, "a"), b = new Value(-3.0, "b");
        Value ab = a.mul(b);
        Value root = ab.add(a);
        List<Value> topo = Graph.topo(root);
        assertEquals(List.of(a, b, ab, root), topo);
        topo.add(a);                                     // still a mutable list, as before
        root.backward();
        assertEquals(-2.0, a.grad);                      // b + 1: a is used twice, so its grads accumulate
        assertEquals(2.0, b.grad);
    }

    @Test
    void aTwoMillionNodeChainBackpropagates() {
        Value x = new Value(1.0);
        Value y = x;
        for (int i = 0; i < 2_000_000; i++) y = y.add(0.5);
        y.backward();
        assertEquals(1_000_001.0, y.data);
        assertEquals(1.0, x.grad);
        assertEquals(4_000_001, Graph.topo(y).size());   // each add has a leaf for its 0.5
    }
}
