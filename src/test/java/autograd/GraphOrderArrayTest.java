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
}
