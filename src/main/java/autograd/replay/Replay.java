package autograd.replay;

import autograd.AutogradException;
import autograd.picture.OutputFile;
import autograd.render.Renderer;
import autograd.session.Session;
import autograd.session.UserFile;
import autograd.text.ReplText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays {@code .jsh} scripts cell by cell, like a notebook, and Java notebooks ({@code .ipynb}) cell by cell:
 * {@code autograd replay FILE… [--check] [--html OUT.html] [--md OUT.md] [--ipynb OUT.ipynb] [--step]}. Each script
 * runs in a fresh {@link Session}. A notebook's code cells are its cells, whole; its markdown cells its prose.
 *
 * <p><b>Cells.</b> A blank line ends a cell, unless the code above it is unfinished (a class or method still
 * open), so a class may keep blank lines between its methods. The {@code //} comment lines that open a cell are
 * its prose; a cell of comments alone is a text cell. Comments after the first line of code stay in the code.
 *
 * <p><b>Expectations.</b> A line {@code // expect: TEXT} checks the snippet right above it: the expect lines that
 * follow a snippet are compared, in order, with its output lines, which are what it printed, then its value as
 * {@code String.valueOf} shows it ({@code 0.7071…}, not {@code $3 ==> 0.7071…}). A snippet with no expect line under
 * it is not checked. Numbers, also inside text, match within 1e-9 relative; the rest must be equal. A snippet that
 * fails (does not compile, throws) stops its cell and counts as a mismatch, unless expect lines right under it give
 * its error ({@code // expect: |  …}).
 *
 * <p><b>Exit status.</b> 0 when replayed; with {@code --check}, 1 if any expectation was not met (each is
 * reported with its cell, the expected and the actual line; the run goes on). Without {@code --check} mismatches
 * are marked in the transcript ({@code !!}) but the status stays 0: a replay is for reading. 1 also when a cell
 * was cut short (its time limit, an exit) or the overall time limit left cells unrun. 2 for a bad command line, an
 * unreadable script, a malformed notebook or an output path that cannot be written, all said before any cell runs.
 */
public final class Replay {
    /** A cell's time limit unless --timeout says otherwise: a runaway loop ends the cell, not the replay. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);

    /**
     * All the cells' time together unless --total-timeout says otherwise: ten cells at their limit, and over a
     * hundred times the longest exercise's (about 10 s), so a notebook of 100,000 cells ends in half an hour, not days.
     */
    public static final Duration DEFAULT_TOTAL = Duration.ofMinutes(30);

    private Replay() {}

    /**
     * What to replay and how: the scripts, whether to report unmet expectations ({@code check}), the transcripts to
     * write (null: none), whether to wait for a key before each cell ({@code step}), each cell's time limit and all
     * the cells' together (null: none).
     */
    public record Options(List<Path> scripts, boolean check, Path html, Path md, Path ipynb, boolean step,
            Duration timeout, Duration total) {
        /** One script, stepped through a cell at a time, as the REPL's /replay does. */
        public static Options stepping(Path script) {
            return new Options(List.of(script), false, null, null, null, true, DEFAULT_TIMEOUT, DEFAULT_TOTAL);
        }
    }

    /**
     * Replays the scripts, writing the transcript (or, with {@code check}, the mismatches) to {@code out}; with
     * {@code step}, {@code keys} are read before each cell. {@code started} learns each script's session, so Ctrl-C
     * can stop it. Everything that can be known wrong beforehand is said before the first cell runs: a script that
     * cannot be read, a notebook that is not well formed, a path that cannot be written.
     *
     * @return the exit status: 0 replayed, 1 an expectation not met under {@code check} or a cell cut short, 2 a
     *         script that cannot be read, a malformed notebook, or an output path that cannot be written
     */
    public static int run(Options o, Keys keys, PrintStream out, Consumer<Session> started) {
        List<String> texts = new ArrayList<>();
        for (Path script : o.scripts()) {
            try {
                texts.add(UserFile.read(script));
                if (Notebook.is(script)) Notebook.cells(texts.get(texts.size() - 1), script);
            } catch (AutogradException e) {
                out.println(e.getMessage());
                return 2;
            } catch (IllegalStateException e) {                  // a notebook's JSON, in words
                out.println("Cannot replay " + script + ": " + e.getMessage());
                return 2;
            }
        }
        String refused = Outputs.refused(o);
        if (refused != null) {
            out.println(refused);
            return 2;
        }
        // starts while JShell does
        if (texts.stream().anyMatch(t -> t.contains("drawDot("))) Renderer.shared().warmUp();
        List<Transcript> transcripts = new ArrayList<>(List.of(new TextTranscript(out, o.check(), o.step() ? keys
                : null)));
        if (o.html() != null) transcripts.add(new HtmlTranscript(o.html()));
        if (o.md() != null) transcripts.add(new MarkdownTranscript(o.md()));
        if (o.ipynb() != null) transcripts.add(new NotebookTranscript(o.ipynb()));
        return replay(o.scripts(), texts, o.check(), new TimeLimit.Limits(o.timeout(), o.total()), transcripts, out,
                started);
    }

    private static int replay(List<Path> scripts, List<String> texts, boolean check, TimeLimit.Limits limits,
            List<Transcript> transcripts, PrintStream out, Consumer<Session> started) {
        List<ScriptRun> runs = new ArrayList<>();
        int mismatches = 0;
        boolean cutShort = false;
        for (int i = 0; i < scripts.size() && !limits.spent(); i++) {
            Path script = scripts.get(i);
            ScriptRun run;
            try {
                run = ScriptRun.of(script, texts.get(i), transcripts, started, limits);
            } catch (IllegalStateException e) {                   // the session could not start
                out.println("Cannot replay " + script + ": " + e.getMessage());
                return 2;
            }
            runs.add(run);
            mismatches += run.mismatches().size();
            cutShort |= run.cutShort();
            if (check) out.println(script + ": " + (run.mismatches().isEmpty() ? "every expectation met"
                    : run.mismatches().size() + " not met"));
        }
        if (limits.spent()) {
            out.println(ReplText.bar("The replay's cells ran for their overall time limit (--total-timeout "
                    + TimeLimit.seconds(limits.total) + "), so it stopped there; a transcript holds what ran."));
            cutShort = true;
        }
        int running = runs.stream().mapToInt(r -> r.threadsLeft).sum();
        if (running > 0) out.println(ReplText.bar(running
                + (running == 1 ? " thread the script started was" : " threads the scripts started were")
                + " still running at the end of the replay; " + (running == 1 ? "it stops" : "they stop")
                        + " with it."));
        try {
            for (Transcript t : transcripts) t.finish(runs);
        } catch (OutputFile.NotWritten e) {                    // a full disk: the paths were looked at before
            out.println("Cannot write " + e.file + ": " + e.why + ".");
            return 2;
        } catch (IOException | AutogradException e) {
            out.println("Cannot write the transcript: " + e.getMessage());
            return 2;
        }
        return check && mismatches > 0 || cutShort ? 1 : 0;           // a cell stopped or exiting is never a pass
    }

}
