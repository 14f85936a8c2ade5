package autograd.operators;

import com.sun.source.util.JavacTask;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac tasks, each used inside {@link #with} and then given back. Where the JVM opens javac's task pool to us
 ({@code --add-exports} of {@code jdk.compiler}'s {@code com.sun.tools.javac.api}, {@code .code} and {@code .util} to
 * {@code ALL-UNNAMED}, as {@code scripts/autograd} starts it), they come from it: one javac context kept from one
 * snippet to the next, as JShell keeps its own, so a snippet is attributed in a tenth of the time a fresh task takes;
 * after each, the context forgets the package {@code REPL} ({@link ReplPackage}). Elsewhere each task is fresh.
 */
final class Tasks {
    private static final String POOL = "com.sun.tools.javac.api.JavacTaskPool";

    private final JavaCompiler compiler;
    private volatile Object pool;        // a JavacTaskPool, or null where javac's classes are closed to us
    private final Method getTask;
    private final Class<?> worker;

    Tasks(JavaCompiler compiler) {
        this.compiler = compiler;
        Object p = null;
        Method get = null;
        Class<?> w = null;
        try {
            Class<?> type = Class.forName(POOL);
            w = Class.forName(POOL + "$Worker");
            p = type.getConstructor(int.class).newInstance(1);
            get = type.getMethod("getTask", java.io.Writer.class, JavaFileManager.class, DiagnosticListener.class,
                    Iterable.class, Iterable.class, Iterable.class, w);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError closed) {
            p = null;                    // not opened to us: fresh tasks
        }
        this.pool = p;
        this.getTask = get;
        this.worker = w;
    }

    /** Whether tasks come from the pool. */
    boolean pooled() { return pool != null; }

    /** {@code work}'s result on a task for these files; the task is valid only while work runs. */
    @SuppressWarnings("unchecked")
    <R> R with(JavaFileManager files, DiagnosticListener<JavaFileObject> diagnostics, List<String> options,
               List<JavaFileObject> units, Function<JavacTask, R> work) {
        if (pool == null)
            return work.apply((JavacTask) compiler.getTask(null, files, diagnostics, options, null, units));
        Object w = Proxy.newProxyInstance(Tasks.class.getClassLoader(), new Class<?>[] {worker},
                (proxy, method, args) -> {
                    try {
                        return work.apply((JavacTask) args[0]);
                    } finally {
                        if (!ReplPackage.forget(args[0])) pool = null;   // the next snippet's task is a fresh one
                    }
                });
        try {
            return (R) getTask.invoke(pool, null, files, diagnostics, options, null, units, w);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;   // a refusal, made inside the work
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
