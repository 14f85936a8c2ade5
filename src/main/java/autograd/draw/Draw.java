package autograd.draw;

import java.nio.file.Path;

/**
 * The lecture's graph pictures, for our {@code Value} or any class with the lecture's fields (see {@link NodeView}):
 * {@code drawDot} writes {@code FOLDER/o.svg} and {@code FOLDER/o.dot}, named after the root's label ({@code o} →
 * {@code o.svg}; no label → {@code graph.svg}); drawing a root with the same label again overwrites the picture, as
 * re-running a notebook cell redraws it. {@code graphText} is the same graph as an indented tree, for a terminal.
 */
public final class Draw {
    private Draw() {}

    /** Draws the graph under root into folder, {@code "LR"} (left to right) or {@code "TB"} (top to bottom). */
    public static Picture drawDot(Object root, String rankdir, Path folder) {
        String dir = Dot.rankdir(rankdir);
        Trace trace = Trace.of(root);
        String dot = Dot.source(trace, dir);
        String name = OutputFile.name(NodeView.of(root).label(root), "graph");
        Path dotFile = folder.resolve(name + ".dot"), svgFile = folder.resolve(name + ".svg");
        OutputFile.write(dotFile, dot);   // first, so the DOT text is there even when no engine can render it
        OutputFile.write(svgFile, Renderer.svg(dot, 2 * trace.nodes().size()));   // values and their op nodes
        return new Picture(svgFile);
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
}
