package autograd.session;

import autograd.operators.Operators;
import autograd.operators.Rewrite;
import autograd.operators.SessionView;
import autograd.operators.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * One snippet through JShell, with the lecture's operators when they are on: Java that compiles runs as typed; a
 * snippet javac refuses for an operator on a Value ({@code x1*w1 + b}), or that holds {@code **}, runs as the Java
 * the operators make of it ({@code x1.mul(w1).add(b)}), and its positions map back to what the user typed.
 * Runs on the session's snippet thread: the operators compile on its deep stack.
 */
final class Evaluation {
    /**
     * What ran: JShell's events, the Java that ran in the snippet's place (null: as typed) and its map; or a refusal.
     */
    record Ran(List<SnippetEvent> events, String java, SourceMap map, Rewrite.Refused refused) {}

    private final JShell jshell;
    private final Operators operators;
    private volatile boolean on;

    Evaluation(JShell jshell, Map<String, byte[]> classes, String classPath, boolean on) {
        this.jshell = jshell;
        this.on = on;
        this.operators = new Operators(new SessionView() {
            @Override public SourceCodeAnalysis analysis() { return jshell.sourceCodeAnalysis(); }
            @Override public Map<String, byte[]> classes() { return classes; }
            @Override public String classPath() { return classPath; }
        });
    }

    void operators(boolean on) { this.on = on; }

    boolean operators() { return on; }

    Ran eval(String source) {
        if (on && (Operators.hasPower(source) || Operators.likelyNeeded(source, this::valueNames)))
            return rewritten(source, operators.rewrite(source), null);
        List<SnippetEvent> events = jshell.eval(source);
        if (on && refusedForAnOperator(events)) return rewritten(source, operators.rewrite(source), events);
        return new Ran(events, null, null, null);
    }

    /** The Java the operators make of some code, for an analysis of it (completion); empty when they make none. */
    Optional<Rewrite.Java> asJava(String code) {
        if (!on) return Optional.empty();
        Rewrite r = operators.rewrite(code);
        return r instanceof Rewrite.Java j ? Optional.of(j) : Optional.empty();
    }

    private Ran rewritten(String source, Rewrite rewrite, List<SnippetEvent> asTyped) {
        if (rewrite instanceof Rewrite.Java j) return new Ran(jshell.eval(j.java()), j.java(), j.map(), null);
        if (rewrite instanceof Rewrite.Refused r) return new Ran(List.of(), null, null, r);
        return new Ran(asTyped != null ? asTyped : jshell.eval(source), null, null, null);
    }

    /** The session's variables that hold a Value: ours, or the user's own {@code class Value}. */
    private java.util.Set<String> valueNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        jshell.variables().forEach(v -> {                         // the active ones: what JShell lists
            String type = v.typeName();
            if (type.endsWith("Value")) names.add(v.name());
        });
        return names;
    }

    /** Whether JShell rejected the snippet and the compiler blamed an operator's operands. */
    private boolean refusedForAnOperator(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null || e.status() != Snippet.Status.REJECTED) continue;
            return jshell.diagnostics(e.snippet()).filter(Diag::isError)
                    .anyMatch(d -> Operators.isOperatorProblem(d.getMessage(null)));
        }
        return false;
    }
}
