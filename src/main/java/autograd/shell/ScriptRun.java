package autograd.shell;

import autograd.draw.Pictures;
import autograd.shell.Cell.Expect;
import autograd.shell.Cell.Step;
import autograd.shell.CellRun.Displayed;
import autograd.shell.CellRun.Mismatch;
import autograd.shell.CellRun.Picture;
import autograd.shell.CellRun.Printed;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays one script in a fresh {@link Session}, cell by cell, and keeps what each cell showed. With an
 * {@link Echo} it also prints the transcript as it goes.
 */
final class ScriptRun {
    final Path script;
    final List<CellRun> cells = new ArrayList<>();

    private ScriptRun(Path script) { this.script = script; }

    /** Something that wants to see the cells as they run: the text transcript, the --step pause. */
    interface Echo {
        /** Called before a cell runs; false stops the replay here. */
        default boolean before(Cell cell) { return true; }

        /** Where printed text goes live, or null. */
        default PrintStream live() { return null; }

        /** Called as each piece of output comes; printed text has already gone to {@link #live()}. */
        default void shown(CellRun.Shown piece) {}

        default void after(CellRun run) {}
    }

    static ScriptRun of(Path script, String text, Echo echo) {
        ScriptRun run = new ScriptRun(script);
        Pictures.take();                                       // a fresh start: no picture from before
        try (Session session = Session.start()) {
            for (Cell cell : Cells.parse(text, session::isComplete)) {
                if (!echo.before(cell)) break;
                CellRun done = new CellRun(cell);
                for (Step step : cell.steps()) {
                    if (!runStep(session, step, done, echo)) break;   // a cell stops at its first failure
                }
                run.cells.add(done);
                echo.after(done);
            }
        }
        return run;
    }

    /** Runs one step's snippets; false when one failed and the step's expect lines did not say so. */
    private static boolean runStep(Session session, Step step, CellRun done, Echo echo) {
        List<String> lines = new ArrayList<>();
        Result last = null;
        for (Session.Piece piece : session.split(step.code())) {   // one snippet at a time, as jshell splits them
            String printed;
            try (Capture capture = new Capture(echo.live())) {
                last = session.eval(piece.source()).get(0);
                printed = capture.text();
            }
            if (!printed.isEmpty()) show(done, echo, new Printed(printed));
            printed.lines().forEach(lines::add);
            if (!last.display().isEmpty()) show(done, echo, new Displayed(last.display(), last.failed()));
            for (Path svg : Pictures.take()) show(done, echo, new Picture(svg, read(svg)));
            if (last.failed()) break;
        }
        if (last != null) (last.failed() ? last.display() : last.value()).lines().forEach(lines::add);
        boolean failed = last != null && last.failed();
        List<Expect> expects = step.expects();
        boolean allMet = true;
        for (int i = 0; i < expects.size(); i++) {
            Expect e = expects.get(i);
            String actual = i < lines.size() ? lines.get(i) : "(no more output)";
            if (Expectation.matches(e.text(), actual)) continue;
            allMet = false;
            show(done, echo, new Mismatch(e.line(), e.text(), actual));
        }
        if (failed && (expects.isEmpty() || !allMet)) {
            if (allMet) show(done, echo, new Mismatch(done.cell.line(), "no error", last.display()));
            return false;
        }
        return true;
    }

    private static void show(CellRun done, Echo echo, CellRun.Shown piece) {
        done.shown.add(piece);
        echo.shown(piece);
    }

    private static String read(Path svg) {
        try {
            return Files.readString(svg);
        } catch (IOException e) {
            return null;                                       // the transcripts say it is missing
        }
    }

    List<Mismatch> mismatches() {
        return cells.stream().flatMap(c -> c.mismatches().stream()).toList();
    }
}
