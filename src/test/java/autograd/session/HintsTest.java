package autograd.session;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each Python habit and lecture name a student types gets one line under the compiler's message: ours. */
class HintsTest {
    static Session session;

    @BeforeAll static void start() { session = Session.start(); }

    @AfterAll static void close() { session.close(); }

    /** What the snippet shows: the compiler's error, then the hint as its last line. */
    static String shown(String snippet) {
        List<Said> results = Said.eval(session, snippet);
        Said r = results.get(results.size() - 1);
        assertEquals(Said.Kind.ERROR, r.kind(), snippet + " should not compile: " + r.display());
        return r.display();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            reset_graph('graph')                 | resetGraph("graph") here
            draw_dot(o)                          | drawDot(o) here
            o.zero_grad()                        | zeroGrad() here
            o.backwards()                        | without the s: o.backward()
            print(x1.grad)                       | System.out.println(x1.grad)
            o.label = 'o'                        | Strings take double quotes in Java: "o"
            o.label = 'out'                      | Strings take double quotes in Java: "graph"
            Value(2.0, "a")                      | new Value(2.0, "a")
            Value v = new Value(2.0, label="a")  | no keyword arguments
            len(o.children())                    | xs.size() for a List
            List<Double> xs = [2.0, 3.0, -1.0]   | List.of(2.0, 3.0, -1.0)
            for x in xs:                         | for (Value x : xs)
            def f(x):                            | double f(double x)
            o._backward()                        | o.localBackward() here
            o._prev                              | v.children() here
            o._op                                | v.op() here
            True                                 | true, false and null are lowercase
            math.exp(2)                          | Math.exp(x)
            resetGraph()                         | resetGraph takes the level
            new MLP(3, List.of(4, 4, 1)).parameters | parameters() is a method
            Neuron(3)                            | new Neuron(...)
            import math                          | Java needs no import for that
            o.backwrd()                          | Did you mean o.backward(...)?
            o.Backward()                         | Did you mean o.backward(...)?
            o.tahn()                             | Did you mean o.tanh(...)?
            o.gard                               | Did you mean o.grad?
            o.backward                           | backward is a method: add (), as in o.backward().
            drawDto(o)                           | Did you mean drawDot?
            Value v = 2.0;                       | A number is not a Value: Value v = new Value(2.0);
            for (int i in range(3)) {}           | Java counts with for (int i = 0; i < 3; i++) { ... }
            x1.grad = None;                      | A number cannot be None, nor null: x1.grad = 0.0
            aa = new Value(-2.0, "aa")           | Value aa = ... (or var aa = ...)
            """)
    void aPythonHabitGetsOurName(String typed, String hint) {
        String shown = shown(typed);
        String last = shown.lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith(BAR + "Hint: ") && last.contains(hint), shown);
        assertEquals(1, shown.lines().filter(l -> l.startsWith(BAR + "Hint: ")).count(), "one hint line: " + shown);
        assertTrue(shown.startsWith(BAR + "Error:\n"), "under the compiler's own message: " + shown);
    }

    @Test
    void withTheOperatorsOffAnOperatorOnAValueSaysHowToTurnThemOn() {
        try (Session off = Session.start()) {
            off.operators(false);                                  // /operators off, or scripts/autograd --no-operators
            for (String typed : List.of("x1 + w1", "x1 - w1", "2 * n", "x1 / w1", "-x1", "x1 ** 2")) {
                String shown = Said.eval(off, typed).get(0).display();
                assertTrue(shown.endsWith(BAR + "Hint: The lecture's operators on Values are off here (/operators on, or run"
                        + " without --no-operators): a * b is a.mul(b) and x ** 2 is x.pow(2) in plain Java."), shown);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            b + b   | a + b is a.add(b)
            b - b   | a - b is a.sub(b)
            2 * b   | a * b is a.mul(b), and 2 * a is Value.mul(2, a)
            b / b   | a / b is a.div(b)
            -b      | -a is a.neg()
            """)
    void anOperatorTheLayerCannotTakeGetsTodaysHint(String typed, String hint) {
        Said.eval(session, "class Box { } Box b = new Box();");            // no add, mul...: javac's message stands
        String shown = shown(typed);
        assertTrue(shown.contains(BAR + "Hint: Java has no operator overloading: " + hint), shown);
    }

    @Test
    void aJavaMistakeWithNoPythonInItGetsNoHint() {
        assertFalse(shown("Value q = nope.add(1);").contains("Hint"));
    }

    @Test
    void resetGraphWithoutItsLevelNamesNoBlankClass() {
        String shown = shown("resetGraph()");
        assertTrue(shown.contains(BAR + "method resetGraph cannot be applied to given types;"), shown);
        assertFalse(shown.contains("in class  "), shown);
    }

    @Test
    void aSetThatRefusesAPlusAGetsAHintAndNoWrapperNames() {
        Said.eval(session, "class Twice { Set<Object> prev; Twice(Object a, Object b) { prev = Set.of(a, b); } }");
        String shown = Said.eval(session, "Object a = new Object(); new Twice(a, a)").get(1).display();
        assertTrue(shown.startsWith(BAR + "IllegalArgumentException: duplicate element"), shown);
        assertTrue(shown.contains(BAR + "Hint: Set.of refuses a value twice, and a + a has it twice"), shown);
        String npe = Said.eval(session, "String nothing = null; nothing.length()").get(1).display();
        assertFalse(npe.contains("$JShell$"), npe);
        assertTrue(npe.contains("because \"nothing\" is null"), npe);
        assertTrue(npe.contains(BAR + "Hint: That variable holds null: give it a value first"), npe);
    }

    @Test
    void aPastedCellStopsAtItsFirstErrorAndSaysSo() {
        List<Said> results = Said.eval(session, "int before = 1;\nundeclared = 2;\nint after = 3;\nint later = 4;");
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.get(1).display().endsWith(BAR + "The 2 snippets after it did not run."), results.get(1).display());
        assertTrue(Said.eval(session, "after").get(0).failed(), "after did not run");
    }
}
