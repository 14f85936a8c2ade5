package autograd.draw;

import autograd.fold.Folded;
import autograd.fold.FoldedDot;
import autograd.fold.LayoutCost;
import autograd.picture.OutputFile;
import autograd.picture.Picture;
import autograd.render.Renderer;
import autograd.trace.Adjacency;
import autograd.trace.Dot;
import autograd.trace.NodeView;
import autograd.trace.Printable;
import autograd.trace.TextTree;
import autograd.trace.Trace;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The lecture's graph pictures, for our {@code Value} or any class with the lecture's fields (see {@link NodeView}):
 * {@code drawDot} writes {@code FOLDER/o.svg} and {@code FOLDER/o.dot}, named after the root's label ({@code o} →
 * {@code o.svg}; no label → {@code graph.svg}, or the name the caller gives, such as a session's {@code graph-1});
 * drawing a root with the same label again overwrites the picture, as
 * re-running a notebook cell redraws it. {@code graphText} is the same graph as an indented tree, for a terminal.
 *
 * <p>drawDot answers in a second or two for a graph of any size. A graph Graphviz lays out quickly
 * ({@link LayoutCost}: the lecture's MLP over its four examples, 362 values, and up to about twice that) is drawn
 * whole, as the lecture draws it; a bigger one is drawn folded ({@link Folded}): its neurons and long sums one box
 * each, the part nearest the root, and markers for what is left out. {@code drawDotFull} draws every value however
 * long it takes, showing that it works, and stops when the thread that asked is stopped. The {@code .dot} file
 * always has every value.
 */
public final class Draw {
    private Draw() {}

    /**
     * Draws the graph under root into folder, {@code "LR"} (left to right) or {@code "TB"} (top to bottom); folded if
     * big.
     */
    public static Picture drawDot(Object root, String rankdir, Path folder) {
        return drawDot(root, rankdir, folder, "graph");
    }

    /** As {@link #drawDot(Object, String, Path)}, naming the files {@code unlabelled} when the root has no label. */
    public static Picture drawDot(Object root, String rankdir, Path folder, String unlabelled) {
        String dir = Dot.rankdir(rankdir);
        Trace trace = Trace.of(root);
        Names files = Names.of(root, folder, unlabelled);
        Adjacency g = Adjacency.of(trace);
        LayoutCost cost = LayoutCost.of(g);
        if (cost.fits()) {
            String dot = Dot.source(trace, dir, noGradsYet(trace) ? NO_GRADS : null);
            OutputFile.write(files.dot, dot);   // first, so it is there even when no engine can render it
            OutputFile.write(files.svg, Renderer.shared().svg(dot, cost.boxes()));
            return new Picture(files.svg);
        }
        OutputFile.write(files.dot, out -> Dot.write(trace, dir, out));   // every value, though the picture is folded
        Folded folded = Folded.of(g);
        OutputFile.write(files.svg, Renderer.shared()
                .svg(FoldedDot.source(folded, dir, files.title(), noGradsYet(trace) ? NO_GRADS : null),
                        folded.cost().boxes()));
        return new Picture(files.svg, null, note(folded, files));
    }

    /**
     * Draws every value of the graph under root, however long Graphviz takes (minutes, past a few thousand values),
     * printing to {@code progress} how long it has been working; stopping the calling thread (Ctrl-C) stops it.
     */
    public static Picture drawDotFull(Object root, String rankdir, Path folder, PrintStream progress) {
        String dir = Dot.rankdir(rankdir);
        Trace trace = Trace.of(root);
        Names files = Names.of(root, folder, "graph");
        String dot = Dot.source(trace, dir);
        OutputFile.write(files.dot, dot);
        LayoutCost cost = LayoutCost.of(Adjacency.of(trace));
        Progress shown = new Progress(progress, "every value of " + files.title() + " ("
                + FoldedDot.count(trace.nodes().size()) + " values)");
        long start = System.nanoTime();
        boolean done = false;
        try {
            OutputFile.write(files.svg, Renderer.shared().svg(dot, cost.boxes(), shown));
            done = true;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (done) shown.done(millis);
            else shown.stopped(millis);                         // also when stopped by Ctrl-C: ThreadDeath passes here
        }
        return new Picture(files.svg);
    }

    /** The title of a picture whose every grad is 0: the lecture's drawings are meant after backward(). */
    static final String NO_GRADS = "every grad is 0: backward() has not run on this graph yet";

    /** Whether the graph has ops and not one grad: what drawDot before backward() shows. */
    private static boolean noGradsYet(Trace trace) {
        boolean ops = false;
        for (Object n : trace.nodes()) {
            NodeView view = NodeView.of(n);
            if (view.grad(n) != 0) return false;
            ops |= !view.op(n).isEmpty();
        }
        return ops;
    }

    /** The DOT text drawDot would render, left to right. */
    public static String dotSource(Object root) {
        return Dot.source(root, "LR");
    }

    /** The DOT text drawDot would render, {@code "LR"} or {@code "TB"}. */
    public static String dotSource(Object root, String rankdir) {
        return Dot.source(root, rankdir);
    }

    /** The lecture's {@code trace(root)}: the nodes and edges reachable from root. */
    public static Trace trace(Object root) {
        return Trace.of(root);
    }

    /** The graph under root as an indented tree of label, op, data and grad; a shared node is shown once. */
    public static String graphText(Object root) {
        return TextTree.of(root);
    }

    /** A picture's two files, named after the root's label, and how the root is called in what we say about it. */
    private record Names(String label, Path svg, Path dot) {
        static Names of(Object root, Path folder, String unlabelled) {
            String label = NodeView.of(root).label(root).strip();
            String name = OutputFile.name(label, unlabelled);
            return new Names(label, folder.resolve(name + ".svg"), folder.resolve(name + ".dot"));
        }

        /** The root's label as a sentence shows it on a terminal. */
        String title() { return label.isEmpty() ? "this graph" : Printable.of(label); }

        /**
         * {@code drawDotFull(loss)} when the label can be the variable's name, else {@code drawDotFull} on the same
         * value.
         */
        String full() {
            boolean name = !label.isEmpty() && label.equals(Printable.of(label))
                    && Character.isJavaIdentifierStart(label.codePointAt(0))
                    && label.codePoints().allMatch(Character::isJavaIdentifierPart);
            return name ? "drawDotFull(" + label + ")" : "drawDotFull on the same value";
        }
    }

    /** What the folded picture shows and leaves out, and how to see every value: the line drawDot prints. */
    private static String note(Folded f, Names files) {
        StringBuilder s = new StringBuilder(files.title()).append(" has ").append(FoldedDot.count(f.g.size))
                .append(" values, too big for Graphviz to lay out in seconds, so ").append(files.svg.getFileName())
                        .append(" is folded:");
        long neurons = f.drawnOf(Folded.Kind.NEURON), sums = f.drawnOf(Folded.Kind.SUM);
        if (neurons + sums > 0) {
            s.append(' ');
            if (neurons > 0) s.append(FoldedDot.count(neurons)).append(neurons == 1 ? " neuron" : " neurons");
            if (neurons > 0 && sums > 0) s.append(" and ");
            if (sums > 0) s.append(FoldedDot.count(sums)).append(sums == 1 ? " long sum" : " long sums");
            s.append(" drawn as one box each,");
        }
        s.append(' ').append(FoldedDot.count(f.notDrawn)).append(f.notDrawn == 1 ? " value" : " values")
                .append(" left out. ")
         .append(files.full()).append(" draws every value (it may take minutes, or hours; Ctrl-C stops it); ")
         .append(files.dot.getFileName()).append(" has them all.");
        return s.toString();
    }
}
