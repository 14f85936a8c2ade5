package autograd.replay;

import autograd.cli.ReplayCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** // expect: lines: numbers within 1e-9, text exactly, and what a mismatch does to the run. */
class ReplayExpectationTest {
    @TempDir Path dir;

    @Test
    void numbersMatchWithin1e9EvenInsideText() {
        assertTrue(Expectation.matches("Value(data=0.7071067811865476)", "Value(data=0.7071067811865475)"));
        assertTrue(Expectation.matches("x1 -1.5000  w1 1.0000", "x1 -1.5  w1 1.0"));
        assertTrue(Expectation.matches("0.0", "-2.220446049250313E-16"));
        assertFalse(Expectation.matches("0.7071", "0.7071067811865476"));
        assertFalse(Expectation.matches("1.0", "1.000001"));
        assertFalse(Expectation.matches("Value(data=1.0)", "Value(data=1.0, grad=0)"));
    }

    @Test
    void textMustBeEqual() {
        assertTrue(Expectation.matches("resetGraph(): All gradients have been reset to 0", "resetGraph(): All gradients have been reset to 0"));
        assertFalse(Expectation.matches("b", "a"));
        assertFalse(Expectation.matches("All gradients reset", "All gradients have been reset"));
    }

    @Test
    void aWrongExpectationFailsTheCheckAndEveryMismatchIsReported() throws IOException {
        Path script = write("""
                // Two wrong numbers and one right one
                1.0 + 1.0
                // expect: 3.0
                System.out.println("hello");
                // expect: hello

                o.data
                // expect: 0.5
                """);
        Run run = replay(script.toString(), "--check");
        assertEquals(1, run.status, run.out);
        assertTrue(run.out.contains("expected: 3.0") && run.out.contains("actual:   2.0"), run.out);
        assertTrue(run.out.contains("expected: 0.5") && run.out.contains("actual:   0.7071067811865"), run.out);
        assertFalse(run.out.contains("expected: hello"), run.out);
        assertTrue(run.out.contains("| 1.0 + 1.0"), "the cell is shown: " + run.out);
        assertTrue(run.out.contains("2 not met"), run.out);
    }

    @Test
    void withoutCheckMismatchesAreMarkedButTheReplaySucceeds() throws IOException {
        Run run = replay(write("1 + 1\n// expect: 3\n").toString());
        assertEquals(0, run.status, run.out);
        assertTrue(run.out.contains("!! line 2 expected: 3"), run.out);
    }

    @Test
    void aCellThatThrowsOrDoesNotCompileIsAMismatchAndStopsItsCell() throws IOException {
        String script = write("int q = 1 / 0;\nSystem.out.println(\"not reached\");\n\nint r = ;\n").toString();
        Run run = replay(script, "--check");
        assertEquals(1, run.status, run.out);
        assertTrue(run.out.contains("ArithmeticException: / by zero"), run.out);
        assertTrue(run.out.contains(BAR + "Error:"), run.out);
        Run shown = replay(script);
        assertTrue(shown.out.contains("ArithmeticException: / by zero"), shown.out);
        assertFalse(shown.out.contains("\nnot reached\n"), "the rest of the cell does not run: " + shown.out);
    }

    @Test
    void anErrorGivenByExpectLinesIsNoMismatch() throws IOException {
        Run run = replay(write("""
                new Value(2.0).pow(new Value(2.0))
                // expect: |  pow takes a number exponent, as in x.pow(2); for a Value exponent write x.log().mul(k).exp().
                """).toString(), "--check");
        assertEquals(0, run.status, run.out);
    }

    @Test
    void aBadCommandLineIsStatus2() {
        assertEquals(2, replay().status);
        assertEquals(2, replay("x.jsh", "--bogus").status);
        assertEquals(2, replay(dir.resolve("missing.jsh").toString()).status);
    }

    @Test
    void aScriptWithOneStatementALineAndNoSemicolonsReplaysAsJshellOpensIt() throws IOException {
        Path script = write("""
                // The lecture's cell, typed as the JDK's jshell takes it: a line that completes a snippet ends it.
                resetGraph("graph")
                // expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
                o.backward()
                x1.grad
                // expect: -1.4999999999999996
                int a = 1; int b = 2
                a + b
                // expect: 3
                """);
        Run run = replay(script.toString(), "--check");
        assertEquals(0, run.status(), run.out());
    }

    @Test
    void anExpectationChecksTheSnippetItStandsUnderNotTheWholeCell() throws IOException {
        Path script = write("""
                // A script from outside: only x1.grad is checked; what resetGraph printed is not.
                resetGraph("graph");
                o.backward();
                x1.grad
                // expect: -1.5
                System.out.println("printed first");
                String.format("%.1f", w1.grad)
                // expect: 1.0
                """);
        Run run = replay(script.toString(), "--check");
        assertEquals(0, run.status(), run.out());
    }

    @Test
    void checkShowsACompileErrorWithItsReason() throws IOException {
        Path script = write("""
                Value q = nope.add(1);
                q.data
                // expect: 3.0
                """);
        Run run = replay(script.toString(), "--check");
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("actual:   |  cannot find symbol"), run.out());
        assertTrue(run.out().contains("symbol:   variable nope"), run.out());
    }

    @Test
    void aReplaysPicturesGoToAFolderOfItsOwn() throws IOException {
        Path script = dir.resolve("pictured.jsh");
        Files.writeString(script, "drawDot(o)\n// expect: " + ScriptRun.folderFor(script).resolve("o.svg") + "\n");
        Run run = replay(script.toString(), "--check");
        assertEquals(0, run.status(), run.out());
        assertTrue(ScriptRun.folderFor(script).endsWith(Path.of("replays", "pictured")));
        assertTrue(Files.exists(ScriptRun.folderFor(script).resolve("o.svg")));
    }

    Path write(String text) throws IOException {
        Path script = dir.resolve("t" + System.nanoTime() + ".jsh");
        Files.writeString(script, text);
        return script;
    }

    record Run(int status, String out) {}

    static Run replay(String... args) { return replay(new ByteArrayInputStream(new byte[0]), args); }

    static Run replay(ByteArrayInputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ReplayCommand.run(new ArrayList<>(List.of(args)), in, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }
}
