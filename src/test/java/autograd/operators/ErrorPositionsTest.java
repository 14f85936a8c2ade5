package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jdk.jshell.Diag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors are on the user's text: a refusal's span, and javac's own error in the rewritten Java mapped back, land
 * under the characters the user typed, and no message shows the method forms.
 */
class ErrorPositionsTest {
    static OperatorShell shell;

    @BeforeAll static void start() {
        shell = new OperatorShell();
        for (String s : new String[] {"Value x1 = new Value(2.0, \"x1\");", "Value w1 = new Value(-3.0, \"w1\");",
                "Value a = new Value(2.0, \"a\");", "Value b = new Value(3.0, \"b\");", "Value x = new Value(1.5, \"x\");"}) shell.ok(s);
    }

    @AfterAll static void close() { shell.close(); }

    /** The refusal of {@code typed}, which must be one, its span checked to be exactly {@code under}. */
    static String refused(String typed, String under) {
        Rewrite.Refused r = assertInstanceOf(Rewrite.Refused.class, shell.rewrite(typed), typed);
        assertEquals(under, typed.substring(r.start(), r.end()), typed + ": " + r.message());
        for (String method : List.of(".mul(", ".add(", ".sub(", ".div(", ".pow(", ".neg(", "$pow$"))
            assertFalse(r.message().contains(method), r.message());
        return r.message();
    }

    /** javac's first error on the rewritten Java of {@code typed}, mapped to the user's text. */
    static String underJavacsError(String typed) {
        OperatorShell.Outcome o = shell.run(typed);
        Rewrite.Java java = assertInstanceOf(Rewrite.Java.class, o.rewrite(), typed);
        assertTrue(o.failed(), typed);
        Diag d = o.diagnostics().get(0);
        SourceMap.Span span = java.map().toUser((int) d.getStartPosition(), (int) d.getEndPosition());
        int caret = java.map().toUser((int) d.getPosition());
        assertTrue(span.start() <= caret && caret <= span.end(), typed + ": caret " + caret + " outside " + span);
        return typed.substring(span.start(), span.end());
    }

    @Test
    void aValueTimesAStringPointsAtTheString() {
        assertEquals("* works on Values and numbers, but \"s\" is a String.", refused("x * \"s\"", "\"s\""));
        assertEquals("- works on Values and numbers, but true is a boolean.", refused("Value y = x1*w1 - true;", "true"));
        refused("x1 / List.of(1)", "List.of(1)");
        assertEquals("+ works on Values and numbers, not on null.", refused("a + null", "null"));
    }

    @Test
    void aValueExponentSaysWhatToWriteInstead() {
        assertEquals("** takes a number exponent, as in x ** 2; for the Value exponent b write (a.log() * b).exp().",
                refused("a ** b", "b"));
        assertEquals("** takes a number exponent, as in x ** 2; for the Value exponent x1*w1 write (x1*w1 * Math.log(2)).exp().",
                refused("2 ** (x1*w1)", "(x1*w1)").replace("(x1*w1)", "x1*w1"));
    }

    @Test
    void aComparisonSaysToCompareTheData() {
        assertEquals("Values are not compared with <: compare their data, as in a.data < b.data.", refused("a < b", "<"));
        assertEquals("Values are not compared with >=: compare their data, as in (a*b).data >= 2.", refused("if (a*b >= 2) x = a;", ">="));
        assertEquals("Values are not compared with ==: compare their data, as in a.data == 2.", refused("a == 2", "=="));
    }

    @Test
    void compoundAssignmentThatWouldRunTwiceOrCannotHoldAValue() {
        shell.ok("Value[] xs = {a, b};");
        shell.ok("int i = 0;");
        refused("xs[i++] += a", "xs[i++]");
        shell.ok("double total = 0;");
        assertEquals("total is a double and cannot hold a Value: declare it as a Value, or use its number, as in total += (a*b).data.",
                refused("total += a*b;", "+="));
        assertEquals("Java has no **=: write x = x ** 2.", refused("a **= 2", "**="));
    }

    @Test
    void javacsErrorInTheRewrittenJavaLandsOnTheUsersText() {
        assertEquals("undefinedName", underJavacsError("Value q = x1*w1 + undefinedName;"));
        assertEquals("undefinedK", underJavacsError("Value r = x ** undefinedK;"));
        assertEquals("2*x1", underJavacsError("double d = 2*x1;"));                 // Value cannot be converted to double
        assertEquals("(x1*w1).nope", underJavacsError("(x1*w1).nope()"));
        assertEquals("2*x1 + w1", underJavacsError("double e = 2*x1 + w1;"));
    }

    @Test
    void theMapTakesEveryJavaPositionToTheUsersText() {
        String typed = "Value n = 2*x1 + w1;";
        Rewrite.Java java = assertInstanceOf(Rewrite.Java.class, shell.rewrite(typed));
        assertEquals("Value n = Value.mul(2, x1).add(w1);", java.java());
        SourceMap map = java.map();
        int star = typed.indexOf('*'), plus = typed.indexOf('+');
        assertEquals(star, map.toUser(java.java().indexOf("Value.mul")));       // written text: its operator
        assertEquals(typed.indexOf("2*"), map.toUser(java.java().indexOf("2,")));  // copied text: the same character
        assertEquals(typed.indexOf("x1"), map.toUser(java.java().indexOf("x1")));
        assertEquals(plus, map.toUser(java.java().indexOf(".add(")));
        assertEquals(typed.indexOf("w1"), map.toUser(java.java().indexOf("w1")));
        assertEquals(typed.length(), map.toUser(java.java().length()));
        for (int p = 0; p < java.java().length(); p++) {
            int u = map.toUser(p);
            assertTrue(u >= 0 && u < typed.length(), "position " + p + " maps to " + u);
        }
    }
}
