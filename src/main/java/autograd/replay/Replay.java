package autograd.replay;

import autograd.AutogradException;
import autograd.render.Renderer;
import autograd.session.Session;
import autograd.session.UserFile;
import autograd.text.ReplText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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
 * are marked in the transcript ({@code !!}) but the status stays 0: a replay is for reading. 2 for a bad command
 * line or an unreadable script.
 */
public final class Replay {
    /** A cell's time limit unless --timeout says otherwise: a runaway loop ends the cell, not the replay. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);

    private Replay() {}

    /**
     * What to replay and how: the scripts, whether to report unmet expectations ({@code check}), the transcripts to
     * write (null: none), whether to wait for a key before each cell ({@code step}), and each cell's time limit
     * (null: none).
     */
    public record Options(List<Path> scripts, boolean check, Path html, Path md, Path ipynb, boolean step,
            Duration timeout) {
        /** One script, stepped through a cell at a time, as the REPL's /replay does. */
        public static Options stepping(Path script) {
            return new Options(List.of(script), false, null, null, null, true, DEFAULT_TIMEOUT);
        }
    }

    /**
     * Replays the scripts, writing the transcript (or, with {@code check}, the mismatches) to {@code out}; with
     * {@code step}, {@code keys} are read before each cell. {@code started} learns each script's session, so Ctrl-C
     * can stop it.
     *
     * @return the exit status: 0 replayed, 1 an expectation not met under {@code check} or a cell cut short, 2 a
     *         script that cannot be read or a transcript that is also a script
     */
    public static int run(Options o, Keys keys, PrintStream out, Consumer<Session> started) {
        for (Path transcript : java.util.Arrays.asList(o.html(), o.md(), o.ipynb()))
            if (transcript != null && o.scripts().stream().anyMatch(script -> same(script, transcript))) {
                out.println("The transcript " + transcript
                        + " is also a script of this replay; write it to another file.");
                return 2;
            }
        List<String> texts = new ArrayList<>();
        for (Path script : o.scripts()) {
            try {
                texts.add(UserFile.read(script));
            } catch (AutogradException e) {
                out.println(e.getMessage());
                return 2;
            }
        }
        // starts while JShell does
        if (texts.stream().anyMatch(t -> t.contains("drawDot("))) Renderer.shared().warmUp();
        List<Transcript> transcripts = new ArrayList<>(List.of(new TextTranscript(out, o.check(), o.step() ? keys
                : null)));
        if (o.html() != null) transcripts.add(new HtmlTranscript(o.html()));
        if (o.md() != null) transcripts.add(new MarkdownTranscript(o.md()));
        if (o.ipynb() != null) transcripts.add(new NotebookTranscript(o.ipynb()));
        return replay(o.scripts(), texts, o.check(), o.timeout(), transcripts, out, started);
    }

    /** Whether two paths name one file (the second need not exist yet). */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static int replay(List<Path> scripts, List<String> texts, boolean check, Duration limit,
            List<Transcript> transcripts,
                              PrintStream out, Consumer<Session> started) {
        List<ScriptRun> runs = new ArrayList<>();
        int mismatches = 0;
        boolean cutShort = false;
        for (int i = 0; i < scripts.size(); i++) {
            Path script = scripts.get(i);
            ScriptRun run;
            try {
                run = ScriptRun.of(script, texts.get(i), transcripts, started, limit);
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
        int running = runs.stream().mapToInt(r -> r.threadsLeft).sum();
        if (running > 0) out.println(ReplText.bar(running
                + (running == 1 ? " thread the script started was" : " threads the scripts started were")
                + " still running at the end of the replay; " + (running == 1 ? "it stops" : "they stop")
                        + " with it."));
        try {
            for (Transcript t : transcripts) t.finish(runs);
        } catch (IOException | AutogradException e) {
            out.println("Cannot write the transcript: " + e.getMessage());
            return 2;
        }
        return check && mismatches > 0 || cutShort ? 1 : 0;           // a cell stopped or exiting is never a pass
    }

}
