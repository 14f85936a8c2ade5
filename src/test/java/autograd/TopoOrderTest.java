package autograd;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The iterative walk gives exactly micrograd's recursive build_topo order, shared nodes and wide custom ops included. */
class TopoOrderTest {
    /** micrograd's build_topo, recursive, over children in operand order. */
    static void buildTopo(Value v, Map<Value, Boolean> visited, List<Value> topo) {
        if (visited.put(v, true) != null) return;
        for (Value child : v.children()) buildTopo(child, visited, topo);
        topo.add(v);
    }

    @Test
    void sameOrderAsRecursiveBuildTopoOnRandomGraphs() {
        for (long seed = 0; seed < 300; seed++) {
            Value root = FiniteDifferenceTest.build(seed, new double[] {0.3, -0.7, 0.9}, new ArrayList<>());
            Value wide = Value.node(0, "sum3", out -> {}, root, root.children().get(0), new Value(1));
            for (Value r : List.of(root, wide, wide.add(root))) {
                List<Value> expected = new ArrayList<>();
                buildTopo(r, new IdentityHashMap<>(), expected);
                assertEquals(expected, Graph.topo(r), "graph " + seed);
            }
        }
    }
}
