package autograd.text;

import autograd.session.Outcome.Declared;
import autograd.session.Outcome;
import autograd.session.Problem.Diagnostic;
import autograd.session.Problem;
import java.util.List;

/**
 * An outcome as a jshell user reads it, under the prompt: {@code o ==> Value(data=0.7071...)},
 * {@code |  created method f(int)}, an error with the compiler's message and a caret under the place, an exception in
 * one line, and a hint where one fits. The REPL prints it, a replay's transcripts show it, and a notebook's error
 * keeps it as its traceback. Every line that starts with jshell's bar is made here.
 */
public final class ReplText {
    private ReplText() {}

    /** jshell's mark for what it says itself, as opposed to a value. */
    public static final String BAR = "|  ";

    /** A line of the tool's own, marked as jshell marks its own: {@code |  Reset: ...}. */
    public static String bar(String line) { return BAR + line; }

    /** What jshell shows for the outcome: its value, its declaration, or its problem; empty for a quiet statement. */
    public static String of(Outcome o) {
        if (o.problem() != null) return problem(o) + notRun(o);
        if (o.value() != null) return o.value().isVoid() ? "" : o.value().name() + " ==> " + o.value().text();
        if (o.declared() != null) return declared(o.declared());
        return "";
    }

    private static String declared(Declared d) {
        String out = BAR + d.verb() + " " + d.what();
        if (!d.waitsFor().isEmpty()) out += ", however, it cannot be used until " + String.join(", ", d.waitsFor())
                + " is declared";
        List<String> vars = d.nulled(), methods = d.updated();
        if (!vars.isEmpty()) {
            boolean many = vars.size() > 1;
            out += "\n" + BAR + "  " + String.join(", ", vars) + (many ? " were" : " was") + " of the " + d.name()
                    + " declared before, so " + (many ? "they are" : "it is") + " null now: make "
                            + (many ? "them" : "it")
                    + " again" + (vars.contains("o") ? " (resetGraph(\"graph\") rebuilds the neuron)." : ".");
        }
        if (!methods.isEmpty())
            out += "\n" + BAR + "  " + String.join(", ", methods) + " now use" + (methods.size() > 1 ? "" : "s")
                    + " the new definition.";
        return out;
    }

    /**
     * The Java an operator line ran as, for the REPL to show dimmed: {@code |  as Java: x1.mul(w1).add(b)}, a long one
     * cut to its first lines; {@code last} adds that it is shown no more.
     */
    public static String ranAs(Outcome o, boolean last) {
        List<String> lines = o.java().strip().lines().toList();
        StringBuilder out = new StringBuilder(BAR + "as Java: " + lines.get(0));
        for (int i = 1; i < Math.min(lines.size(), RAN_AS_LINES); i++) out.append('\n').append(BAR).append("         ")
                .append(lines.get(i));
        if (lines.size() > RAN_AS_LINES) out.append('\n').append(BAR).append("         ...");
        if (last) out.append('\n').append(BAR)
                .append("(the Java of an operator line is shown no more: /operators java shows it"
                + " every time)");
        return out.toString();
    }

    static final int RAN_AS_LINES = 4;

    /** The problem alone, without the note on the snippets that did not run. */
    public static String problem(Outcome o) {
        Problem p = o.problem();
        if (p instanceof Problem.NotCompiled n) return notCompiled(o.source(), n);
        if (p instanceof Problem.Unfinished u) return BAR + "Error:\n" + BAR + headline(p) + hint(u.hint());
        if (p instanceof Problem.Threw t) return BAR + headline(p) + hint(t.hint());
        return BAR + headline(p);
    }

    /** The problem in one line, without the bar: the first line of what the REPL says, for a notebook's error value. */
    public static String headline(Problem p) {
        if (p instanceof Problem.NotCompiled n) return n.errors().isEmpty() ? "Error" : n.errors().get(0).message()
                .lines().findFirst().orElse("");
        if (p instanceof Problem.Unfinished) return "this snippet is not finished (a missing ';', ')' or '}'?)";
        if (p instanceof Problem.Threw t) return t.className() == null ? t.message() : oneLine(t);
        if (p instanceof Problem.Stopped s) return stopped(s.why());
        return "The snippet asked to exit (" + ((Problem.Exited) p).call()
                + "): it stopped there, and the session goes on.";
    }

    /** An exception in one line: its class's simple name and message; /trace shows the rest. */
    public static String oneLine(Problem.Threw t) {
        String simple = t.className().substring(t.className().lastIndexOf('.') + 1);
        return simple + (t.message() == null ? "" : ": " + t.message()) + "  (/trace shows where)";
    }

    static String stopped(Problem.Why why) {
        return switch (why) {
            case STOPPED -> "Stopped.";
            case ABANDONED -> "Stopped, but the code inside a library call goes on running in the background (this"
                    + " JDK can stop only"
                    + " code you typed); the session will answer again once it ends, or /reset now.";
            case BUSY -> "The session is still running a snippet it could not stop; wait for it, or /reset.";
        };
    }

    private static String notRun(Outcome o) {
        if (o.notRun() == 0 || o.problem() instanceof Problem.Stopped) return "";
        return "\n" + BAR + "The " + (o.notRun() == 1 ? "snippet" : o.notRun() + " snippets")
                + " after it did not run.";
    }

    private static String hint(String hint) { return hint == null ? "" : "\n" + BAR + "Hint: " + hint; }

    /** The compiler's errors, each with its line and a caret, as jshell shows them; then the hint. */
    private static String notCompiled(String source, Problem.NotCompiled n) {
        StringBuilder out = new StringBuilder(BAR + "Error:");
        for (Diagnostic d : n.errors()) {
            for (String line : d.message().split("\n")) out.append('\n').append(BAR).append(line);
            out.append(Caret.under(source, d.start(), d.end()));
        }
        return out.append(hint(n.hint())).toString();
    }
}
