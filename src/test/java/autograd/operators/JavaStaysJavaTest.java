package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java keeps its meaning: what javac accepts is never rewritten, and inside a rewritten snippet the numeric and String
 * arithmetic stays as written.
 */
class JavaStaysJavaTest {
    static OperatorShell shell;

    @BeforeAll static void start() {
        shell = new OperatorShell();
        shell.ok("Value x = new Value(2.0, \"x\");");
        shell.ok("Value o = new Value(0.5, \"o\");");
    }

    @AfterAll static void close() { shell.close(); }

    @Test
    void whatJavacAcceptsRunsAsTyped() {
        OperatorShell.Outcome concat = shell.run("\"o=\" + o");
        assertNull(concat.java());
        assertEquals("\"o=Value(data=0.5)\"", concat.value());
        assertEquals("3", shell.value("7 / 2"));
        assertEquals("true", shell.value("x == x"));
        assertEquals("false", shell.value("x == new Value(2.0)"));     // == is identity, as in Java
        assertEquals("\"Value(data=2.0)!\"", shell.value("x + \"!\""));
    }

    @Test
    void numericPartsOfARewrittenSnippetStayNumeric() {
        OperatorShell.Outcome y = shell.ok("Value y = x * (7 / 2);");
        assertEquals("Value y = x.mul(7 / 2);", y.java());
        assertEquals(6.0, shell.number("y.data"));                     // times 3: integer division, as written
        assertEquals("-12.0", shell.value("(x*o - x*2).data * 4"));
        assertEquals("\"o=Value(data=1.0)\"", shell.value("\"o=\" + (x*o)"));
        assertEquals("Math.pow(2, 10) + 7 / 2 + 0 * (Math.pow(0, 0))", shell.java("Math.pow(2, 10) + 7 / 2 + 0 * (0 ** 0)"));
    }

    @Test
    void javacsOperatorMessagesAreTheOnesAskedAbout() {
        assertTrue(Operators.isOperatorProblem("bad operand types for binary operator '*'\n  first type:  autograd.Value\n  second type: autograd.Value"));
        assertTrue(Operators.isOperatorProblem("bad operand type autograd.Value for unary operator '-'"));
        assertTrue(Operators.isOperatorProblem("bad operand types for binary operator '<='"));
        assertFalse(Operators.isOperatorProblem("bad operand types for binary operator '&&'"));
        assertFalse(Operators.isOperatorProblem("bad operand type autograd.Value for unary operator '++'"));
        assertFalse(Operators.isOperatorProblem("cannot find symbol\n  symbol:   variable q"));
        for (String s : new String[] {"x * o", "-x", "x += o", "2 * x", "x < o", "x == 2"}) {   // javac's words for the lecture's lines
            java.util.List<jdk.jshell.Diag> said = shell.on(() -> shell.jshell.eval(s).stream()
                    .flatMap(e -> shell.jshell.diagnostics(e.snippet())).toList());
            assertTrue(said.stream().anyMatch(d -> Operators.isOperatorProblem(d.getMessage(null))), s + ": " + OperatorShell.describe(said));
        }
    }

    @Test
    void powerIsFoundOnlyInCode() {
        assertTrue(Operators.hasPower("x ** 2"));
        assertTrue(Operators.hasPower("s **= 2"));
        assertFalse(Operators.hasPower("\"x ** 2\""));
        assertFalse(Operators.hasPower("'*' + '*'"));
        assertFalse(Operators.hasPower("x * 2 // x ** 2"));
        assertFalse(Operators.hasPower("x /* x ** 2 */ * 2"));
        assertFalse(Operators.hasPower("/** javadoc **/ int i;"));
        assertFalse(Operators.hasPower("\"\"\"\n  x ** 2\n  \"\"\""));
        assertFalse(Operators.hasPower("\"\\\" ** \""));
    }

    @Test
    void powerInsideStringsAndCommentsIsLeftAlone() {
        OperatorShell.Outcome o = shell.ok("String said = \"x ** 2\" + \"\"\"\n  a ** b\n  \"\"\" + '*'; // x ** 2");
        assertNull(o.java());
        assertEquals("\"x ** 2a ** b\\n*\"", shell.value("said"));
        assertEquals("\"x ** 2 is \" + x.pow(2) /* 2 ** 3 */", shell.java("\"x ** 2 is \" + x ** 2 /* 2 ** 3 */"));
    }

    @Test
    void forCompletenessKeepsTheLengthAndParses() {
        for (String s : new String[] {"x ** 2", "1 - t**2", "x ** -1", "s **= 2", "a**b**c", "\"**\" + x**2"}) {
            String parseable = Operators.forCompleteness(s);
            assertEquals(s.length(), parseable.length(), s);
            assertFalse(parseable.replaceAll("\"[^\"]*\"", "").contains("**"), parseable);
            assertTrue(shell.analysis().analyzeCompletion(parseable).completeness().isComplete(), parseable);
        }
        assertEquals("\"**\" + x*+2", Operators.forCompleteness("\"**\" + x**2"));
        assertEquals(Completeness.DEFINITELY_INCOMPLETE, shell.analysis().analyzeCompletion(Operators.forCompleteness("Value f(Value v) { return v ** 2;")).completeness());
        assertEquals(Completeness.COMPLETE, shell.analysis().analyzeCompletion(Operators.forCompleteness("Value f(Value v) { return v ** 2; }")).completeness());
    }

    @Test
    void nothingForTheOperatorsToDoIsUnchanged() {
        assertInstanceOf(Rewrite.Unchanged.class, shell.rewrite("int i = \"s\";"));
        assertInstanceOf(Rewrite.Unchanged.class, shell.rewrite("Object a = new Object(); a + a"));
    }
}
