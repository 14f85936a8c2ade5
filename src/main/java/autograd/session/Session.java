package autograd.session;

import autograd.picture.Picture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * The one place that evaluates Java snippets: a {@code jdk.jshell} instance running in this JVM, with the
 * startup script preloaded. The REPL, the replay runner and the notebook kernel each talk to a session of their
 * own. In-process execution makes the first answer fast and lets drawDot see the user's own classes.
 *
 * <p>A session owns its {@link Context}: where its pictures go, which pictures its snippets drew, how they are
 * shown, and where its snippets' output goes. Two sessions in one JVM see only their own.
 */
public final class Session implements AutoCloseable {
    /** The startup script, copied from {@code startup/autograd.jsh} into the jar by the build. */
    static final String STARTUP = "/autograd/session/autograd.jsh";

    /** jshell's own DEFAULT startup, which `jshell --startup DEFAULT --startup autograd.jsh` also loads. */
    static final String DEFAULT_IMPORTS = """
            import java.io.*; import java.math.*; import java.net.*; import java.nio.file.*; import java.util.*;
            import java.util.concurrent.*; import java.util.function.*; import java.util.prefs.*;
            import java.util.regex.*; import java.util.stream.*;
            """;

    private final JShell jshell;
    private final Display display;
    private final Context context = new Context();
    private final SnippetThread snippets = new SnippetThread();
    private final List<String> history = new ArrayList<>();   // what evaluated cleanly, for /save
    private volatile boolean stopped;
    private volatile Long stoppedAt;                           // System.nanoTime() of the last stop, while a snippet runs

    private Session(JShell jshell) {
        this.jshell = jshell;
        this.display = new Display(jshell);
    }

    /** A fresh session with our classes on its class path and the startup script evaluated. */
    public static Session start() {
        RoutedOutput.install();
        RoutedInput.install();
        String classPath = snippetClassPath(System.getProperty("java.class.path"));
        JShell jshell = JShell.builder()
                .executionEngine(new SessionExecution(), Map.of())
                .compilerOptions("--class-path", classPath)
                .build();
        Session session = new Session(jshell);
        for (Result r : session.evalAll(DEFAULT_IMPORTS + startupScript(), false)) {
            if (r.failed()) throw new IllegalStateException("The startup script failed: " + r.display());
        }
        return session;
    }

