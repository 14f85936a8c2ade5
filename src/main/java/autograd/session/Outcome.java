package autograd.session;

import autograd.picture.Picture;
import java.util.List;
import java.util.Optional;

/**
 * What one snippet did, as data: the front doors only render it, each its own way (the REPL as jshell's lines, the
 * kernel as Jupyter's messages, a replay as its transcripts). Exactly one of {@code value}, {@code declared} and
 * {@code problem} is set, or none for a statement.
 *
 * @param source   the snippet as the user typed it
 * @param java     the Java that ran in its place, when a transform (the operators) rewrote it; null when it ran as
 * typed
 * @param value    what an expression or a variable holds now ({@code o}, {@code x1.grad}, {@code Value a = ...})
 * @param declared what a method or a class declaration did
 * @param problem  why it failed: it did not compile, it threw, it was stopped, it asked to exit
 * @param notRun   how many snippets after this one, in the same code, did not run because this one failed
 * @param output   what it printed and drew, in order
 */
public record Outcome(String source, String java, Shown value, Declared declared, Problem problem,
                      int notRun, List<Output> output) {

    /** The value of an expression or a variable, as jshell names it ({@code $3}, {@code o}) and shows it. */
    public record Shown(String name, String type, String text, String bare, boolean expression) {
        /**
         * @param text       jshell's way of showing it: {@code Value(data=0.7071)}, a string in quotes
         * @param bare       as {@code String.valueOf} shows it: a string without its quotes
         * @param expression whether the snippet is an expression ({@code o}, {@code x1.grad}, {@code f(3)}), not a
         *                   declaration or an assignment: what a notebook shows as the cell's Out
         */
        public Shown {}

        /** A void call has no value to show. */
        public boolean isVoid() { return "void".equals(type); }
    }

    /**
     * A method or type declared: {@code created}, {@code replaced} or {@code modified}; what it is ({@code method
     * f(int)}, {@code class Value}) and its name; what it waits for before it can be used; and the variables and
     * methods that used
     * an earlier declaration of the same name ({@code x1} is null now, {@code f()} uses the new class).
     */
    public record Declared(String verb, String what, String name, List<String> waitsFor, List<String> nulled,
                           List<String> updated) {}

    /** A piece of a snippet's output, in the order it came. */
    public sealed interface Output {}

    /** Text printed to {@code "stdout"} or {@code "stderr"}. */
    public record Printed(String stream, String text) implements Output {}

    /** A picture drawn (drawDot, a plot, stepBackward, show). */
    public record Drawn(Picture picture) implements Output {}

    public boolean failed() { return problem != null; }

    /** Whether it was cut short (stopped, or it asked to exit) rather than run to its end or failed on its own. */
    public boolean cutShort() { return problem instanceof Problem.Stopped || problem instanceof Problem.Exited; }

    /** Everything it printed, both streams, in order. */
    public String printed() {
        StringBuilder all = new StringBuilder();
        for (Output o : output) if (o instanceof Printed p) all.append(p.text());
        return all.toString();
    }

    /** The pictures it drew, in order. */
    public List<Picture> pictures() {
        return output.stream().filter(o -> o instanceof Drawn).map(o -> ((Drawn) o).picture()).toList();
    }

    /**
     * What a notebook shows as the cell's Out when this snippet ends the cell: the value of an expression
     * ({@code x1.grad}, {@code o}), as Python shows a cell's last expression. A declaration, an assignment, a statement
     * or a void call shows nothing; nor does a snippet ending in {@code ;} (IPython's way to keep a cell quiet:
     * {@code plot(losses);}), nor the file names of the pictures it drew, which show themselves.
     */
    public Optional<String> notebookValue() {
        if (value == null || !value.expression() || value.isVoid() || source.strip()
                .endsWith(";")) return Optional.empty();
        List<String> files = pictures().stream().map(p -> p.file().toString()).toList();
        if (files.contains(value.bare()) || files.toString().equals(value.bare())) return Optional.empty();
        return Optional.of(value.bare());
    }
}
