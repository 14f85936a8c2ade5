package autograd.fold;

import autograd.Op;
import autograd.trace.Adjacency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The neurons of a graph, recognised by their shape, so it works for {@code autograd.nn}'s and for a neuron the
 * user wrote, on our Value or their own class: micrograd's {@code act(sum(wi*xi) + b)}, one chain of additions
 * whose terms are one leaf (the bias) and two or more products {@code w*x} of a leaf (the weight) and anything (the
 * input), under an activation ({@code tanh}, {@code relu}, {@code sigmoid}) or none (micrograd's linear output
 * neuron). One product is not enough: {@code relu(1 + -y*score)}, the max-margin loss, has that shape too.
 *
 * <p>Which leaf of {@code w*x} is the weight, when both are leaves (the first layer's inputs are leaves too): the
 * one only this neuron uses; an input is shared by the neurons of its layer, which have other biases. When that does
 * not tell, the left one, as micrograd writes {@code wi*xi}.
 *
 * @see SumChains
 */
final class Neurons {
    private Neurons() {}

    /**
     * A neuron applied once: its output value, its activation ({@code "linear"} when none), its bias, its inputs in
     * order, its weights, the nodes its box stands for besides the output (the additions and products), and its
     * place: layer 1 reads no other neuron's output, and index counts the distinct neurons of a layer from 1.
     */
    record Neuron(int output, String activation, int bias, int[] inputs, int[] weights, int[] members, int layer,
            int index) {}

    private record Candidate(int output, String activation, SumChains.Chain chain, int bias, int[] products) {}

    /** The neurons among the chains, by output, children before parents. */
    static List<Neuron> of(Adjacency g, List<SumChains.Chain> chains) {
        List<Candidate> found = new ArrayList<>();
        for (SumChains.Chain c : chains) {
            Candidate n = candidate(g, c);
            if (n != null) found.add(n);
        }
        int[] firstBias = new int[g.size];
        boolean[] shared = new boolean[g.size];   // a leaf multiplied in neurons with different biases: an input
        Arrays.fill(firstBias, -1);
        for (Candidate n : found)
            for (int p : n.products)
                for (int k : g.kids[p]) {
                    if (!g.leaf(k)) continue;
                    if (firstBias[k] == -1) firstBias[k] = n.bias;
                    else if (firstBias[k] != n.bias) shared[k] = true;
                }
        int[] depth = new int[g.size];
        Map<Integer, Candidate> byOutput = new HashMap<>();
        for (Candidate n : found) byOutput.put(n.output, n);
        Map<Integer, Map<Integer, Integer>> numbering = new HashMap<>();   // layer -> bias -> index
        List<Neuron> neurons = new ArrayList<>(found.size());
        for (int i = 0; i < g.size; i++) {
            Candidate n = byOutput.get(i);
            if (n == null) {
                for (int k : g.kids[i]) depth[i] = Math.max(depth[i], depth[k]);
                continue;
            }
            Set<Integer> inputs = new LinkedHashSet<>();
            int[] weights = new int[n.products.length];
            for (int j = 0; j < n.products.length; j++) {
                int[] wx = weightAndInput(g, g.kids[n.products[j]], shared);
                weights[j] = wx[0];
                inputs.add(wx[1]);
            }
            int layer = 1;
            for (int in : inputs) layer = Math.max(layer, depth[in] + 1);
            depth[i] = layer;
            Map<Integer, Integer> row = numbering.computeIfAbsent(layer, l -> new HashMap<>());
            int index = row.computeIfAbsent(n.bias, b -> row.size() + 1);
            neurons.add(new Neuron(i, n.activation, n.bias, SumChains.ints(new ArrayList<>(inputs)), weights,
                    members(n), layer, index));
        }
        return neurons;
    }

    private static Candidate candidate(Adjacency g, SumChains.Chain c) {
        int top = c.top(), above = g.soleParent[top];          // -1 unless it has exactly one parent
        boolean activated = above >= 0 && activation(g.op[above]) && g.kids[above].length == 1;
        int bias = -1;
        List<Integer> products = new ArrayList<>();
        for (int t : c.terms()) {
            if (g.leaf(t) && bias == -1) bias = t;
            else if (product(g, t)) products.add(t);
            else return null;
        }
        if (bias == -1 || products.size() < 2) return null;
        return new Candidate(activated ? above : top, activated ? g.op[above] : "linear", c, bias,
                SumChains.ints(products));
    }

    private static boolean activation(String name) {
        Op op = Op.named(name);
        return op != null && op.isActivation();
    }

    /** {@code w*x}: a product used only in this sum, of two different values, one of them a leaf. */
    private static boolean product(Adjacency g, int i) {
        int[] k = g.kids[i];
        return g.op[i].equals(Op.MUL.symbol) && g.parents[i] == 1 && k.length == 2 && (g.leaf(k[0]) || g.leaf(k[1]));
    }

    private static int[] weightAndInput(Adjacency g, int[] wx, boolean[] shared) {
        int a = wx[0], b = wx[1];
        if (!g.leaf(a)) return new int[] {b, a};
        if (!g.leaf(b)) return new int[] {a, b};
        if (shared[a] && !shared[b]) return new int[] {b, a};
        return new int[] {a, b};                                       // micrograd's wi*xi
    }

    private static int[] members(Candidate n) {
        List<Integer> m = new ArrayList<>();
        for (int i : n.chain.inner()) m.add(i);
        if (n.output != n.chain.top()) m.add(n.chain.top());
        for (int p : n.products) m.add(p);
        return SumChains.ints(m);
    }
}
