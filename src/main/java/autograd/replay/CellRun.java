package autograd.replay;

import autograd.session.CellValue;
import autograd.session.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What running one {@link Cell} showed, in order, and what in it went wrong. */
final class CellRun {
    /** One piece of a cell's output. */
    sealed interface Shown permits Printed, Displayed, Picture, Mismatch, Ended {}

    /** Text the cell's code printed to System.out or System.err. */
    record Printed(String text) implements Shown {}

    /** What jshell shows for a snippet: {@code o ==> Value(data=...)}, {@code |  created class Value}, an error. */
    record Displayed(String text, boolean failed, Result result) implements Shown {}

    /**
     * A picture drawn during the cell (drawDot, plot, stepBackward): where it was written, and its text (SVG, or a
     * step-through page) and PNG (a plot's; null for none) read right then, before a later drawing of the same name
     * writes over them.
     */
    record Picture(Path file, String svg, byte[] png, autograd.picture.Picture drawn) implements Shown {
        Picture(Path file, String svg) { this(file, svg, null, new autograd.picture.Picture(file)); }
    }

    /** A step has run (its code up to its expect lines): the value a notebook shows under it, if any (see {@link CellValue}). */
    record Ended(Optional<String> value) implements Shown {}

    /** An expectation not met, or a snippet that failed unexpectedly. */
    record Mismatch(int line, String expected, String actual) implements Shown {}

    final Cell cell;
    final List<Shown> shown = new ArrayList<>();
    boolean cutShort;                     // stopped by its time limit, or it asked to exit

    CellRun(Cell cell) { this.cell = cell; }

    List<Mismatch> mismatches() {
        return shown.stream().filter(s -> s instanceof Mismatch).map(s -> (Mismatch) s).toList();
    }
}
