package autograd.repl;

import autograd.render.Renderer;
import autograd.replay.Keys;
import autograd.session.Outcome;
import autograd.session.Session;
import autograd.text.ReplText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The prompt: a jline line reader over a {@link Session}. Enter evaluates a finished snippet (an unfinished one
 * continues on {@code ...>}), Tab completes, Ctrl-R searches the saved history, Ctrl-C stops a running snippet
 * or clears the line, Ctrl-D leaves.
 */
public final class Repl {
    static final String PROMPT = "autograd> ", CONTINUATION = "   ...> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final Commands commands;
    private volatile Session session;        // volatile: Ctrl-C's handler reads it on the signal's thread
    private volatile Session replaying;      // a /replay's own session while it runs: Ctrl-C stops that one instead
    private final JavaEcho echo = new JavaEcho();
    private boolean done;

    Repl(Terminal terminal, Session session, Path historyFile) {
        this.terminal = terminal;
        this.session = session;
        session.traps(true);
        this.commands = new Commands(this);
        String historyOff = History.prepare(historyFile);
        if (historyOff != null) {
            terminal.writer().println(ReplText.bar("History is off for this session: " + historyOff + "."));
            terminal.flush();
        }
        // a failing history write: not a stack trace per line
        Logger.getLogger("org.jline").setLevel(Level.SEVERE);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("autograd")
                .parser(new SnippetParser(this::session))
                .completer(new SnippetCompleter(this::session, commands.names()))
                .highlighter(new JavaHighlighter())
                .variable(LineReader.HISTORY_FILE, historyOff == null ? historyFile : null)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.BLINK_MATCHING_PAREN, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)   // `!` is Java's not, not history
                .build();
        PasteRuns.install(reader, this::session);
    }

    /** Opens the user's terminal, says hello, and reads snippets until /exit or Ctrl-D. */
    public static void start() throws IOException {
        // while the terminal opens
        CompletableFuture<Session> starting = CompletableFuture.supplyAsync(Session::start);
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            terminal.writer().println("autograd-jshell: micrograd's Value in Java. The lecture's neuron is loaded"
                    + " (o, n, x1...);"
                    + " type help() for the helpers, /help for commands.");
            terminal.flush();
            Session session;
            try {
                session = starting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            // after JShell's start (they would share two cores), before the first drawDot
            Renderer.shared().warmUp();
            try {
                new Repl(terminal, session, History.file()).loop();
            } finally {
                session.close();
            }
        }
    }

    void loop() {
        // Outside readLine (which handles Ctrl-C itself), Ctrl-C stops whatever snippet runs: ours, or a /replay's.
        // (Stopping a session with nothing running does nothing: its next snippet starts afresh.)
        terminal.handle(Terminal.Signal.INT, signal -> {
            Session s = replaying;
            (s != null ? s : session).stop();
        });
        while (!done) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;                                    // Ctrl-C at the prompt clears the line
            } catch (EndOfFileException e) {
                break;                                       // Ctrl-D
            }
            if (line.isBlank()) continue;
            try {
                if (Commands.isCommand(line)) commands.run(line);
                else evalAndShow(line);
            } catch (RuntimeException e) {                     // a command's failure must not end the session
                error(ReplText.bar(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            error("Could not save the history: " + e.getMessage() + ".");
        }
        int running = session.runningThreads();
        if (running > 0) {
            out().println(ReplText.bar(running
                    + (running == 1 ? " thread you started was" : " threads you started were")
                    + " still running; leaving stops " + (running == 1 ? "it." : "them.")));
            out().flush();
        }
    }

    /** Runs the source and shows each snippet's outcome as jshell does, as soon as it has run. */
    void evalAndShow(String source) {
        session.run(source, this::show);
    }

    /**
     * From now on Ctrl-C stops this session's snippets (a /replay's, as each of its scripts starts); null: ours again.
     */
    void stopsNow(Session s) { replaying = s; }

    void show(Outcome o) {
        System.out.flush();                                    // what the snippet printed comes first
        System.err.flush();
        if (o.java() != null && !o.failed()) {
            JavaEcho.Show s = echo.next();
            if (s != JavaEcho.Show.NO) dim(ReplText.ranAs(o, s == JavaEcho.Show.LAST));
        }
        String text = ReplText.of(o);
        if (text.isEmpty()) return;
        if (o.failed()) error(text);
        else out().println(text);
        out().flush();
    }

    /** What the REPL says quietly: the Java an operator line ran as. */
    private void dim(String message) {
        out().println(new AttributedString(message, AttributedStyle.DEFAULT.faint()).toAnsi(terminal));
    }

    JavaEcho echo() { return echo; }

    void error(String message) {
        out().println(new AttributedString(message, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
                .toAnsi(terminal));
        out().flush();
    }

    void reset() {
        session.close();
        session = Session.start();
        session.traps(true);
        out().println(ReplText.bar("Reset: a fresh session with the helpers preloaded."));
    }

    void exit() { done = true; }

    /** The keys pressed at this terminal, one at a time: what /replay and /step wait on between steps. */
    Keys keys() { return new TerminalKeys(terminal); }

    Session session() { return session; }

    PrintWriter out() { return terminal.writer(); }

    Terminal terminal() { return terminal; }
}
