package autograd.trace;

import autograd.AutogradException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lecture's {@code draw_dot} as DOT text: a record node {@code { label | data %.4f | grad %.4f }} per value, a
 * small node per op with an edge into its result, and an edge from each child into its parent's op node. Ids are
 * {@code n0, n1, ...} in trace order, so the same graph always gives byte-identical text. Labels come out as typed:
 * record syntax, backslashes, quotes, entities and runs of spaces are escaped. A NaN or infinite number is red.
 */
public final class Dot {
    private Dot() {}

    /** Above this many values, layout trades a little tidiness for speed. */
    static final int BIG = 600;

    /** DOT text for the graph under root, laid out left to right ({@code "LR"}) or top to bottom ({@code "TB"}). */
    public static String source(Object root, String rankdir) {
        return source(Trace.of(root), rankdir);
    }

    public static String source(Trace trace, String rankdir) {
        return source(trace, rankdir, null);
    }

    /** The DOT text with a title over the picture, at its top left; null for none. */
    public static String source(Trace trace, String rankdir, String title) {
        StringBuilder dot = new StringBuilder(128 + 96 * trace.nodes().size());
        write(trace, rankdir, title, node -> null, node -> null, dot::append);
        return dot.toString();
    }

    /**
     * The same DOT text with some values and op nodes filled in a colour (a step of backpropagation is pictured
     * this way): {@code fill} gives a value's colour, such as {@code "#ffcc80"}, and {@code opFill} the colour of the
     * op node that made it; null leaves it plain.
     */
    public static String source(Trace trace, String rankdir, Function<Object, String> fill,
                                Function<Object, String> opFill) {
        StringBuilder dot = new StringBuilder(128 + 96 * trace.nodes().size());
        write(trace, rankdir, null, fill, opFill, dot::append);
        return dot.toString();
    }

    /**
     * The DOT text of {@link #source(Trace, String)} handed out in pieces of about 64 KiB: a big graph's never sits in
     * memory whole.
     */
    public static void write(Trace trace, String rankdir, Consumer<CharSequence> out) {
        write(trace, rankdir, null, node -> null, node -> null, out);
    }

    /**
     * A monospaced face for every box: Graphviz sizes a box from its own estimate of the text's width, and the fonts a
     * browser has for Courier (Courier New, DejaVu Sans Mono, Liberation Mono) all match that estimate, where the ones
     * it has for Times run wider and over the box's dividers.
     */
    public static final String FONTS = "\tgraph [fontname=\"Courier\"]\n\tnode [fontname=\"Courier\"]\n\tedge"
            + " [fontname=\"Courier\"]\n";

    private static void write(Trace trace, String rankdir, String title, Function<Object, String> fill,
                              Function<Object, String> opFill, Consumer<CharSequence> out) {
        String dir = rankdir(rankdir);
        List<Object> nodes = trace.nodes();
        StringBuilder dot = new StringBuilder(1 << 17);
        // newrank lays out large graphs ~3x faster with the same picture
        dot.append("digraph {\n\tgraph [rankdir=").append(dir).append(" newrank=true");
        // fewer layout passes: a 2,000-value graph in 2/3 of the time
        if (nodes.size() > BIG) dot.append(" nslimit=0.1 nslimit1=0.1");
        if (title != null) dot.append(" labelloc=t labeljust=l label=\"").append(plainText(title)).append("\\l\"");
        dot.append("]\n").append(FONTS);
        for (int i = 0; i < nodes.size(); i++) {
            value(dot, "n" + i, nodes.get(i), fill.apply(nodes.get(i)), opFill.apply(nodes.get(i)));
            if (dot.length() > 1 << 16) flush(dot, out);
        }
        for (Trace.Edge e : trace.edges()) {
            boolean toOp = !NodeView.of(nodes.get(e.parent())).op(nodes.get(e.parent())).isEmpty();
            // a user's leaf with children has no op node: point at the value itself
            dot.append("\tn").append(e.child()).append(" -> n").append(e.parent()).append(toOp ? "op\n" : "\n");
            if (dot.length() > 1 << 16) flush(dot, out);
        }
        dot.append("}\n");
        flush(dot, out);
    }

    private static void flush(StringBuilder dot, Consumer<CharSequence> out) {
        out.accept(dot);
        dot.setLength(0);
    }

