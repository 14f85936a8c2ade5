package autograd.draw;

import java.nio.file.Path;

/**
 * The lecture's graph pictures, for our {@code Value} or any class with the lecture's fields (see {@link NodeView}):
 * <pre>{@code
 * drawDot(o)          // graphs/o.svg and graphs/o.dot, opened in the viewer
 * drawDot(o, "TB")    // top to bottom
 * printGraph(o)       // the same graph as an indented tree, for a terminal
 * }</pre>
 * Files are named after the root's label ({@code o} → {@code o.svg}; no label → {@code graph.svg}); drawing a root
 * with the same label again overwrites the picture, as re-running a notebook cell redraws it.
 */
public final class Draw {
    private Draw() {}

    private static volatile Path folder;

    /** Draws the graph under root left to right; returns the SVG file. */
    public static Path drawDot(Object root) {
        return drawDot(root, "LR");
    }

    /** Draws the graph under root, {@code "LR"} (left to right) or {@code "TB"} (top to bottom); returns the SVG file. */
    public static Path drawDot(Object root, String rankdir) {
        String dir = Dot.rankdir(rankdir);
        Trace trace = Trace.of(root);
        String dot = Dot.source(trace, dir);
        Path out = outputFolder();
        String name = OutputFile.name(NodeView.of(root).label(root), "graph");
        Path dotFile = out.resolve(name + ".dot"), svgFile = out.resolve(name + ".svg");
        OutputFile.write(dotFile, dot);   // first, so the DOT text is there even when no engine can render it
        OutputFile.write(svgFile, Renderer.svg(dot, 2 * trace.nodes().size()));   // values and their op nodes
        Pictures.add(svgFile);
        Viewer.open(svgFile);
        return svgFile;
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

    /** Prints {@link #graphText(Object)}. */
    public static void printGraph(Object root) {
        System.out.print(graphText(root));
        System.out.flush();
    }

    /**
     * Where drawings go: set by {@link #outputFolder(Path)}, else {@code -Dautograd.out}, else the environment's
     * {@code AUTOGRAD_OUT} (for {@code scripts/autograd}), else {@code graphs}.
     */
    public static Path outputFolder() {
        Path f = folder;
        if (f != null) return f;
        String env = System.getenv("AUTOGRAD_OUT");
        return Path.of(System.getProperty("autograd.out", env != null && !env.isBlank() ? env : "graphs"));
    }

    /** Sends drawings to this folder; null goes back to the default. */
    public static void outputFolder(Path dir) {
        folder = dir;
    }

}
