package autograd.replay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A transcript keeps what a terminal would show of a line that was rewritten in place. */
class OverprintTest {
    @Test
    void drawDotFullsProgressLineEndsAsItsLastState() {
        String printed = "\rdrawing every value of loss (1,666 values): 1 s, Ctrl-C stops it"
                + "\rdrawing every value of loss (1,666 values): 2 s, Ctrl-C stops it"
                + "\rdrew every value of loss (1,666 values) in 2 s.                    \nnext line\n";
        assertEquals("drew every value of loss (1,666 values) in 2 s.\nnext line\n", Overprint.resolve(printed));
    }

    @Test
    void textWithoutCarriageReturnsIsUntouched() {
        assertEquals("a  \nb\n", Overprint.resolve("a  \nb\n"));
        assertEquals("windows\nline ends\n", Overprint.resolve("windows\r\nline ends\r\n"));
        assertEquals("XYcde", Overprint.resolve("abcde\rXY"));            // a shorter text covers only its own width
    }
}
