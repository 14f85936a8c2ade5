package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 3,000-term operator sum is rewritten and run on the session's 64 MB snippet stack (javac itself walks it
 * recursively), in about the time of a short one times its length: nothing in the rewrite is quadratic.
 */
class LongSumTest {
    static final int TERMS = 3_000;
    static OperatorShell shell;

    @BeforeAll static void start() {
        shell = new OperatorShell();
        shell.ok("Value a = new Value(0.5, \"a\");");
        shell.ok("Value[] xs = new Value[1500];");
        shell.ok("Value[] ws = new Value[1500];");
        shell.ok("for (int i = 0; i < 1500; i++) { xs[i] = new Value(i % 7 - 3); ws[i] = new Value(0.25 * (i % 5)); }");
    }

    @AfterAll static void close() { shell.close(); }

    static int count(String s, String part) { return (s.length() - s.replace(part, "").length()) / part.length(); }

    @Test
    void aPlusAThreeThousandTimes() {
        String sum = "Value s = " + "a + ".repeat(TERMS - 1) + "a;";
        long t0 = System.nanoTime();
        OperatorShell.Outcome o = shell.ok(sum);
        System.out.printf("a + ... + a, %d terms: typed, rewritten and run in %d ms%n", TERMS, (System.nanoTime() - t0) / 1_000_000);
        assertTrue(o.java().startsWith("Value s = a.add(a).add(a).add(a)"), o.java().substring(0, 40));
        assertEquals(TERMS - 1, count(o.java(), ".add(a)"));
        shell.ok("s.backward();");
        assertEquals(1500.0, shell.number("s.data"));
        assertEquals((double) TERMS, shell.number("a.grad"));              // a used 3,000 times: 3,000 ones collected
    }

    @Test
    void theNeuronsSumThreeThousandOperandsLong() {
        StringBuilder sum = new StringBuilder("Value n = ");
        StringBuilder methods = new StringBuilder("Value m = xs[0].mul(ws[0])");
        for (int i = 0; i < 1500; i++) {
            sum.append(i == 0 ? "" : " + ").append("xs[").append(i).append("]*ws[").append(i).append("]");
            if (i > 0) methods.append(".add(xs[").append(i).append("].mul(ws[").append(i).append("]))");
        }
        OperatorShell.Outcome o = shell.ok(sum + ";");
        assertEquals(methods.toString().replace("Value m", "Value n") + ";", o.java());
        shell.ok(methods + ";");
        assertEquals(shell.bits("m.data"), shell.bits("n.data"));
        shell.ok("n.backward();");
        assertEquals(shell.number("xs[1234].data"), shell.number("ws[1234].grad"));
    }

    @Test
    void aThousandSquares() {
        String sum = "Value q = " + "a**2 + ".repeat(999) + "a**2;";
        OperatorShell.Outcome o = shell.ok(sum);
        assertEquals(1000, count(o.java(), "a.pow(2)"));
        assertEquals(250.0, shell.number("q.data"));
    }
}
