package autograd.session;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in this JVM, so drawDot sees the user's own classes), with every class a
 * snippet compiles to passed through {@link ExitRewriter} first (System.exit in a cell ends the cell), and every
 * snippet run behind a {@link JoinGate} (a thread it starts is never waited for).
 */
final class SessionExecution implements ExecutionControlProvider {
    /**
     * The newest bytes of each class the snippets compiled to, as JShell made them: what the operators compile against.
     */
    private final Map<String, byte[]> classes;

    SessionExecution(Map<String, byte[]> classes) { this.classes = classes; }

    @Override public String name() { return "autograd-local"; }

    @Override public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new LocalExecutionControl() {
            @Override public void load(ClassBytecodes[] classes)
                    throws ClassInstallException, NotImplementedException, EngineTerminationException {
                super.load(exitsRewritten(classes));
                keep(classes);
            }

            @Override public void redefine(ClassBytecodes[] classes)
                    throws ClassInstallException, NotImplementedException, EngineTerminationException {
                super.redefine(exitsRewritten(classes));
                keep(classes);
            }

            @Override protected String invoke(Method snippet) throws Exception {
                JoinGate.hold(snippet);
                try {
                    return super.invoke(JoinGate.ENTER);
                } finally {
                    JoinGate.clear();
                }
            }
        };
    }

    /** The classes with System.exit turned into the end of the snippet (see {@link ExitRewriter}). */
    private static ClassBytecodes[] exitsRewritten(ClassBytecodes[] classes) {
        return Stream.of(classes).map(c -> new ClassBytecodes(c.name(), ExitRewriter.rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new);
    }

    /** Keeps the bytes as JShell made them, now loaded, for the operators to compile against. */
    private void keep(ClassBytecodes[] loaded) {
        for (ClassBytecodes c : loaded) classes.put(c.name(), c.bytecodes());
    }
}
