package autograd.teach;

import autograd.AutogradException;
import autograd.Value;
import autograd.draw.Draw;
import autograd.trace.Dot;
import autograd.trace.Printable;
import autograd.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code backward()} one local backward at a time, as the lecture does it by hand before writing backward():
 * zero every grad, set the root's to 1, then run each op node's {@code localBackward()} in reverse topological
 * order, taking a {@link Frame} after each. When it is done the grads are what {@code backward()} gives, to the bit.
 * <pre>{@code stepBackward(o)   // graphs/o-backward.html: a page that steps through the pictures}</pre>
 * Only our {@link Value}: a class typed into JShell has no local backward we can run one node at a time.
 */
public final class StepBackward {
    private StepBackward() {}

    /** More steps than this would take minutes to draw and be too many to step through. */
    public static final int MAX_STEPS = 120;

    // orange: its local backward ran; green: got grad
    static final String PROCESSED = "#ffcc80", RECEIVED = "#c5e1a5";

    /**
     * One step: the node whose local backward just ran, a sentence saying what it did, the graph as DOT text with
     * that node and its op (orange) and its children (green) filled, the same graph as a text tree, and every grad so
     * far.
     *
     * @param grads each value's grad after this step, in {@link Trace} order (children first, root last)
     */
    public record Frame(Value node, String caption, String dot, String text, double[] grads) {}

    /** Backpropagates from root step by step and returns one frame per node with an op, in the order they ran. */
    public static List<Frame> frames(Object root) {
        Value top = ours(root);
        Trace trace = Trace.of(top);                    // every value after its children: build_topo's order
        List<Value> ops = new ArrayList<>();
        for (int i = trace.nodes().size() - 1; i >= 0; i--) {
            Value v = (Value) trace.nodes().get(i);
            if (!v.op().isEmpty()) ops.add(v);
        }
        if (ops.size() > MAX_STEPS)
            throw new AutogradException("stepBackward draws one picture per op, and this graph has " + ops.size()
                    + " ops, more than " + MAX_STEPS + "; step through a smaller graph, such as one neuron.");
        for (Object v : trace.nodes()) ((Value) v).grad = 0;
        top.grad = 1.0;
        List<Frame> frames = new ArrayList<>(ops.size());
        for (Value node : ops) {
            node.localBackward();
            Set<Object> children = Collections.newSetFromMap(new IdentityHashMap<>());
            children.addAll(node.children());
            String dot = Dot.source(trace, "LR", n -> n == node ? PROCESSED : children.contains(n) ? RECEIVED : null,
                    n -> n == node ? PROCESSED : null);
            frames.add(new Frame(node, caption(frames.size() + 1, ops.size(), node), dot, Draw.graphText(top),
                    grads(trace)));
        }
        return frames;
    }

    /** {@code step 1 of 5 · o (tanh) sends its grad back: n.grad = 0.5000} */
    static String caption(int step, int steps, Value node) {
        StringBuilder s = new StringBuilder().append("step ").append(step).append(" of ").append(steps).append(" · ")
                .append(name(node)).append(unlabelled(node) ? "" : " (" + Printable.of(node.op()) + ")")
                        .append(" sends its grad back: ");
        List<Value> seen = new ArrayList<>();
        for (Value child : node.children()) {
            if (seen.stream().anyMatch(v -> v == child)) continue;    // a + a: one child, named once
            if (!seen.isEmpty()) s.append(", ");
            seen.add(child);
            String name = name(child);
            boolean expression = !name.startsWith("(") && !name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*");
            // (x1*w1 + x2*w2).grad
            s.append(expression ? "(" + name + ")" : name).append(".grad = ").append(Dot.number(child.grad));
        }
        return s.toString();
    }

    private static String name(Value v) {
        // a label and an op name (Value.node's) are the user's text: as a terminal may show it
        return unlabelled(v) ? "(" + (v.op().isEmpty() ? "value " + v.data : Printable.of(v.op())) + ")"
                : Printable.of(v.label);
    }

    /** An unlabelled value is named by its op already: "(+) sends", not "(+) (+) sends". */
    private static boolean unlabelled(Value v) { return v.label == null || v.label.isBlank(); }

    private static double[] grads(Trace trace) {
        List<Object> nodes = trace.nodes();
        double[] grads = new double[nodes.size()];
        for (int i = 0; i < grads.length; i++) grads[i] = ((Value) nodes.get(i)).grad;
        return grads;
    }

    static Value ours(Object root) {
        if (root instanceof Value v) return v;
        if (root == null) throw new AutogradException("stepBackward needs a Value, but got null.");
        String type = root.getClass().getSimpleName();
        if (root instanceof Number || root instanceof CharSequence || root instanceof Boolean)
            throw new AutogradException("stepBackward needs a Value, but got a " + type + " (" + root
                    + "): give it the Value itself, such as o rather than o.data.");
        throw new AutogradException("stepBackward steps through autograd's Value, whose local backwards it can run"
                + " one at a time;"
                + " for your own " + type + ", call its backward() and drawDot it, or printGraph it.");
    }
}
