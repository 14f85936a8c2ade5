package autograd.picture;

import java.nio.file.Path;

/**
 * A picture just written: drawDot's graph or a plot (an SVG file, with a PNG beside it when one was made), or a
 * step-through page (an HTML file). What to do with it is up to whoever asked for it: the REPL opens it, a replay
 * puts it into its transcript.
 *
 * @param file the SVG or HTML file
 * @param png  the PNG of the same picture, or null
 * @param note what the user should know about it, in a sentence or two (drawDot's folded picture says what it
 *             folded and how to see every value), or null
 */
public record Picture(Path file, Path png, String note) {
    public Picture(Path file) { this(file, null, null); }

    public Picture(Path file, Path png) { this(file, png, null); }

    /**
     * An SVG file's {@code <svg>} element itself, from {@code <svg} on (no XML prolog, DOCTYPE or comments); a text
     * without one as it is.
     */
    public static String svgElement(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    /** Whether it is a page (stepBackward's step-through) rather than an image. */
    public boolean isPage() { return file.getFileName().toString().endsWith(".html"); }
}
