package autograd.fold;

import autograd.trace.Adjacency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A graph too big to lay out quickly, folded into a picture that is: each neuron one box ({@link Neurons}), each
 * long sum one box ({@link SumChains}), and the part nearest the root, breadth first, up to a budget of boxes. Where
 * it stops, a marker says how many values are behind it: {@code … 97 more terms (4,120 values)}. A sum shows its
 * first three terms (the loss over 100 examples: the first ones, the rest behind a marker), a neuron up to 16 inputs.
 * Every value is drawn, folded into a drawn box, or behind a marker.
 */
public final class Folded {
    public enum Kind { VALUE, NEURON, SUM }

    /** Where the picture stops below a box: the children not drawn, and how many values are behind them. */
    record Marker(int parent, int[] cut, int values) {}

    /** A sum of this many terms or more is one box; a box shows so many of its terms, inputs, children. */
    static final int LONG_SUM = 3, SUM_TERMS = 3, INPUTS = 16, CHILDREN = 16;

    /** Boxes drawn at most, before the markers: a picture dot lays out in well under a second. */
    static final int BUDGET = 120;

    public final Adjacency g;
    final Kind[] kind;
    final Map<Integer, Neurons.Neuron> neuron = new HashMap<>();          // by output
    final Map<Integer, SumChains.Chain> sum = new HashMap<>();            // by top
    final List<Integer> shown = new ArrayList<>();                        // breadth first from the root
    final boolean[] drawn;
    final List<Marker> markers = new ArrayList<>();
    // values inside the drawn neuron and sum boxes
    int foldedInto;
    public int notDrawn;                                                         // the rest: behind the markers

    private Folded(Adjacency g, List<Neurons.Neuron> neurons, List<SumChains.Chain> chains, int budget) {
        this.g = g;
        kind = new Kind[g.size];
        java.util.Arrays.fill(kind, Kind.VALUE);
        boolean[] inNeuron = new boolean[g.size];
        for (Neurons.Neuron n : neurons) {
            neuron.put(n.output(), n);
            kind[n.output()] = Kind.NEURON;
            inNeuron[n.output()] = true;
            for (int m : n.members()) inNeuron[m] = true;
        }
        for (SumChains.Chain c : chains)
            if (c.terms().length >= LONG_SUM && !inNeuron[c.top()]) {
                sum.put(c.top(), c);
                kind[c.top()] = Kind.SUM;
            }
        drawn = new boolean[g.size];
        select(budget);
        count(hiddenParameters(neurons));
    }

    /** The folded picture of the graph: the biggest, up to {@link #BUDGET} boxes, that dot lays out quickly. */
    public static Folded of(Adjacency g) {
        List<SumChains.Chain> chains = SumChains.of(g);
        List<Neurons.Neuron> neurons = Neurons.of(g, chains);
        for (int budget = BUDGET; ; budget = budget * 2 / 3) {
            Folded f = new Folded(g, neurons, chains, budget);
            if (budget < 10 || f.cost().fits()) return f;
        }
    }

    /**
     * What dot would make of the picture: its boxes in trace order (children first), each marker a leaf before them.
     */
    public LayoutCost cost() {
        List<Integer> order = new ArrayList<>(shown);
        order.sort(null);
        Map<Integer, Integer> at = new HashMap<>();
        for (int j = 0; j < order.size(); j++) at.put(order.get(j), markers.size() + j);
        int n = markers.size() + order.size();
        int[][] kids = new int[n][0];
        boolean[] hasOp = new boolean[n];
        Map<Integer, Integer> markerOf = new HashMap<>();
        for (int m = 0; m < markers.size(); m++) markerOf.put(markers.get(m).parent(), m);
        for (int u : order) {
            int me = at.get(u);
            Set<Integer> below = new LinkedHashSet<>();
            for (int k : below(u)) if (drawn[k]) below.add(at.get(k));
            if (markerOf.containsKey(u)) below.add(markerOf.get(u));
            kids[me] = SumChains.ints(new ArrayList<>(below));
            hasOp[me] = kind[u] == Kind.VALUE && g.hasOp(u);
        }
        return LayoutCost.of(kids, hasOp);
    }

