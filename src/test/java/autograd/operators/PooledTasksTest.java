package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The operators' javac tasks come from javac's pool where the JVM opens it, as the launcher and the test JVMs do; the
 * pooled context forgets the package REPL after each snippet, so a name declared since the last rewrite is found.
 */
class PooledTasksTest {
    @Test
    void theTestJvmOpensThePoolAsTheLauncherDoes() {
        assertTrue(new Tasks(ToolProvider.getSystemJavaCompiler()).pooled(),
                "the test JVMs run with the launcher's --add-exports of jdk.compiler's api, code and util");
    }

    @Test
    void aValueDeclaredAfterTheLastRewriteIsFound() {
        try (OperatorShell shell = new OperatorShell()) {
            shell.run("Value x = new Value(2.0, \"x\");");
            assertEquals("x.mul(x)", shell.run("x*x").java(), "the first rewrite, which lists the package REPL");
            shell.run("Value later = new Value(3.0, \"later\");");      // a new class in REPL, after that listing
            OperatorShell.Outcome o = shell.run("later + 1");           // no other Value beside it: later must be typed
            assertEquals("later.add(1)", o.java(), "found in a context that kept the old listing? " + o);
            assertEquals("Value(data=4.0)", o.value());
            assertFalse(o.failed());
        }
    }
}
