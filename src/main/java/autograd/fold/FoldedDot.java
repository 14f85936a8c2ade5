package autograd.fold;

import autograd.trace.Adjacency;
import autograd.trace.Dot;
import autograd.trace.NodeView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link Folded} picture as DOT text, in the lecture's picture language: a value is its record and op node as in
 * {@link Dot}; a neuron is one blue record ({@code L2 n5 · ReLU · 16 inputs | data | grad}: its output's numbers);
 * a sum of many terms one yellow record; a dashed box says what was left out. A title says what was folded.
 */
public final class FoldedDot {
    private FoldedDot() {}

    static final String NEURON = "#d6e6f7", SUM = "#fbefc4", MARKER = "#777777";

    /**
     * The DOT text; name is how the root is called in the title ({@code loss}), note a last line under it (null:
     * none), drawn left to right or top to bottom.
     */
    public static String source(Folded f, String rankdir, String name, String note) {
        Adjacency g = f.g;
        StringBuilder dot = new StringBuilder(4096);
        String title = note == null ? title(f, name) : title(f, name) + "\n" + note;
        dot.append("digraph {\n\tgraph [rankdir=").append(Dot.rankdir(rankdir))
                .append(" newrank=true labelloc=t labeljust=l")
           .append(" label=\"").append(Dot.plainText(title).replace("\\n", "\\l")).append("\\l\"]\n")
                   .append(Dot.FONTS);
        for (int i : f.shown) {
            Object n = g.node(i);
            switch (f.kind[i]) {
                case VALUE -> Dot.value(dot, "n" + i, n, null, null);
                case NEURON -> Dot.record(dot, "n" + i, neuron(f.neuron.get(i), NodeView.of(n).label(n)), n,
                        Dot.filled(NEURON));
                case SUM -> Dot.record(dot, "n" + i, sum(f.sum.get(i), NodeView.of(n).label(n)), n, Dot.filled(SUM));
            }
        }
        for (int m = 0; m < f.markers.size(); m++) {
            Folded.Marker marker = f.markers.get(m);
            dot.append("\tm").append(m).append(" [label=\"").append(Dot.plainText(marker(f, marker)))
               .append("\" shape=box style=\"dashed,rounded\" color=\"").append(MARKER).append("\" fontcolor=\"")
                       .append(MARKER).append("\"]\n");
            dot.append("\tm").append(m).append(" -> ").append(target(f, marker.parent())).append('\n');
        }
        for (int i : f.shown) {
            Set<Integer> below = new LinkedHashSet<>();
            for (int k : f.below(i)) if (f.drawn[k]) below.add(k);
            for (int k : below) dot.append("\tn").append(k).append(" -> ").append(target(f, i)).append('\n');
        }
        return dot.append("}\n").toString();
    }

    /** Where edges into a box go: a value's op node, as in the lecture; a folded box itself. */
    private static String target(Folded f, int i) {
        return "n" + i + (f.kind[i] == Folded.Kind.VALUE && f.g.hasOp(i) ? "op" : "");
    }

    /** {@code L2 n5 · ReLU · 16 inputs}, or the output's own label in place of L2 n5. */
    static String neuron(Neurons.Neuron n, String label) {
        String name = label.isBlank() ? "L" + n.layer() + " n" + n.index() : label;
        int inputs = n.inputs().length;
        return name + " · " + n.activation() + " · " + inputs + (inputs == 1 ? " input" : " inputs");
    }

    /** {@code Σ 338 terms}, or {@code loss = Σ 338 terms}. */
    static String sum(SumChains.Chain c, String label) {
        return (label.isBlank() ? "" : label + " = ") + "Σ " + count(c.terms().length) + " terms";
    }

    /**
     * {@code … 335 more terms (670 values)} below a sum, {@code … 14 more inputs (…)} below a neuron, {@code … 62 more
     * values} below a value.
     */
    static String marker(Folded f, Folded.Marker m) {
        int cut = m.cut().length;
        String what = switch (f.kind[m.parent()]) {
            case SUM -> cut == 1 ? "term" : "terms";
            case NEURON -> cut == 1 ? "input" : "inputs";
            case VALUE -> "";
        };
        if (what.isEmpty()) return "… " + count(m.values()) + (m.values() == 1 ? " more value" : " more values");
        return "… " + count(cut) + " more " + what + "\n(" + count(m.values())
                + (m.values() == 1 ? " value)" : " values)");
    }

    /** The picture's title: what the root is, how many values, what was folded and how to see it all. */
    static String title(Folded f, String name) {
        StringBuilder t = new StringBuilder(name).append(": ").append(count(f.g.size))
                .append(" values, folded to be drawn quickly:");
        List<String> parts = new java.util.ArrayList<>();
        long neurons = f.drawnOf(Folded.Kind.NEURON), sums = f.drawnOf(Folded.Kind.SUM);
        if (neurons > 0) parts.add(count(neurons) + (neurons == 1 ? " neuron" : " neurons")
                + " (blue; L2 n5 is layer 2's neuron 5, with its output's data and grad)");
        if (sums > 0) parts.add(count(sums) + (sums == 1 ? " sum" : " sums") + " of many terms (yellow)");
        if (f.notDrawn > 0) parts.add(count(f.notDrawn) + " values not drawn (dashed)");
        t.append(' ').append(String.join(", ", parts))
                .append(".\nEvery value: drawDotFull, and the .dot file beside this picture.");
        return t.toString();
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