    /** What a box leads to: a neuron's inputs, a sum's terms, a value's children. */
    int[] below(int i) {
        return switch (kind[i]) {
            case NEURON -> neuron.get(i).inputs();
            case SUM -> sum.get(i).terms();
            case VALUE -> g.kids[i];
        };
    }

    private int room(int i) {
        return switch (kind[i]) {
            case NEURON -> INPUTS;
            case SUM -> SUM_TERMS;
            case VALUE -> CHILDREN;
        };
    }

    private void select(int budget) {
        Deque<Integer> todo = new ArrayDeque<>();
        drawn[g.root()] = true;
        shown.add(g.root());
        todo.add(g.root());
        while (!todo.isEmpty()) {
            int u = todo.poll();
            int[] next = below(u);
            for (int j = 0; j < Math.min(room(u), next.length) && shown.size() < budget; j++) {
                int k = next[j];
                if (drawn[k]) continue;
                drawn[k] = true;
                shown.add(k);
                todo.add(k);
            }
        }
    }

    /** Which leaves are parameters and nothing else (weights and biases, not used outside their neurons): not drawn. */
    private boolean[] hiddenParameters(List<Neurons.Neuron> neurons) {
        int[] roles = new int[g.size];
        for (Neurons.Neuron n : neurons) {
            roles[n.bias()]++;
            for (int w : n.weights()) roles[w]++;
        }
        boolean[] hidden = new boolean[g.size];
        for (int i = 0; i < g.size; i++) hidden[i] = roles[i] > 0 && roles[i] == g.parents[i];
        return hidden;
    }

    /**
     * Marks what the drawn boxes stand for, then counts what each marker leaves out: the values below it that are
     * neither drawn nor folded into a drawn box. Two markers can lead to the same values (the moons network's
     * weights are below every example); each counts them.
     */
    private void count(boolean[] parameterOnly) {
        boolean[] covered = drawn.clone();
        for (int i : shown) {
            if (kind[i] == Kind.NEURON) {
                Neurons.Neuron n = neuron.get(i);
                for (int m : n.members()) foldedInto += cover(covered, m);
                foldedInto += parameterOnly[n.bias()] ? cover(covered, n.bias()) : 0;
                // else drawn, or behind a marker
                for (int w : n.weights()) foldedInto += parameterOnly[w] ? cover(covered, w) : 0;
            } else if (kind[i] == Kind.SUM) {
                for (int m : sum.get(i).inner()) foldedInto += cover(covered, m);
            }
        }
        int[] seen = new int[g.size];                  // which marker's walk last reached each node, plus one
        for (int i : shown) {
            Set<Integer> cut = new LinkedHashSet<>();
            for (int k : below(i)) if (!drawn[k]) cut.add(k);
            if (cut.isEmpty()) continue;
            int stamp = markers.size() + 1, values = 0;
            Deque<Integer> todo = new ArrayDeque<>(cut);
            while (!todo.isEmpty()) {
                int v = todo.pop();
                if (covered[v] || seen[v] == stamp) continue;
                seen[v] = stamp;
                values++;
                for (int k : g.kids[v]) todo.push(k);
            }
            markers.add(new Marker(i, SumChains.ints(new ArrayList<>(cut)), values));
        }
        int coveredCount = 0;
        for (boolean c : covered) if (c) coveredCount++;
        notDrawn = g.size - coveredCount;
    }

    private static int cover(boolean[] covered, int i) {
        if (covered[i]) return 0;
        covered[i] = true;
        return 1;
    }

    /** How many boxes of this kind are drawn. */
    public long drawnOf(Kind k) {
        return shown.stream().filter(i -> kind[i] == k).count();
    }
}
