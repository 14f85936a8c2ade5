package autograd.replay;

import autograd.picture.Picture;
import autograd.session.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What running one {@link Cell} showed, in order, and what in it went wrong. */
final class CellRun {
    /** One piece of a cell's output. */
    sealed interface Shown permits Printed, Displayed, Drawing, Mismatch, Ended {}

    /** Text the cell's code printed to System.out or System.err. */
    record Printed(String text) implements Shown {}

    /**
     * What jshell shows for a snippet: {@code o ==> Value(data=...)}, {@code created class Value}, an error (see
     * {@code ReplText}); {@code headline} is a failure in one line, for a notebook's error value.
     */
    record Displayed(String text, String headline, Outcome outcome) implements Shown {
        boolean failed() { return outcome.failed(); }
    }

    /**
     * A picture drawn during the cell (drawDot, plot, stepBackward): where it was written, and its text (SVG, or a
     * step-through page) and PNG (a plot's; null for none) read right then, before a later drawing of the same name
     * writes over them.
     */
    record Drawing(Path file, String svg, byte[] png, Picture drawn) implements Shown {
        Drawing(Path file, String svg) { this(file, svg, null, new Picture(file)); }
    }

    /**
     * A step has run (its code up to its expect lines): the value a notebook shows under it, if any (see {@link
     * Outcome#notebookValue}).
     */
    record Ended(Optional<String> value) implements Shown {}

    /** An expectation not met, or a snippet that failed unexpectedly. */
    record Mismatch(int line, String expected, String actual) implements Shown {
        /** As the text and Markdown transcripts show it: {@code !! line 3 expected: ...}, and the actual under it. */
        String twoLines() {
            String at = "line " + line + " ";
            return "!! " + at + "expected: " + expected + "\n!! " + " ".repeat(at.length()) + "  actual: " + actual;
        }
    }

    final Cell cell;
    final List<Shown> shown = new ArrayList<>();
    boolean cutShort;                     // stopped by its time limit, or it asked to exit

    CellRun(Cell cell) { this.cell = cell; }

    List<Mismatch> mismatches() {
        return shown.stream().filter(s -> s instanceof Mismatch).map(s -> (Mismatch) s).toList();
    }
}
