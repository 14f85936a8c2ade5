package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which snippets go to the rewrite first: an arithmetic operator beside a variable that holds a Value. */
class LikelyNeededTest {
    static final Set<String> VALUES = Set.of("x1", "w1", "a", "e", "n", "s", "p");

    @Test
    void theLecturesArithmeticGoesToTheRewriteFirst() {
        for (String s : new String[] {"x1*w1 + b", "(e - 1) / (e + 1)", "Value k = (2*n).exp();", "-a", "s += p*p"})
            assertTrue(Operators.likelyNeeded(s, () -> VALUES), s);
    }

    @Test
    void numbersAndTextAreLeftToJavac() {
        for (String s : new String[] {"x1.grad * 2", "new Value(-3.0, \"w1\")", "\"a\" + 1", "x1.data == w1.data",
                "// a * b", "\"x1*w1\""})
            assertFalse(Operators.likelyNeeded(s, () -> VALUES), s);
        assertFalse(Operators.likelyNeeded("x1*w1", Set::of), "no Values in the session");
    }
}
