package autograd.draw;

import java.nio.file.Path;

/**
 * A picture just written: drawDot's graph or a plot (an SVG file, with a PNG beside it when one was made), or a
 * step-through page (an HTML file). What to do with it is up to whoever asked for it: the REPL opens it, a replay
 * puts it into its transcript.
 *
 * @param file the SVG or HTML file
 * @param png  the PNG of the same picture, or null
 */
public record Picture(Path file, Path png) {
    public Picture(Path file) { this(file, null); }

    /** Whether it is a page (stepBackward's step-through) rather than an image. */
    public boolean isPage() { return file.getFileName().toString().endsWith(".html"); }
}
