package autograd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Python's repr prints the fewest digits that read back; Java 17's Double.toString sometimes prints one more. */
class ReprShortestTest {

    @Test
    void printsPythonsShortestDigitsWhereJava17AddsOne() {
        // each left-hand side is what python3 -c "print(repr(x))" prints
        assertEquals("2e+23", Repr.of(2e23));                          // Java 17: 1.9999999999999998E23
        assertEquals("1e+23", Repr.of(1e23));                          // Java 17: 9.999999999999999E22
        assertEquals("8.41e+21", Repr.of(8.41e21));
        assertEquals("5.684341886080802e-14", Repr.of(Math.pow(2, -44)));
        assertEquals("5e-324", Repr.of(Double.MIN_VALUE));             // Java 17: 4.9E-324
    }

    @Test
    void printsTheNotebooksNumbers() {
        assertEquals("0.8958441028683222", Repr.of(0.8958441028683222));
        assertEquals("56.99999999999999", Repr.of(0.57 * 100));
        assertEquals("1e-05", Repr.of(1e-5));
        assertEquals("0.0001", Repr.of(1e-4));
        assertEquals("1e+16", Repr.of(1e16));
        assertEquals("1234567890123456.0", Repr.of(1234567890123456.0));
        assertEquals("-0.0", Repr.of(-0.0));
        assertEquals("50.0", Repr.of(0.5 * 100));
    }
}
