package autograd.session;

import autograd.draw.Picture;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.execution.LocalExecutionControlProvider;

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
    private final List<String> history = new ArrayList<>();   // what evaluated cleanly, for /save
    private volatile boolean stopped;
    private volatile long running;                             // the snippet running now, by number; 0: none
    private long snippets;

    private Session(JShell jshell) {
        this.jshell = jshell;
        this.display = new Display(jshell);
    }

    /** A fresh session with our classes on its class path and the startup script evaluated. */
    public static Session start() {
        RoutedOutput.install();
        String classPath = System.getProperty("java.class.path");
        JShell jshell = JShell.builder()
                .executionEngine(new LocalExecutionControlProvider(), Map.of())
                .compilerOptions("--class-path", classPath)
                .build();
        Session session = new Session(jshell);
        for (Result r : session.evalAll(DEFAULT_IMPORTS + startupScript(), false)) {
            if (r.failed()) throw new IllegalStateException("The startup script failed: " + r.display());
        }
        return session;
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

    /** As {@link #eval(String, Consumer)}, but kept out of {@link #history()}: for a command's own plumbing. */
    public List<Result> evalUnrecorded(String source, Consumer<Result> each) { return evalAll(source, false, each); }

    private List<Result> evalAll(String source, boolean remember) { return evalAll(source, remember, r -> {}); }

    private List<Result> evalAll(String source, boolean remember, Consumer<Result> each) {
        List<Result> results = new ArrayList<>();
        stopped = false;
        for (Piece piece : split(source)) {
            if (stopped) break;                                // Ctrl-C stops the rest of a paste or a file too
            Result r = piece.finished() ? evalOne(piece.source()) : display.incomplete(piece.source().strip());
            if (remember && !r.failed()) history.add(replayable(piece.source().strip()));
            results.add(r);
            each.accept(r);
        }
        return results;
    }

    /** A piece of source as jshell splits it: one whole snippet, or an unfinished tail. */
    public record Piece(String source, boolean finished) {}

    /** The snippets of {@code source} in order, as jshell splits them; an unfinished tail comes last, whole. */
    public List<Piece> split(String source) {
        List<Piece> pieces = new ArrayList<>();
        String rest = source;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis().analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) break;   // only comments left
            if (!info.completeness().isComplete()) {
                pieces.add(new Piece(rest, false));
                break;
            }
            pieces.add(new Piece(info.source(), true));
            rest = info.remaining();
        }
        return pieces;
    }

    private Result evalOne(String snippet) {
        Context before = context.enter();   // the snippet's thread inherits it: the helpers find this session
        running = ++snippets;
        try {
            List<SnippetEvent> events = jshell.eval(snippet);
            return stopped ? display.stopped(snippet.strip()) : display.of(snippet.strip(), events);
        } finally {
            running = 0;
            Context.leave(before);
        }
    }

    /**
     * The value of a Java expression, as an object: what a command such as /step works on. Kept out of
     * {@link #history()}.
     *
     * @throws IllegalArgumentException with the session's one-line message when the expression fails
     */
    public Object object(String expression) {
        context.takeHanded();
        List<Result> results = evalUnrecorded("autograd.session.Handoff.give(" + expression + ");", r -> {});
        for (Result r : results) if (r.failed()) throw new IllegalArgumentException(r.display());
        return context.takeHanded();
    }

    /** A snippet as a script can hold it: {@code x1.grad} typed without its semicolon gets one (its value still shows). */
    private static String replayable(String snippet) {
        return snippet.endsWith(";") || snippet.endsWith("}") ? snippet : snippet + ";";
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
     * Stops the snippet that is running now (Ctrl-C); the session stays usable. On JDK 17 the stop is a ThreadDeath,
     * which a busy machine sometimes loses in a {@code while (true)} loop: while the same snippet still runs, it is
     * stopped again, twice a second, for five seconds.
     */
    public void stop() {
        stopped = true;
        long snippet = running;
        jshell.stop();
        if (snippet == 0) return;
        Thread again = new Thread(() -> {
            for (int i = 0; i < 10 && running == snippet; i++) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                if (running == snippet) jshell.stop();
            }
        }, "autograd-stop");
        again.setDaemon(true);
        again.start();
    }

    /** Catches what this session's snippets print until closed; {@code live} (may be null) also gets it as it comes. */
    public Capture capture(PrintStream live) { return new Capture(context, live); }

    /** The pictures this session's snippets drew since the last call, oldest first. */
    public List<Picture> takePictures() { return context.takePictures(); }

    /** How this session shows a picture when a snippet draws one; by default it opens the user's viewer. */
    public void showPictures(Consumer<Picture> show) { context.show(show); }

    /** Where pictures go unless a session is told otherwise: {@code -Dautograd.out}, else {@code AUTOGRAD_OUT}, else {@code graphs}. */
    public static Path defaultOutputFolder() { return Context.defaultFolder(); }

    /** Where this session's pictures go. */
    public Path outputFolder() { return context.folder(); }

    /** Sends this session's pictures to folder; null goes back to the default ({@code AUTOGRAD_OUT}, else graphs). */
    public void outputFolder(Path folder) { context.folder(folder); }

    /** The last exception a snippet threw, with the user's stack, or null. */
    public Throwable lastException() { return display.lastException(); }

    @Override public void close() { jshell.close(); }
}
