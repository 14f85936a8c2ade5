package autograd.session;

import autograd.picture.Picture;
import autograd.session.Outcomes.Read;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The one place that runs Java snippets: a {@code jdk.jshell} instance in this JVM, with the startup script
 * preloaded. The REPL, the replays and the notebook kernel each own a session, and all run code the same way, through
 * {@link #run}: the code is split once, as jshell's {@code /open} splits a file, and run a snippet at a time until
 * one fails; each snippet's {@link Outcome} says what it did, as data, for the front door to render its own way.
 *
 * <p>A session owns its {@link Context}: where its pictures go, how they are shown, and where its snippets' output
 * goes. Two sessions in one JVM see only their own.
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

    /**
     * Whether sessions run the lecture's operators on Values, unless told otherwise: {@code
     * -Dautograd.operators=false}.
     */
    static final boolean OPERATORS = !"false".equals(System.getProperty("autograd.operators"));

    private final JShell jshell;
    private final Evaluation evaluation;
    private final Context context = new Context();
    private final SnippetThread snippets = new SnippetThread();
    private final SnippetNames names = new SnippetNames();
    private final Outcomes outcomes;
    private final Splitter splitter;
    private final List<String> history = new ArrayList<>();   // what ran cleanly, for /save
    private int count;                                          // snippets run for the user
    private volatile Throwable lastException;
    private volatile boolean stopped;
    // System.nanoTime() of the last stop, while a snippet runs
    private volatile Long stoppedAt;

    private Session(JShell jshell, Map<String, byte[]> classes, String classPath) {
        this.jshell = jshell;
        this.evaluation = new Evaluation(jshell, classes, classPath, OPERATORS);
        this.outcomes = new Outcomes(jshell, names, this::operators);
        this.splitter = new Splitter(this::completion);
    }

    /** A fresh session with our classes on its class path and the startup script evaluated. */
    public static Session start() {
        Routing.install();
        Traps.install();
        Map<String, byte[]> classes = new java.util.concurrent.ConcurrentHashMap<>();
        String classPath = snippetClassPath(System.getProperty("java.class.path"));
        JShell jshell = JShell.builder()
                .executionEngine(new SessionExecution(classes), Map.of())
                .compilerOptions("--class-path", classPath)
                .build();
        Session session = new Session(jshell, classes, classPath);
        for (Piece piece : session.split(DEFAULT_IMPORTS + startupScript())) {
            Outcome o = session.runPiece(piece, 0, false);
            if (o.failed()) throw new IllegalStateException("The startup script failed at " + piece.source().strip()
                    + ": " + o.problem());
        }
        return session;
    }

    /**
     * What snippets compile against: our own classes, and XChart (a plot's chart is its XYChart). Not the rest of the
     * tool's class path: javac reads, and JShell indexes, every jar it is given, for every snippet.
     */
    static String snippetClassPath(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> {
                    Path file = Path.of(entry).getFileName();
                    String name = file == null ? entry : file.toString();
                    return name.startsWith("autograd") || name.endsWith("classes") || name.startsWith("xchart-");
                })
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    static String startupScript() {
        try (InputStream in = Session.class.getResourceAsStream(STARTUP)) {
            if (in == null) throw new IllegalStateException("autograd.jsh is missing from the class path; rebuild"
                    + " with mvn package.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs code as {@link #run(String, Consumer)} does, keeping the outcomes only. */
    public List<Outcome> run(String code) { return run(code, o -> {}); }

    /**
     * Runs code as typed: a line, a pasted block, a script's cell or a notebook's cell. It is split once into
     * snippets, as jshell's {@code /open} splits a file, and they run in order until one fails (what follows usually
     * needs it) or the session is stopped; {@code each} gets every snippet's outcome as soon as it has run.
     */
    public List<Outcome> run(String code, Consumer<Outcome> each) {
        stopped = false;
        List<Outcome> done = new ArrayList<>();
        List<Piece> pieces = split(code);
        for (int i = 0; i < pieces.size() && !stopped; i++) {      // Ctrl-C stops the rest of a paste or a cell too
            Outcome o = runPiece(pieces.get(i), pieces.size() - i - 1, true);
            done.add(o);
            each.accept(o);
            if (o.failed()) break;
        }
        return done;
    }

    /**
     * A piece of source as jshell splits it: one whole snippet, or an unfinished tail. A whole one JShell cannot read
     * ({@code int x = ;}) is not {@code readable}: it runs, and the compiler says what is wrong.
     */
    public record Piece(String source, boolean finished, boolean readable) {
        Piece(String source, boolean finished) { this(source, finished, true); }
    }

    /** The snippets of source in order, as the JDK's jshell reads a file with /open (see {@link Splitter}). */
    public List<Piece> split(String source) { return splitter.split(source); }

    /**
     * One snippet, run for the user ({@code counted}: numbered, kept in the history) or for the session's own plumbing.
     */
    private Outcome runPiece(Piece piece, int after, boolean counted) {
        String source = piece.source();
        if (!piece.finished()) return failed(source, new Problem.Unfinished(Hints.of(source.strip(), "")), after);
        int literal = LongLiteral.in(source);
        if (literal >= 0) return failed(source, LongLiteral.problem(literal), after);
        int number = counted ? ++count : 0;
        Recorder recorder = new Recorder();
        Read read = evaluate(source, recorder, number);
        List<Outcome.Output> output = recorder.output();
        if (read.problem() instanceof Problem.Threw t && t.exception() != null) lastException = t.exception();
        Outcome o = new Outcome(source, read.java(), read.value(), read.declared(), read.problem(),
                read.problem() == null ? 0 : after, output);
        if (counted && !o.failed()) history.add(replayable(source.strip()));
        return o;
    }

    private Outcome failed(String source, Problem problem, int after) {
        return new Outcome(source, null, null, null, problem, after, List.of());
    }

    /** The snippet compiled and run on the snippet thread, its output kept by the recorder meanwhile. */
    private Read evaluate(String source, Recorder recorder, int number) {
        stoppedAt = null;
        context.record(recorder);
        SnippetThread.Ran<Evaluation.Ran> ran;
        try {
            ran = snippets.run(() -> {
                Context before = context.enter();   // the snippet's thread inherits it: the helpers find this session
                try {
                    return evaluation.eval(source);
                } finally {
                    Context.leave(before);
                }
            }, () -> stoppedAt, jshell::stop);
        } finally {
            context.record(null);
        }
        if (ran instanceof SnippetThread.Done<Evaluation.Ran> done) {
            Evaluation.Ran r = done.value();
            if (r.refused() != null) return Read.of(refused(r.refused()));
            if (number > 0) r.events().stream().filter(e -> e.causeSnippet() == null).findFirst()
                    .ifPresent(e -> names.ran(e.snippet(), number));
            if (stopped) return Read.of(new Problem.Stopped(Problem.Why.STOPPED));
            return outcomes.of(source, r.events(),
                    Positions.of(r.java() == null ? source : r.java(), r.events(), r.map()))
                    .ran(r.java());
        }
        if (ran instanceof SnippetThread.TooDeep) return Read.of(LongLiteral.tooDeep());
        if (ran instanceof SnippetThread.StillBusy) return Read.of(new Problem.Stopped(Problem.Why.BUSY));
        return Read.of(new Problem.Stopped(Problem.Why.ABANDONED));
    }

    /** The operators' refusal, as a compile error on the user's text. */
    private static Problem refused(autograd.operators.Rewrite.Refused r) {
        return new Problem.NotCompiled(List.of(new Problem.Diagnostic(r.message(), r.start(), r.end())), null);
    }

    /**
     * Whether this session runs the lecture's operators on Values ({@code x1*w1 + b}); {@code /operators off} turns
     * them off.
     */
    public void operators(boolean on) { evaluation.operators(on); }

    public boolean operators() { return evaluation.operators(); }

    Evaluation evaluation() { return evaluation; }

    /**
     * JShell's analyzeCompletion, on the snippet thread's deep stack (it recurses on a long expression: a 3,000-term
     * sum overflows a normal thread's stack); null if even that overflows.
     */
    public CompletionInfo completion(String source) {
        SnippetThread.Ran<CompletionInfo> outcome = snippets.run(() -> analysis().analyzeCompletion(source), () ->
                null, () -> {});
        if (outcome instanceof SnippetThread.Done<CompletionInfo> done) return done.value();
        // the thread is taken
        if (outcome instanceof SnippetThread.StillBusy) return analysis().analyzeCompletion(source);
        return null;
    }

    /** Whether code is whole snippets, waits for more (a class or method still open), or cannot be read. */
    public Splitter.Readiness readiness(String code) { return splitter.readiness(code); }

    /** True when {@code source} is a whole snippet (or several); false while a class or method is still open. */
    public boolean isComplete(String source) { return split(source).stream().allMatch(Piece::finished); }

    /**
     * The value of a Java expression, as an object: what a command such as /step works on. Neither numbered nor kept
     * in {@link #history()}.
     *
     * @throws IllegalArgumentException with the outcome that failed, when the expression does not give a value
     */
    public Object object(String expression) {
        List<Piece> pieces = split(expression);
        if (pieces.isEmpty()) throw new NoValue(null);
        for (Piece p : pieces) {
            Outcome o = runPiece(p, 0, false);
            if (o.failed()) throw new NoValue(o);
        }
        // its value is held as a variable: $7, or x
        Snippet last = jshell.snippets().reduce((a, b) -> b).orElseThrow();
        String name = last instanceof jdk.jshell.ExpressionSnippet e ? e.name()
                : last instanceof jdk.jshell.VarSnippet v ? v.name() : null;
        if (name == null) throw new NoValue(null);
        context.takeHanded();
        runPiece(new Piece("autograd.session.Handoff.give(" + name + ");", true), 0, false);
        return context.takeHanded();
    }

    /**
     * What {@link #object} says when the expression gives no value: the outcome that failed, or none when it has none.
     */
    public static final class NoValue extends IllegalArgumentException {
        public final transient Outcome outcome;

        NoValue(Outcome outcome) {
            super(outcome == null ? "There is no value there to take." : String.valueOf(outcome.problem()));
            this.outcome = outcome;
        }
    }

    /**
     * A snippet as a script can hold it: {@code x1.grad} typed without its semicolon gets one (its value still shows).
     */
    private static String replayable(String snippet) {
        // a comment at the end is not the end
        String code = snippet.replaceAll("//[^\"\n]*$", "").stripTrailing();
        return code.endsWith(";") || code.endsWith("}") ? snippet : code + ";" + snippet.substring(code.length());
    }

    public SourceCodeAnalysis analysis() { return jshell.sourceCodeAnalysis(); }

    public JShell jshell() { return jshell; }

    /** The snippets run so far that evaluated without error, in order, each ready for a script (startup excluded). */
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

    /**
     * Sends what this session's snippets print to {@code out} and {@code err} (a notebook's streams, a transcript's
     * terminal); null for either goes back to the process's own.
     */
    public void output(OutputStream out, OutputStream err) { context.output(out, err); }

    /**
     * Where this session's snippets read System.in from (a notebook's input requests); null for the process's stdin.
     */
    public void input(InputStream in) { context.input(in); }

    /**
     * Whether this session names the lecture's traps to its student (the first time gradients pile up); off until
     * asked: the REPL and the kernel ask, a script asks with {@code traps(true)}.
     */
    public void traps(boolean on) { context.traps(on); }

    /** How this session shows a picture when a snippet draws one; by default it opens the user's viewer. */
    public void showPictures(Consumer<Picture> show) { context.show(show); }

    /** Threads this session's snippets started that are still running (a snippet still running counts too). */
    public int runningThreads() { return snippets.started(); }

    /**
     * Where pictures go unless a session is told otherwise: {@code -Dautograd.out}, else {@code AUTOGRAD_OUT}, else
     * {@code graphs}.
     */
    public static Path defaultOutputFolder() { return Context.defaultFolder(); }

    /** Where this session's pictures go. */
    public Path outputFolder() { return context.folder(); }

    /** Sends this session's pictures to folder; null goes back to the default ({@code AUTOGRAD_OUT}, else graphs). */
    public void outputFolder(Path folder) { context.folder(folder); }

    /** The last exception a snippet threw, with the user's stack, or null. */
    public Throwable lastException() { return lastException; }

    /** The user's own count of the snippets, for naming a stack's frames. */
    public SnippetNames names() { return names; }

    @Override public void close() {
        snippets.close();
        jshell.close();
    }
}
