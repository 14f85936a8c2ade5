package autograd;

import java.io.PrintStream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Says on the console why a test was skipped ("no dot on the PATH", "Jupyter's clients are missing"), not only in
 * the surefire reports: a reader of {@code mvn -B verify} sees what was not tried, and how to have it tried.
 * JUnit finds it through {@code META-INF/services}.
 */
public class SkippedSaysWhy implements TestExecutionListener {
    private final PrintStream out;

    public SkippedSaysWhy() { this(System.out); }

    SkippedSaysWhy(PrintStream out) { this.out = out; }

    @Override public void executionSkipped(TestIdentifier test, String reason) {
        say(test, reason);
    }

    @Override public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED)
            say(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }

    private void say(TestIdentifier test, String reason) {
        String name = test.getSource().filter(s -> s instanceof MethodSource).map(s -> (MethodSource) s)
                .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName()).orElse(test.getDisplayName());
        out.println("[SKIPPED] " + name + ": " + reason.replaceFirst("^Assumption failed: ", ""));
        out.flush();
    }
}
