package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell with the operators in front, run as the session will run them: a snippet is evaluated as typed; when javac
 * rejects it for an operator (or it holds **), it is rewritten and the Java is evaluated instead. Its execution
 * control records every class a snippet compiles to, as the session's does; everything runs on one thread with the
 * session's 64 MB stack.
 */
final class OperatorShell implements SessionView, AutoCloseable {
    static final long STACK = 64L << 20;

    private final Map<String, byte[]> classes = new ConcurrentHashMap<>();
    private final String classPath = ourClasses();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "operator-snippets", STACK);
        t.setDaemon(true);
        return t;
    });
    final JShell jshell;
    final Operators operators;

    OperatorShell() {
        jshell = on(() -> JShell.builder().executionEngine(new Recording(), Map.of()).compilerOptions("--class-path", classPath).build());
        operators = new Operators(this);
        run("import autograd.*;");
        run("import java.util.*;");
    }

    /** What one snippet came to: the Java that ran (null if it ran as typed), the rewrite, and JShell's events. */
    record Outcome(String source, Rewrite rewrite, List<SnippetEvent> events, List<Diag> diagnostics) {
        String java() { return rewrite instanceof Rewrite.Java j ? j.java() : null; }

        boolean failed() {
            return rewrite instanceof Rewrite.Refused || events.stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED || e.exception() != null);
        }

        String value() {
            if (failed()) fail(source + " failed: " + this);
            return events.get(events.size() - 1).value();
        }
    }

    /** The caller's flow, for one snippet. */
    Outcome run(String source) {
        return on(() -> {
            Rewrite rewrite = new Rewrite.Unchanged();
            String java = source;
            if (Operators.hasPower(source)) {
                rewrite = operators.rewrite(source);
            } else {
                List<SnippetEvent> events = jshell.eval(source);
                List<Diag> diagnostics = diagnostics(events);
                boolean rejected = events.stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED);
                if (!rejected || diagnostics.stream().noneMatch(d -> Operators.isOperatorProblem(d.getMessage(null))))
                    return new Outcome(source, rewrite, events, diagnostics);
                rewrite = operators.rewrite(source);
            }
            if (rewrite instanceof Rewrite.Refused) return new Outcome(source, rewrite, List.of(), List.of());
            if (rewrite instanceof Rewrite.Java j) java = j.java();
            List<SnippetEvent> events = jshell.eval(java);
            return new Outcome(source, rewrite, events, diagnostics(events));
        });
    }

    /** The value of the last snippet of {@code source}, which must run. */
    String value(String source) { return run(source).value(); }

    /** Runs {@code source} and fails unless it ran cleanly. */
    Outcome ok(String source) {
        Outcome o = run(source);
        assertTrue(!o.failed(), () -> source + " failed: " + o);
        return o;
    }

    double number(String expression) { return Double.parseDouble(value(expression)); }

    /** The exact bits of a double expression, for bit-identical comparisons. */
    long bits(String expression) { return Double.doubleToRawLongBits(number(expression)); }

    /** The Java the operators make of {@code source}, without running it. */
    String java(String source) {
        Rewrite r = on(() -> operators.rewrite(source));
        if (r instanceof Rewrite.Java j) return j.java();
        return fail(source + " was not rewritten: " + r);
    }

    Rewrite rewrite(String source) { return on(() -> operators.rewrite(source)); }

    <T> T on(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Diag> diagnostics(List<SnippetEvent> events) {
        List<Diag> all = new ArrayList<>();
        for (SnippetEvent e : events) jshell.diagnostics(e.snippet()).forEach(all::add);
        return all;
    }

    static String describe(List<Diag> diagnostics) {
        return diagnostics.stream().map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
    }

    @Override public SourceCodeAnalysis analysis() { return jshell.sourceCodeAnalysis(); }

    @Override public Map<String, byte[]> classes() { return classes; }

    @Override public String classPath() { return classPath; }

    @Override public void close() {
        on(() -> { jshell.close(); return null; });
        thread.shutdownNow();
    }

    /** Our own classes, as the session puts them on the snippet class path. */
    private static String ourClasses() {
        String found = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(File.separator + "classes") || p.endsWith(File.separator + "classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(!found.isEmpty(), "target/classes is not on the test class path");
        return found;
    }

    /** JShell's local execution, keeping the newest bytes of every class a snippet compiles to. */
    private final class Recording implements ExecutionControlProvider {
        @Override public String name() { return "recording"; }

        @Override public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new LocalExecutionControl() {
                @Override public void load(ClassBytecodes[] cbs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
                    for (ClassBytecodes c : cbs) classes.put(c.name(), c.bytecodes());
                    super.load(cbs);
                }

                @Override public void redefine(ClassBytecodes[] cbs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
                    super.redefine(cbs);
                    for (ClassBytecodes c : cbs) classes.put(c.name(), c.bytecodes());
                }
            };
        }
    }
}
