package autograd.fold;

import autograd.Op;
import autograd.trace.Adjacency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The additions of a graph, gathered into chains: Python's {@code sum(terms, start)}, a neuron's
 * {@code w·x + b}, a loop of {@code v = v.add(1)} are each one chain of {@code +} nodes, whose inner sums are used
 * by the next addition alone. A chain is the sum of its terms, in the order they were added.
 */
final class SumChains {
    private SumChains() {}

    /**
     * One chain: the last addition (its value is the sum), the terms in order, and the inner additions below the top.
     */
    record Chain(int top, int[] terms, int[] inner) {}

    /** Every chain of the graph, ordered by its top, children before parents. */
    static List<Chain> of(Adjacency g) {
        List<Chain> chains = new ArrayList<>();
        for (int i = 0; i < g.size; i++) if (plus(g, i) && !inner(g, i)) chains.add(chain(g, i));
        return chains;
    }

    static boolean plus(Adjacency g, int i) {
        return g.op[i].equals(Op.ADD.symbol);
    }

    /** An addition used once, by another addition: part of that one's chain. */
    static boolean inner(Adjacency g, int i) {
        return plus(g, i) && g.parents[i] == 1 && plus(g, g.soleParent[i]);
    }

    private static Chain chain(Adjacency g, int top) {
        List<Integer> terms = new ArrayList<>(), inner = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(top);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (t != top && !inner(g, t)) {
                terms.add(t);
                continue;
            }
            if (t != top) inner.add(t);
            for (int k = g.kids[t].length - 1; k >= 0; k--) todo.push(g.kids[t][k]);   // popped left to right
        }
        return new Chain(top, ints(terms), ints(inner));
    }

    static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = list.get(i);
        return out;
    }
}
