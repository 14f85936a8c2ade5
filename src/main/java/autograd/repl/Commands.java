package autograd.repl;

import autograd.AutogradException;
import autograd.replay.Replay;
import autograd.session.Session;
import autograd.session.UserFile;
import autograd.teach.StepBackward;
import autograd.text.ReplText;
import autograd.text.StackText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The REPL's own {@code /commands}: each is a name, a line of help, and what it does with its argument. */
final class Commands {
    private record Command(String help, Consumer<String> action) {}

    private final Repl repl;
    private final Map<String, Command> table = new LinkedHashMap<>();

    Commands(Repl repl) {
        this.repl = repl;
        add("/help", "this list; help() lists the preloaded helpers", arg -> help());
        add("/vars", "the variables you declared, with their values", arg -> vars());
        add("/methods", "the methods you declared", arg -> methods());
        add("/imports", "the imports in effect", arg -> imports());
        add("/open", "FILE: run the snippets of a .jsh file here", this::open);
        add("/replay", "FILE: replay an exercise script cell by cell, Enter for each cell (q stops)", this::replay);
        add("/draw", "EXPR: drawDot(EXPR), the graph of a Value as a picture", this::draw);
        add("/step", "EXPR: backward() one local backward at a time, Enter for each step (q stops)", this::step);
        add("/save", "FILE: save what you typed as a .jsh script you can /open or replay", this::save);
        add("/trace", "the full stack of the last exception", arg -> trace());
        add("/operators", "on | off | java | quiet: the lecture's a*b + c on Values, and whether to show its Java",
                this::operators);
        add("/reset", "start again: a fresh session with the helpers preloaded", arg -> repl.reset());
        add("/exit", "leave (Ctrl-D does too)", arg -> repl.exit());
    }

    void add(String name, String help, Consumer<String> action) { table.put(name, new Command(help, action)); }

    List<String> names() { return List.copyOf(table.keySet()); }

    /**
     * Whether a line is a command: {@code /name} at its start. A line opening with {@code //} or {@code /*} is Java, as
     * in jshell.
     */
    static boolean isCommand(String line) {
        String s = line.stripLeading();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }

    /** Runs a line that starts with {@code /}. */
    void run(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        List<String> matches = table.keySet().stream().filter(n -> n.startsWith(parts[0])).collect(Collectors.toList());
        Command command = table.get(parts[0]);
        if (command == null && matches.size() == 1) command = table.get(matches.get(0));   // /he works as /help
        if (command == null) {
            repl.error("No such command: " + parts[0] + ". The commands are " + String.join(" ", table.keySet()) + ".");
            return;
        }
        command.action().accept(arg);
    }

    private PrintWriter out() { return repl.out(); }

    private void help() {
        table.forEach((name, c) -> out().println(ReplText.bar(String.format("%-9s %s", name, c.help()))));
        out().println(ReplText.bar("Tab completes, Ctrl-R searches history, Ctrl-C stops a running snippet."));
    }

    private void vars() {
        var jshell = repl.session().jshell();
        jshell.variables().forEach(v -> out().println(ReplText.bar("  " + v.typeName() + " " + v.name() + " = "
                + (jshell.status(v) == jdk.jshell.Snippet.Status.VALID ? jshell.varValue(v)
                        : "(not usable until " + String.join(", ", jshell.unresolvedDependencies(v).toList())
                                + " is declared)"))));
    }

    private void methods() {
        repl.session().jshell().methods().forEach(m -> {
            String signature = m.signature();                 // "(String)void"
            int close = signature.lastIndexOf(')');
            out().println(ReplText.bar("  " + signature.substring(close + 1) + " " + m.name()
                    + signature.substring(0, close + 1)));
        });
    }

    private void imports() {
        repl.session().jshell().imports().forEach(i ->
                out().println(ReplText.bar("  import " + (i.isStatic() ? "static " : "") + i.fullname() + ";")));
    }

    private void open(String file) {
        if (file.isEmpty()) { repl.error("/open needs a file, as in /open scripts/exercises/01-neuron.jsh."); return; }
        String text;
        try {
            text = UserFile.read(Path.of(file));
        } catch (AutogradException e) {
            repl.error(e.getMessage());
            return;
        }
        repl.evalAndShow(text);
    }

    private void replay(String file) {
        if (file.isEmpty()) {
            repl.error("/replay needs a script, as in /replay scripts/exercises/01-neuron.jsh.");
            return;
        }
        PrintStream screen = new PrintStream(repl.terminal().output(), true, StandardCharsets.UTF_8);
        try {
            Replay.run(Replay.Options.stepping(Path.of(file)), repl.keys(), screen, repl::stopsNow);
        } finally {
            repl.stopsNow(null);
        }
        screen.flush();
    }

    private void draw(String expression) {
        if (expression.isEmpty()) { repl.error("/draw needs an expression, as in /draw o."); return; }
        repl.evalAndShow("drawDot(" + expression + ");");
    }

    private void step(String expression) {
        if (expression.isEmpty()) { repl.error("/step needs a Value, as in /step o."); return; }
        List<StepBackward.Frame> frames;
        try {
            frames = StepBackward.frames(repl.session().object(expression));
        } catch (Session.NoValue e) {                     // the expression did not compile, or threw
            repl.error(e.outcome != null ? ReplText.of(e.outcome)
                    : ReplText.bar(expression + " has no value to take."));
            return;
        }
        StepThrough.run(frames, repl.keys(), out());
    }

    private void save(String file) {
        if (file.isEmpty()) { repl.error("/save needs a file, as in /save mywork.jsh."); return; }
        try {
            Files.writeString(Path.of(file), String.join("\n\n", repl.session().history()) + "\n");   // a cell each
            out().println(ReplText.bar("Saved " + repl.session().history().size() + " snippets to " + file + "."));
        } catch (IOException e) {
            repl.error("Cannot write " + file + ": " + e.getMessage() + ".");
        }
    }

    private void operators(String how) {
        switch (how) {
            case "on" -> repl.session().operators(true);
            case "off" -> repl.session().operators(false);
            case "java" -> repl.echo().mode(JavaEcho.Mode.ALWAYS);
            case "quiet" -> repl.echo().mode(JavaEcho.Mode.NEVER);
            case "" -> { }
            default -> {
                repl.error(ReplText.bar("/operators takes on, off, java or quiet, not '" + how + "'."));
                return;
            }
        }
        if (!repl.session().operators()) {
            out().println(ReplText.bar("Operators on Values are off: write x1.mul(w1).add(b); /operators on brings"
                    + " them back."));
            return;
        }
        String java = switch (repl.echo().mode()) {
            case ALWAYS -> "its Java is shown every time";
            case NEVER -> "its Java is not shown";
            default -> "its Java is shown for the first " + JavaEcho.FIRST + " such lines";
        };
        out().println(ReplText.bar("Operators on Values are on: x1*w1 + b runs as x1.mul(w1).add(b), and " + java
                + "."));
    }

    private void trace() {
        Throwable last = repl.session().lastException();
        if (last == null) { out().println(ReplText.bar("No exception yet.")); return; }
        out().print(StackText.of(last, repl.session().names()));
        out().flush();
    }
}
