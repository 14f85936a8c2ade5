package autograd.session;

import autograd.session.Said.Kind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first document's cells typed into a real in-process JShell with the startup script preloaded. */
class SessionTest {
    static Session session;

    @BeforeAll static void start() { session = Session.start(); }

    @AfterAll static void close() { session.close(); }

    static String value(String expression) {
        List<Said> results = Said.eval(session, expression);
        Said last = results.get(results.size() - 1);
        assertFalse(last.failed(), last.display());
        return last.value();
    }

    static double number(String expression) { return Double.parseDouble(value(expression)); }

    static String printed(String source) { return Printed.by(session, source).strip(); }

    @Test
    void aSnippetRunsBehindTheJoinGateSoAThreadItStartsIsNeverWaitedFor() {
        // JoinGateTest shows why; here, that every snippet goes through it, and one that starts a thread returns
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            printed("java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);");
            assertEquals("true", value("""
                    java.util.Arrays.stream(Thread.currentThread().getStackTrace()).anyMatch(f -> f.getClassName().endsWith("JoinGate"))"""));
            printed("new Thread(() -> { try { release.await(); } catch (InterruptedException e) {} }, \"waits-for-release\").start();");
        });
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("waits-for-release")));
        printed("release.countDown();");
    }

    @Test
    void theNeuronIsPreloadedWithTheLecturesNumbers() {
        printed("resetGraph(\"graph\");");
        assertEquals(0.7071067811865476, Double.parseDouble(value("o.data")), 1e-12);
        printed("o.backward();");
        assertEquals(-1.5, number("x1.grad"), 1e-9);
        assertEquals(1.0, number("w1.grad"), 1e-9);
        assertEquals(0.5, number("x2.grad"), 1e-9);
        assertEquals(0.0, number("w2.grad"), 1e-9);
        assertEquals(0.5, number("b.grad"), 1e-9);
    }

    @Test
    void resetGraphHasTheDocumentsThreeBranches() {
        assertEquals("resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0",
                printed("resetGraph(\"graph\");"));
        printed("o.backward();");
        assertEquals("resetGraph(): All gradients have been reset to 0", printed("resetGraph(\"gradients\");"));
        assertEquals("0.0", value("x1.grad + w1.grad + x2.grad + w2.grad + b.grad + n.grad + o.grad"));
        assertEquals("resetGraph(): please specify the level of reset desired \"gradients\" or \"graph\"",
                printed("resetGraph(\"everything\");"));
    }

    @Test
    void resultsReadLikeJshell() {
        Said r = Said.eval(session, "Value a = new Value(3.0, \"a\");").get(0);
        assertEquals("a ==> Value(data=3.0)", r.display());
        assertEquals(Kind.VALUE, r.kind());
        assertEquals("Value(data=6.0)", value("a.add(a)"));
        assertEquals(BAR + "created method twice(Value)", Said.eval(session, "Value twice(Value v) { return v.mul(2); }").get(0).display());
        assertEquals(3, Said.eval(session, "int i = 1; int j = 2; i + j").size());
    }

    @Test
    void errorsAreOneClearMessage() {
        Said compile = Said.eval(session, "Value q = nope.add(1);").get(0);
        assertEquals(Kind.ERROR, compile.kind());
        assertTrue(compile.display().contains("cannot find symbol"), compile.display());
        assertTrue(compile.display().endsWith(BAR + "Value q = nope.add(1);\n|            ^--^"), compile.display());
        Said misuse = Said.eval(session, "o.pow(o)").get(0);
        assertEquals(Kind.EXCEPTION, misuse.kind());
        assertEquals(BAR + "pow takes a number exponent, as in x.pow(2); for a Value exponent write x.log().mul(k).exp().", misuse.display());
        Said overflow = Said.eval(session, "int down(int k) { return down(k + 1); } down(0)").get(1);
        assertEquals(BAR + "StackOverflowError  (/trace shows where)", overflow.display());
        assertEquals("Value(data=2.0)", value("new Value(2.0)"));   // the session survives
    }

    @Test
    void aCommentAloneIsNothingToDoAndRedeclaringSaysReplaced() {
        assertTrue(Said.eval(session, "// only a comment").isEmpty());
        assertEquals(BAR + "created class Pair", Said.eval(session, "class Pair { int a; }").get(0).display());
        assertEquals(BAR + "replaced class Pair", Said.eval(session, "class Pair { int a; int b; }").get(0).display());
    }

    @Test
    void tabCompletesOnTheLecturesArithmeticToo() {
        Completion c = Completion.of(session, "(x1*w1).ba", 10);
        assertEquals(List.of("backward()"), c.continuations(), "JShell alone cannot type x1*w1; its Java can");
        assertEquals(8, c.anchor(), "the anchor is on the user's text");
        assertEquals(List.of("grad"), Completion.of(session, "x1*w1 + b.gra", 13).continuations());
        assertTrue(session.isComplete("Value s = 1 - o**2"), "** read as javac could parse it");
        assertFalse(session.isComplete("Value s = 1 - o**"));
    }

    @Test
    void incompleteInputIsReportedNotSwallowed() {
        assertFalse(session.isComplete("class Box {"));
        assertTrue(session.isComplete("class Box { }"));
        assertEquals(Kind.ERROR, Said.eval(session, "Value v = new Value(").get(0).kind());
    }
}
