package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The lexical pass for **: Python's precedence read off the tokens (the base is the primary before **, the exponent
 * the unary expression after it, right-associative), and every marker maps back to the user's **.
 */
class PowerPassTest {
    static String marked(String source) { return PowerPass.apply(source).text(); }

    @Test
    void theBaseIsThePrimaryBeforeIt() {
        assertEquals("$pow$(x,2)", marked("x**2"));
        assertEquals("1 - $pow$(t,2)", marked("1 - t**2"));
        assertEquals("-$pow$(x,2)", marked("-x**2"));                       // -(x**2), as Python reads it
        assertEquals("2*$pow$(x,2)", marked("2*x**2"));
        assertEquals("$pow$(a.b.c,2)", marked("a.b.c**2"));
        assertEquals("$pow$(f(x, y),2)", marked("f(x, y)**2"));
        assertEquals("$pow$(xs[i + 1].data,2)", marked("xs[i + 1].data**2"));
        assertEquals("$pow$(n.tanh(),2)", marked("n.tanh()**2"));
        assertEquals("$pow$(new Value(2.0),2)", marked("new Value(2.0)**2"));
        assertEquals("$pow$((a + b) , 2)", marked("(a + b) ** 2"));
        assertEquals("(double) $pow$(x , 2)", marked("(double) x ** 2"));    // a cast is unary: it binds looser
        assertEquals("return $pow$((a) , 2);", marked("return (a) ** 2;"));  // not a call of 'return'
        assertEquals("$pow$(2.5e-3,2)", marked("2.5e-3**2"));
    }

    @Test
    void theExponentIsTheUnaryExpressionAfterIt() {
        assertEquals("$pow$(x , -1)", marked("x ** -1"));
        assertEquals("$pow$(x,-$pow$(y,2))", marked("x**-y**2"));          // x ** (-(y ** 2))
        assertEquals("$pow$(a,$pow$(b,c))", marked("a**b**c"));             // right-associative
        assertEquals("$pow$(x,2) * 3", marked("x**2 * 3"));
        assertEquals("$pow$(x,(double) k) + 1", marked("x**(double) k + 1"));
        assertEquals("$pow$(x,y.z(1)[0])", marked("x**y.z(1)[0]"));
        assertEquals("$pow$((($pow$(a,2))),3)", marked("((a**2))**3"));
        assertEquals("f(z -> $pow$(z,2))", marked("f(z -> z**2)"));
    }

    @Test
    void aPowerWithNothingToTakeIsRefusedOnIt() {
        Refusal r = assertThrows(Refusal.class, () -> PowerPass.apply("Value y = ** 2;"));
        assertEquals("** needs a number or a Value on each side, as in x ** 2.", r.getMessage());
        assertEquals(10, r.start);
        assertEquals(12, r.end);
        assertThrows(Refusal.class, () -> PowerPass.apply("x **;"));
        assertEquals(2, assertThrows(Refusal.class, () -> PowerPass.apply("s **= 2")).start);
    }

    @Test
    void everyMarkerMapsBackToItsPower() {
        String typed = "1 - t ** 2";
        PowerPass.Result r = PowerPass.apply(typed);
        assertEquals("1 - $pow$(t , 2)", r.text());
        int power = typed.indexOf("**");
        assertEquals(power, r.map().toUser(r.text().indexOf("$pow$")));          // caret: the **
        assertEquals(power, r.map().toUser(r.text().indexOf(",")));
        assertEquals(typed.indexOf('t'), r.map().toUser(r.text().indexOf('t')));
        assertEquals(typed.indexOf('2'), r.map().toUser(r.text().indexOf('2')));
        assertEquals(new SourceMap.Span(4, 10), r.map().toUser(4, r.text().length()));   // a range: all of t ** 2
        assertEquals(typed.length(), r.map().toUserEnd(r.text().length()));
        assertEquals(1, r.powers());
        assertEquals(power, r.operators()[0].start());
        assertEquals(4, r.markers()[0]);
    }

    @Test
    void theLexerKnowsWhatIsNotCode() {
        assertEquals(0, PowerPass.apply("s = \"a ** b\" + 'c' + \"\"\"\n  ** \\\"\"\" **\n  \"\"\"; // **\n/* ** */").powers());
        assertEquals("x /* ** */ * $pow$(y,2) // **", marked("x /* ** */ * y**2 // **"));
    }
}