    /**
     * What snippets compile against: our own classes, and XChart (a plot's chart is its XYChart). Not the rest of the
     * tool's class path: javac reads, and JShell indexes, every jar it is given, for every snippet (8% of a replay).
     */
    static String snippetClassPath(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName() == null ? entry : Path.of(entry).getFileName().toString();
                    return name.startsWith("autograd") || name.endsWith("classes") || name.startsWith("xchart-");
                })
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    static String startupScript() {
        try (InputStream in = Session.class.getResourceAsStream(STARTUP)) {
            if (in == null) throw new IllegalStateException("autograd.jsh is missing from the class path; rebuild with mvn package.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Evaluates every snippet in {@code source} in order; an incomplete tail is reported as an error. */
    public List<Result> eval(String source) { return eval(source, r -> {}); }

    /** As {@link #eval(String)}, handing each result to {@code each} as soon as its snippet has run. */
    public List<Result> eval(String source, Consumer<Result> each) { return evalAll(source, true, each); }

    private List<Result> evalAll(String source, boolean remember) { return evalAll(source, remember, r -> {}); }

    /**
     * Each snippet in turn, as a notebook runs a cell: the first that fails ends the input (a pasted cell, a file),
     * since what follows usually needs it, and one more line says how much was left out.
     */
    private List<Result> evalAll(String source, boolean remember, Consumer<Result> each) {
        List<Result> results = new ArrayList<>();
        stopped = false;
        List<Piece> pieces = split(source);
        for (int i = 0; i < pieces.size(); i++) {
            if (stopped) break;                                // Ctrl-C stops the rest of a paste or a file too
            Result r = run(pieces.get(i), remember);
            int left = pieces.size() - i - 1;
            if (r.failed() && left > 0 && r.kind() != Result.Kind.STOPPED)
                r = new Result(r.source(), r.kind(), r.display() + "\n|  The " + (left == 1 ? "snippet" : left + " snippets")
                        + " after it did not run.", r.value());
            results.add(r);
            each.accept(r);
            if (r.failed()) break;
        }
        return results;
    }

    /** A piece of source as jshell splits it: one whole snippet, or an unfinished tail. */
    public record Piece(String source, boolean finished) {}

    /**
     * One piece that {@link #split} made, run as {@link #eval(String)} runs each: for a replay or a notebook, which
     * look at each snippet's result before the next, without splitting its source a second time.
     */
    public Result eval(Piece piece) {
        stopped = false;
        return run(piece, true);
    }

    /** The piece's result (an unfinished one is an error), kept in the history when it worked and {@code remember}. */
    private Result run(Piece piece, boolean remember) {
        Result r = piece.finished() ? evalOne(piece.source()) : display.incomplete(piece.source().strip());
        if (remember && !r.failed()) history.add(replayable(piece.source().strip()));
        return r;
    }

    /**
     * The snippets of {@code source} in order, as the JDK's jshell reads a file with /open: line by line, a line that
     * completes a snippet ends it, with or without its semicolon ({@code x1.grad} alone is a snippet), and a line may
     * hold several snippets. Comments alone are nothing to run. An unfinished tail comes last, whole.
     */
    public List<Piece> split(String source) {
        List<Piece> pieces = new ArrayList<>();
        String pending = "";
        for (String line : source.replace("\r\n", "\n").split("\n", -1)) {
            pending += line + "\n";
            while (true) {
                CompletionInfo info = completion(pending);
                if (info == null) { pieces.add(new Piece(pending, true)); pending = ""; break; }   // too deep to cut: whole
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) { pending = ""; break; }   // comments
                if (!info.completeness().isComplete()) break;                                             // read on
                pieces.add(new Piece(info.source(), true));
                pending = info.remaining();
                if (pending.isBlank()) { pending = ""; break; }
            }
        }
        if (!pending.isBlank()) pieces.add(new Piece(pending, false));
        return pieces;
    }

    /**
     * JShell's analyzeCompletion, on the snippet thread's deep stack (it recurses on a long expression: a 3,000-term
     * sum overflows a normal thread's stack); null if even that overflows.
     */
    public CompletionInfo completion(String source) {
        SnippetThread.Outcome<CompletionInfo> outcome = snippets.run(() -> analysis().analyzeCompletion(source), () -> null, () -> {});
        if (outcome instanceof SnippetThread.Done<CompletionInfo> done) return done.value();
        if (outcome instanceof SnippetThread.StillBusy) return analysis().analyzeCompletion(source);   // the thread is taken
        return null;
    }

    private Result evalOne(String snippet) {
        String shown = snippet.strip();
        int literal = LongLiteral.in(snippet);
        if (literal >= 0) return display.literalTooLong(shown, snippet, literal);
        stoppedAt = null;
        SnippetThread.Outcome<List<SnippetEvent>> outcome = snippets.run(() -> {
            Context before = context.enter();   // the snippet's thread inherits it: the helpers find this session
            try {
                return jshell.eval(snippet);
            } finally {
                Context.leave(before);
            }
        }, () -> stoppedAt, jshell::stop);
        if (outcome instanceof SnippetThread.Done<List<SnippetEvent>> done)
            return stopped ? display.stopped(shown) : display.of(shown, done.value());
        if (outcome instanceof SnippetThread.TooDeep) return display.tooDeep(shown);
        if (outcome instanceof SnippetThread.StillBusy) return display.stillBusy(shown);
        return display.abandoned(shown);
    }

    /**
     * The value of a Java expression, as an object: what a command such as /step works on. Kept out of
     * {@link #history()}.
     *
     * @throws IllegalArgumentException with the session's one-line message when the expression fails
     */
    public Object object(String expression) {
        List<Result> results = evalAll(expression, false);   // a command's own plumbing: kept out of the history
        for (Result r : results) if (r.failed()) throw new IllegalArgumentException(r.display());
        if (results.isEmpty()) throw new IllegalArgumentException("|  There is no expression there to take a value from.");
        Snippet last = jshell.snippets().reduce((a, b) -> b).orElseThrow();   // its value is held as a variable: $7, or x
        String name = last instanceof jdk.jshell.ExpressionSnippet e ? e.name() : last instanceof jdk.jshell.VarSnippet v ? v.name() : null;
        if (name == null) throw new IllegalArgumentException("|  " + expression.strip() + " has no value to take.");
        context.takeHanded();
        evalAll("autograd.session.Handoff.give(" + name + ");", false);
        return context.takeHanded();
    }

    /** A snippet as a script can hold it: {@code x1.grad} typed without its semicolon gets one (its value still shows). */
    private static String replayable(String snippet) {
        String code = snippet.replaceAll("//[^\"\n]*$", "").stripTrailing();          // a comment at the end is not the end
        return code.endsWith(";") || code.endsWith("}") ? snippet : code + ";" + snippet.substring(code.length());
    }

    /** True when {@code source} is a whole snippet (or several); false while a class or method is still open. */
    public boolean isComplete(String source) {
        return split(source).stream().allMatch(Piece::finished);
    }

    public SourceCodeAnalysis analysis() { return jshell.sourceCodeAnalysis(); }

    public JShell jshell() { return jshell; }

    /** The snippets typed so far that evaluated without error, in order, each ready for a script (startup excluded). */
    public List<String> history() { return List.copyOf(history); }

    /**
     * Stops the snippet that is running now (Ctrl-C); the session stays usable. While the snippet still runs, the
     * stop is said again ten times a second (see {@link SnippetThread}): a stop that came while it compiled found
     * nothing to stop, and on JDK 17 a busy machine sometimes loses the first ThreadDeath in a {@code while (true)}.
     */
    public void stop() {
        stopped = true;
        if (stoppedAt == null) stoppedAt = System.nanoTime();
        jshell.stop();
    }

    /** Catches what this session's snippets print until closed; {@code live} (may be null) also gets it as it comes. */
    public Capture capture(PrintStream live) { return new Capture(context, live); }

    /**
     * Sends what this session's snippets print to {@code out} and {@code err} (a notebook's stdout and stderr
     * streams); null for either goes back to the process's own. A {@link #capture} still takes precedence while open.
     */
    public void output(OutputStream out, OutputStream err) { context.output(out, err); }

    /** Where this session's snippets read System.in from (a notebook's input requests); null for the process's stdin. */
    public void input(InputStream in) { context.input(in); }

    /** The pictures this session's snippets drew since the last call, oldest first. */
    public List<Picture> takePictures() { return context.takePictures(); }

    /** How this session shows a picture when a snippet draws one; by default it opens the user's viewer. */
    public void showPictures(Consumer<Picture> show) { context.show(show); }

    /** Threads this session's snippets started that are still running (a snippet still running counts too). */
    public int runningThreads() { return snippets.started(); }

    /** Where pictures go unless a session is told otherwise: {@code -Dautograd.out}, else {@code AUTOGRAD_OUT}, else {@code graphs}. */
    public static Path defaultOutputFolder() { return Context.defaultFolder(); }

    /** Where this session's pictures go. */
    public Path outputFolder() { return context.folder(); }

    /** Sends this session's pictures to folder; null goes back to the default ({@code AUTOGRAD_OUT}, else graphs). */
    public void outputFolder(Path folder) { context.folder(folder); }

    /** The last exception a snippet threw, with the user's stack, or null. */
    public Throwable lastException() { return display.lastException(); }

    @Override public void close() {
        snippets.close();
        jshell.close();
    }
}
