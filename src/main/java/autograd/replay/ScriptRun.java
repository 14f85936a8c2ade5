package autograd.replay;

import autograd.picture.OutputFile;
import autograd.picture.Picture;
import autograd.replay.Cell.Expect;
import autograd.replay.Cell.Step;
import autograd.replay.CellRun.Displayed;
import autograd.replay.CellRun.Drawing;
import autograd.replay.CellRun.Ended;
import autograd.replay.CellRun.Mismatch;
import autograd.replay.CellRun.Printed;
import autograd.session.Outcome;
import autograd.session.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays one script in a fresh {@link Session}, cell by cell, keeps what each cell showed, and tells the
 * transcripts as it goes. The session's pictures are not opened: they go into the transcripts.
 */
final class ScriptRun {
    /** What a failed snippet with no expect line for its error was expected to give. */
    static final String NO_ERROR = "to run without an error";

    final Path script;
    final List<CellRun> cells = new ArrayList<>();
    int threadsLeft;                      // threads the script started, still running when it ended

    private ScriptRun(Path script) { this.script = script; }

    static ScriptRun of(Path script, String text, Transcript transcript) {
        return of(script, text, List.of(transcript), s -> {}, new TimeLimit.Limits(null, null));
    }

    /**
     * Replays the script, telling every transcript; {@code started} learns the session (Ctrl-C stops it). A cell
     * running past its limit is stopped, and the replay goes on with the next, until the cells' total is spent.
     */
    static ScriptRun of(Path script, String text, List<Transcript> transcripts, Consumer<Session> started,
            TimeLimit.Limits limits) {
        ScriptRun run = new ScriptRun(script);
        Transcripts all = new Transcripts(transcripts);
        all.script(script);
        try (Session session = Session.start(); TimeLimit timer = new TimeLimit(session, limits)) {
            session.showPictures(picture -> {});
            session.outputFolder(folderFor(script));
            PrintStream live = all.live();                         // what the cells print, as they print it, or nowhere
            OutputStream out = live != null ? live : OutputStream.nullOutputStream();
            session.output(out, out);
            started.accept(session);
            List<Cell> cells = Notebook.is(script) ? Notebook.cells(text, script)
                    : Cells.parse(text, session::isComplete);
            for (Cell cell : cells) {
                if (limits.spent() || !all.before(cell)) break;
                CellRun done = new CellRun(cell);
                timer.start();
                for (Step step : cell.steps()) {
                    if (!runStep(session, step, done, all, timer)) break;   // a cell stops at its first failure
                }
                timer.stop();
                run.cells.add(done);
                all.after(done);
            }
            run.threadsLeft = session.runningThreads();
        }
        return run;
    }

    /** A replay's pictures go to a folder of its own, never over the REPL's: {@code graphs/replays/01-neuron/}. */
    static Path folderFor(Path script) {
        String stem = String.valueOf(script.getFileName()).replaceFirst("\\.[^.]*$", "");
        return Session.defaultOutputFolder().resolve("replays").resolve(OutputFile.name(stem, "script"));
    }

    /** Every transcript, told in turn; printed text goes live to the first that wants it. */
    private record Transcripts(List<Transcript> each) implements Transcript {
        @Override public void script(Path script) { each.forEach(t -> t.script(script)); }

        @Override public boolean before(Cell cell) {
            boolean go = true;
            for (Transcript t : each) go &= t.before(cell);
            return go;
        }

        @Override public PrintStream live() {
            return each.stream().map(Transcript::live).filter(l -> l != null).findFirst().orElse(null);
        }

        @Override public void shown(CellRun.Shown piece) { each.forEach(t -> t.shown(piece)); }

        @Override public void after(CellRun run) { each.forEach(t -> t.after(run)); }
    }

    /**
     * Runs one step's snippets; false when one failed and the step's expect lines did not say so. The expect lines
     * check the snippet right above them, the step's last: what it printed, then its value (or its error).
     */
    private static boolean runStep(Session session, Step step, CellRun done, Transcript echo, TimeLimit timer) {
        List<String> lines = new ArrayList<>();
        Outcome[] last = {null};
        Displayed[] shown = {null};
        session.run(step.code(), o -> {                         // one snippet at a time, as jshell splits them
            last[0] = o;
            if (o.cutShort()) done.cutShort = true;
            String printed = Overprint.resolve(o.printed());      // a progress line as it ended, not each second of it
            if (!printed.isEmpty()) show(done, echo, new Printed(printed));
            lines.clear();                                        // only the last snippet's lines are checked
            printed.lines().forEach(lines::add);
            shown[0] = timer.shown(o);
            if (!shown[0].text().isEmpty()) show(done, echo, shown[0]);
            for (Picture p : o.pictures()) show(done, echo, new Drawing(p.file(), read(p.file()), png(p), p));
        });
        Outcome end = last[0];
        int printedLines = lines.size();
        boolean failed = end != null && end.failed();
        // they stand under another
        List<Expect> expects = end != null && end.notRun() > 0 ? List.of() : step.expects();
        if (end != null) (failed ? shown[0].text() : end.value() == null ? "" : end.value().bare()).lines()
                .forEach(lines::add);
        boolean allMet = true;
        for (int i = 0; i < expects.size(); i++) {
            Expect e = expects.get(i);
            String actual = i < lines.size() ? lines.get(i) : "(no more output)";
            if (Expectation.matches(e.text(), actual)) continue;
            allMet = false;
            boolean inError = failed && i >= printedLines;
            // an error whole, with its reason
            show(done, echo, new Mismatch(e.line(), e.text(), inError ? shown[0].text() : actual));
            if (inError) break;
        }
        if (!failed) show(done, echo, new Ended(end == null ? java.util.Optional.empty() : end.notebookValue()));
        if (failed && (expects.isEmpty() || !allMet)) {
            if (allMet) show(done, echo, new Mismatch(done.cell.line(), NO_ERROR, shown[0].text()));
            return false;
        }
        return true;
    }

    private static void show(CellRun done, Transcript echo, CellRun.Shown piece) {
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

    /** The PNG drawn beside a picture (a plot's), or null: a notebook then makes its own from the SVG. */
    private static byte[] png(Picture p) {
        try {
            return p.png() == null ? null : Files.readAllBytes(p.png());
        } catch (IOException e) {
            return null;
        }
    }

    List<Mismatch> mismatches() {
        return cells.stream().flatMap(c -> c.mismatches().stream()).toList();
    }

    /** Whether a cell was stopped (its time limit) or asked to exit: it did not run to its end. */
    boolean cutShort() {
        return cells.stream().anyMatch(c -> c.cutShort);
    }
}
