package autograd.teach;

import autograd.AutogradException;
import autograd.Op;
import autograd.trace.Dot;
import autograd.trace.NodeView;
import autograd.trace.Printable;
import autograd.trace.Trace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lecture's first half as a check on its second: for every leaf under a root, the gradient backpropagation
 * gives beside the one nudging gives, {@code (f(x + h) - f(x - h)) / 2h}, the graph computed again with only that
 * leaf moved. A wrong local backward (a custom op's, or one in a class you typed) shows up as a leaf that disagrees.
 * Nothing is changed: the graph is computed again on the side, and every grad is put back as it was.
 */
public final class GradCheck {
    private GradCheck() {}

    static final double H = 1e-6, TOLERANCE = 1e-5;

    /** The check's table, ready to print. */
    public static String of(Object root) {
        Trace trace = Trace.of(root);
        List<Object> nodes = trace.nodes();                     // each after its children; the root last
        NodeView view = NodeView.of(root);
        List<Object> leaves = new ArrayList<>();
        for (Object n : nodes) if (view.children(n).isEmpty()) leaves.add(n);
        if (leaves.size() == nodes.size())
            throw new AutogradException("gradCheck needs a value computed from others; this one is a leaf.");
        double[] backprop = backpropagated(root, nodes, leaves, view);
        stale(nodes, view);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-16s %12s %16s %16s%n", "leaf", "data", "backprop", "nudged"));
        int differ = 0;
        for (int i = 0; i < leaves.size(); i++) {
            Object leaf = leaves.get(i);
            double x = view.data(leaf), h = H * Math.max(1, Math.abs(x));
            double nudged = (computed(nodes, view, leaf, x + h) - computed(nodes, view, leaf, x - h)) / (2 * h);
            boolean agree = Math.abs(nudged - backprop[i]) <= TOLERANCE * Math.max(1,
                    Math.max(Math.abs(nudged), Math.abs(backprop[i])));
            if (!agree) differ++;
            out.append(String.format(Locale.ROOT, "%-16s %12s %16s %16s%s%n", name(view, leaf), Dot.number(x),
                    six(backprop[i]), six(nudged), agree ? "" : "   <- differs"));
        }
        out.append(differ == 0 ? "Every leaf agrees: backpropagation and nudging give the same gradients.\n"
                : differ + (differ == 1 ? " leaf disagrees" : " leaves disagree")
                  + ": a local backward on the way from the root is wrong (or the graph has a kink there, as ReLU"
                          + " at 0).\n");
        return out.toString();
    }

    /** Each leaf's grad after a fresh backward from root; every grad in the graph is put back afterwards. */
    private static double[] backpropagated(Object root, List<Object> nodes, List<Object> leaves, NodeView view) {
        double[] saved = new double[nodes.size()];
        for (int i = 0; i < saved.length; i++) saved[i] = view.grad(nodes.get(i));
        try {
            for (Object n : nodes) view.setGrad(n, 0);
            Backprop.run(root, "gradCheck");
            double[] grads = new double[leaves.size()];
            for (int i = 0; i < grads.length; i++) grads[i] = view.grad(leaves.get(i));
            return grads;
        } finally {
            for (int i = 0; i < saved.length; i++) view.setGrad(nodes.get(i), saved[i]);
        }
    }

    /** Refuses a graph whose data no longer follows from its ops (a leaf changed since): nudging it would mislead. */
    private static void stale(List<Object> nodes, NodeView view) {
        Map<Object, Double> data = computedAll(nodes, view, null, 0);
        for (Object n : nodes) {
            double stored = view.data(n), again = data.get(n);
            if (view.children(n).isEmpty() || Double.compare(stored, again) == 0) continue;
            if (Math.abs(stored - again) <= 1e-9 * Math.max(1, Math.abs(stored))) continue;
            throw new AutogradException("gradCheck: " + name(view, n) + " holds " + Dot.number(stored) + ", but its op "
                    + Printable.of(view.op(n)) + " gives " + Dot.number(again)
                            + " from its children now; compute the graph again first.");
        }
    }

    /** The root's data with one leaf's data replaced. */
    private static double computed(List<Object> nodes, NodeView view, Object leaf, double x) {
        return computedAll(nodes, view, leaf, x).get(nodes.get(nodes.size() - 1));
    }

    private static Map<Object, Double> computedAll(List<Object> nodes, NodeView view, Object leaf, double x) {
        Map<Object, Double> data = new IdentityHashMap<>();
        for (Object n : nodes) {
            List<Object> children = view.children(n);
            if (children.isEmpty()) {
                data.put(n, n == leaf ? x : view.data(n));
                continue;
            }
            double[] in = new double[children.size()];
            for (int i = 0; i < in.length; i++) in[i] = data.get(children.get(i));
            data.put(n, forward(view.op(n), in));
        }
        return data;
    }

    /**
     * The op's value from its children's data, in operand order, by {@link Op}'s table. A binary op with one child is
     * that child twice (the lecture's {@code a + a} keeps one child in its set); with more, it is applied left to
     * right.
     */
    static double forward(String name, double[] children) {
        Op op = Op.named(name);
        if (op == Op.POW && children.length == 1) {
            double k = Op.exponent(name);
            if (Double.isNaN(k))
                throw new AutogradException("gradCheck cannot read the exponent of op \"" + Printable.of(name)
                        + "\"; it knows ops such as **2 and **-1.");
            return op.forward(children[0], k);
        }
        if (op != null && op.arity == 1 && op != Op.POW && children.length == 1) return op.forward(children[0]);
        if (op != null && op.arity == 2 && children.length == 1) return op.forward(children[0], children[0]);
        if (op != null && op.arity == 2) {
            double out = children[0];
            for (int i = 1; i < children.length; i++) out = op.forward(out, children[i]);
            return out;
        }
        throw new AutogradException("gradCheck cannot compute op \"" + Printable.of(name)
                + "\" again to nudge through it; it knows " + Op.known() + ".");
    }

    private static String name(NodeView view, Object n) {
        String label = Printable.of(view.label(n));
        return label.isBlank() ? "(" + Dot.number(view.data(n)) + ")" : label;
    }

    private static String six(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6f", d) : Dot.number(d);
    }
}
