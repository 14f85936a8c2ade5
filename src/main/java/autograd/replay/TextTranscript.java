package autograd.replay;

import autograd.replay.CellRun.Displayed;
import autograd.replay.CellRun.Drawing;
import autograd.replay.CellRun.Mismatch;
import autograd.replay.CellRun.Printed;
import autograd.replay.CellRun.Shown;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The replay on the terminal. Replaying, it prints each cell (prose as comments, code indented) and then its
 * output as it comes. Checking (quiet), it prints only what went wrong: the cell, the expected and the actual
 * line. Stepping, it waits for Enter before each cell of code ({@code q} and Enter stops).
 */
final class TextTranscript implements Transcript {
    private final PrintStream out;
    private final boolean quiet;
    private final Keys step;             // null: do not wait
    private Path script;
    private boolean midLine;

    TextTranscript(PrintStream out, boolean quiet, Keys step) {
        this.out = out;
        this.quiet = quiet;
        this.step = step;
    }

    @Override public void script(Path script) {
        this.script = script;
        if (!quiet) out.println("== " + script + " ==");
    }

    @Override public boolean before(Cell cell) {
        if (!quiet) {
            out.println();
            for (String line : cell.prose()) out.println("// " + line);
            cell.code().lines().forEach(line -> out.println("    " + line));
        }
        if (step == null || cell.isText()) return true;
        out.print("[Enter runs this cell, q stops] ");
        out.flush();
        int key = step.next();
        out.println();
        return key < 0 || !Keys.stops(key);                        // no more input: run the rest
    }

    @Override public PrintStream live() { return quiet ? null : out; }

    @Override public void after(CellRun run) {
        if (quiet) for (Mismatch m : run.mismatches()) report(run.cell, m);
    }

    /** Printed text has already gone out live; the rest is shown here, as it comes. */
    @Override public void shown(Shown s) {
        if (quiet) return;
        if (s instanceof Printed p) {
            midLine = !p.text().endsWith("\n");
            return;
        }
        if (midLine) out.println();                                // print("x") left the line open
        midLine = false;
        if (s instanceof Displayed d) out.println(d.text());
        if (s instanceof Drawing p) out.println("[picture " + p.file() + (p.svg() == null ? ", missing]" : "]"));
        if (s instanceof Mismatch m) m.twoLines().lines().forEach(out::println);
        out.flush();
    }

    private void report(Cell cell, Mismatch m) {
        out.println(Notebook.is(script)
                ? script + ": cell " + cell.line() + ", line " + m.line() + ": the cell did not give what it expects"
                : script + ":" + m.line() + ": the cell at line " + cell.line() + " did not give what it expects");
        cell.code().lines().forEach(line -> out.println("    | " + line));
        m.expected().lines().forEach(line -> out.println("    expected: " + line));
        m.actual().lines().forEach(line -> out.println("    actual:   " + line));
        out.flush();
    }
}
