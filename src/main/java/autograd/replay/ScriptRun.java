package autograd.replay;

import autograd.replay.Cell.Expect;
import autograd.replay.Cell.Step;
import autograd.replay.CellRun.Displayed;
import autograd.replay.CellRun.Ended;
import autograd.replay.CellRun.Mismatch;
import autograd.replay.CellRun.Picture;
import autograd.replay.CellRun.Printed;
import autograd.picture.OutputFile;
import autograd.session.Capture;
import autograd.session.CellValue;
import autograd.session.Result;
import autograd.session.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
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
        return of(script, text, List.of(transcript), s -> {}, null);
    }

    /**
     * Replays the script, telling every transcript; {@code started} learns the session (Ctrl-C stops it). A cell
     * running longer than {@code limit} (null: no limit) is stopped, and the replay goes on with the next.
     */
    static ScriptRun of(Path script, String text, List<Transcript> transcripts, Consumer<Session> started, Duration limit) {
        ScriptRun run = new ScriptRun(script);
        Transcripts all = new Transcripts(transcripts);
        all.script(script);
        try (Session session = Session.start(); CellTimer timer = new CellTimer(session, limit)) {
            session.showPictures(picture -> {});
            session.outputFolder(folderFor(script));
            started.accept(session);
            List<Cell> cells = Notebook.is(script) ? Notebook.cells(text, script) : Cells.parse(text, session::isComplete);
            for (Cell cell : cells) {
                if (!all.before(cell)) break;
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

    /** Runs one step's snippets; false when one failed and the step's expect lines did not say so. */
    private static boolean runStep(Session session, Step step, CellRun done, Transcript echo, CellTimer timer) {
        List<String> lines = new ArrayList<>();
        Result last = null;
        List<autograd.picture.Picture> drawn = List.of();
        for (Session.Piece piece : session.split(step.code())) {   // one snippet at a time, as jshell splits them
            String printed;
            try (Capture capture = session.capture(echo.live())) {
                last = timer.explain(session.eval(piece));
                printed = Overprint.resolve(capture.text());   // a progress line as it ended, not each second of it
            }
            if (last.cutShort()) done.cutShort = true;
            if (!printed.isEmpty()) show(done, echo, new Printed(printed));
            printed.lines().forEach(lines::add);
            if (!last.display().isEmpty()) show(done, echo, new Displayed(last.display(), last.failed(), last));
            drawn = session.takePictures();
            for (autograd.picture.Picture p : drawn) show(done, echo, new Picture(p.file(), read(p.file()), png(p), p));
            if (last.failed()) break;
        }
        int printedLines = lines.size();
        if (last != null) (last.failed() ? last.display() : last.value()).lines().forEach(lines::add);
        boolean failed = last != null && last.failed();
        List<Expect> expects = step.expects();
        boolean allMet = true;
        for (int i = 0; i < expects.size(); i++) {
            Expect e = expects.get(i);
            String actual = i < lines.size() ? lines.get(i) : "(no more output)";
            if (Expectation.matches(e.text(), actual)) continue;
            allMet = false;
            boolean inError = failed && i >= printedLines;
            show(done, echo, new Mismatch(e.line(), e.text(), inError ? last.display() : actual));   // an error whole, with its reason
            if (inError) break;
        }
        if (!failed) show(done, echo, new Ended(CellValue.of(session, last, drawn)));
        if (failed && (expects.isEmpty() || !allMet)) {
            if (allMet) show(done, echo, new Mismatch(done.cell.line(), NO_ERROR, last.display()));
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
    private static byte[] png(autograd.picture.Picture p) {
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