    /**
     * One value as the lecture draws it: its record {@code { label | data | grad }}, and when an op made it, the op's
     * small node with an edge into the record (named {@code ID} and {@code IDop}).
     */
    public static void value(StringBuilder dot, String id, Object n, String fill, String opFill) {
        NodeView view = NodeView.of(n);
        record(dot, id, view.label(n), n, filled(fill));
        String op = view.op(n);
        if (!op.isEmpty()) {
            dot.append('\t').append(id).append("op [label=\"").append(plainText(op)).append('"').append(filled(opFill))
                    .append("]\n");
            dot.append('\t').append(id).append("op -> ").append(id).append('\n');
        }
    }

    /**
     * A record {@code { text | data 0.7071 | grad 1.0000 }} for the node's numbers, red when one is not finite; attrs
     * go inside.
     */
    public static void record(StringBuilder dot, String id, String text, Object n, String attrs) {
        NodeView view = NodeView.of(n);
        double data = view.data(n), grad = view.grad(n);
        dot.append('\t').append(id).append(" [label=\"{ ").append(recordText(text))
           .append(" | data ").append(number(data)).append(" | grad ").append(number(grad)).append(" }\" shape=record");
        if (!Double.isFinite(data) || !Double.isFinite(grad)) dot.append(" color=red fontcolor=red");
        dot.append(attrs).append("]\n");
    }

    public static String filled(String color) {
        return color == null ? "" : " style=filled fillcolor=\"" + plainText(color) + "\"";
    }

    /** {@code "LR"} or {@code "TB"}, in any case; anything else is one sentence. */
    public static String rankdir(String rankdir) {
        String dir = rankdir == null ? "" : rankdir.trim().toUpperCase(Locale.ROOT);
        if (dir.equals("LR") || dir.equals("TB")) return dir;
        throw new AutogradException("rankdir is \"LR\" (left to right) or \"TB\" (top to bottom), not \"" + rankdir
                + "\".");
    }

    /**
     * Python's {@code "%.4f"}: {@code 0.7071}, {@code nan}, {@code inf}, never a decimal comma (every picture and
     * table).
     */
    public static String number(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String quick = quickNumber(d);
        return quick != null ? quick : String.format(Locale.ROOT, "%.4f", d);
    }

    /**
     * {@code String.format("%.4f", d)} without the formatter, which a 65,000-value graph would wait a second for;
     * null near a rounding tie or for big numbers, where only the formatter's own rounding gives its digits.
     */
    static String quickNumber(double d) {
        double a = Math.abs(d);
        if (a >= 1e5) return null;
        double scaled = a * 10_000, frac = scaled - Math.floor(scaled);
        if (Math.abs(frac - 0.5) < 1e-6) return null;
        long r = (long) Math.floor(scaled + 0.5);
        StringBuilder out = new StringBuilder(12);
        if (d < 0 || (d == 0 && 1 / d < 0)) out.append('-');
        long fraction = r % 10_000;
        out.append(r / 10_000).append('.');
        for (long p = 1000; p > fraction && p > 1; p /= 10) out.append('0');
        return out.append(fraction).toString();
    }

    /** A label inside a record field of a quoted DOT string. */
    static String recordText(String s) {
        return escape(s, true);
    }

    /** A label of a plain (non-record) node in a quoted DOT string. */
    public static String plainText(String s) {
        return escape(s, false);
    }

    private static String escape(String label, boolean record) {
        String s = label.replace('\t', ' ');
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");                 // else \N would print the node's name
                case '"' -> out.append("\\\"");
                case '&' -> out.append("&amp;");                 // Graphviz decodes entities such as &amp;
                case '\n' -> out.append("\\n");
                case '\r' -> { if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') out.append("\\n"); }
                case '{', '}', '|', '<', '>' -> out.append(record ? "\\" : "").append(c);
                case ' ' -> out.append(hardSpace(s, i) || record && !asciiBefore(s, i) ? '\u00a0' : ' ');
                default -> out.append(c < ' ' || c == 0x7f ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Graphviz counts a record field's text as begun at its first ASCII character: a space before one, as in
     * {@code "Σ 338 terms"} or {@code "é x"}, would be dropped as leading space.
     */
    private static boolean asciiBefore(String s, int i) {
        for (int j = 0; j < i; j++) if (s.charAt(j) > ' ' && s.charAt(j) < 0x7f) return true;
        return false;
    }

    /**
     * Graphviz trims a field's ends, and viewers collapse runs of spaces: a space at either end or after another
     * space becomes a no-break space, so {@code "two  spaces"} keeps both.
     */
    private static boolean hardSpace(String s, int i) {
        return i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' ';
    }
}
