package autograd.draw;

import autograd.AutogradException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Consumer;

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
    private static volatile Consumer<Path> listener;

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
        String name = fileName(NodeView.of(root).label(root));
        Path dotFile = out.resolve(name + ".dot"), svgFile = out.resolve(name + ".svg");
        write(dotFile, dot);   // first, so the DOT text is there even when no engine can render it
        write(svgFile, Renderer.svg(dot, 2 * trace.nodes().size()));   // values and their op nodes
        Consumer<Path> l = listener;
        if (l != null) l.accept(svgFile);
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

    /** Where drawings go: set by {@link #outputFolder(Path)}, else {@code -Dautograd.out}, else {@code graphs}. */
    public static Path outputFolder() {
        Path f = folder;
        return f != null ? f : Path.of(System.getProperty("autograd.out", "graphs"));
    }

    /** Sends drawings to this folder; null goes back to the default. */
    public static void outputFolder(Path dir) {
        folder = dir;
    }

    /**
     * Calls back with every SVG drawn from now on (a replay's transcript collects them this way); one listener at a
     * time, null to stop. The listener runs on the thread that called drawDot, before the viewer opens the file.
     */
    public static void listener(Consumer<Path> onDrawn) {
        listener = onDrawn;
    }

    /**
     * A file name from a label: letters, digits, {@code - _ .} are kept, each run of anything else becomes one
     * {@code _}; no dot or {@code _} at either end, at most 64 characters, {@code graph} when nothing is left, and Windows device
     * names ({@code CON}, {@code NUL}, ...) get a leading {@code _}. The result never names another folder.
     */
    static String fileName(String label) {
        StringBuilder b = new StringBuilder();
        label.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.';
            if (keep) b.appendCodePoint(cp);
            else if (b.length() == 0 || b.charAt(b.length() - 1) != '_') b.append('_');
        });
        String name = b.toString().replaceAll("^[._]+|[._]+$", "");   // no hidden files, no trailing dots
        if (name.length() > 64) name = name.substring(0, Character.isHighSurrogate(name.charAt(63)) ? 63 : 64);
        if (name.isEmpty()) return "graph";
        String stem = name.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        if (stem.matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]")) name = "_" + name;
        return name;
    }

    /** Writes through a temporary file, so a viewer never sees half a file and a planted link is replaced, not followed. */
    private static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            throw new AutogradException("Could not write " + file + " (" + e.getMessage() + "); set another folder with Draw.outputFolder(Path.of(\"...\")).");
        }
    }
}
