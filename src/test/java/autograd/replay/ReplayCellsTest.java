package autograd.replay;

import autograd.replay.Cell.Expect;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a script is cut into cells, prose, steps and expect lines. */
class ReplayCellsTest {
    /** Whole when the braces balance: enough for these scripts (the replay asks jshell itself). */
    static final Predicate<String> BRACES = code -> code.chars().filter(c -> c == '{').count() == code.chars().filter(c -> c == '}').count();

    static final String SCRIPT = """
            // A text cell,
            // two lines long.

            // The neuron's output
            o.data
            // expect: 0.7071067811865476
            o.backward();
            x1.grad // a comment after code stays code
            // expect: -1.5


            class Foo {
                int x = 1;

                int twice() { return 2 * x; }
            }
            """;

    @Test
    void blankLinesSeparateCellsButNotInsideAClass() {
        List<Cell> cells = Cells.parse(SCRIPT, BRACES);
        assertEquals(3, cells.size());
        assertTrue(cells.get(0).isText());
        assertEquals(List.of("A text cell,", "two lines long."), cells.get(0).prose());
        assertEquals(1, cells.get(0).line());
        assertEquals(12, cells.get(2).line());
        assertTrue(cells.get(2).code().contains("\n\n    int twice()"), cells.get(2).code());
    }

    @Test
    void leadingCommentsAreProseAndExpectLinesCutTheCodeIntoSteps() {
        Cell cell = Cells.parse(SCRIPT, BRACES).get(1);
        assertEquals(List.of("The neuron's output"), cell.prose());
        assertEquals(4, cell.line());
        assertTrue(cell.code().startsWith("o.data\n// expect: 0.7071067811865476"), cell.code());
        assertEquals(2, cell.steps().size());
        assertEquals("o.data\n", cell.steps().get(0).code());
        assertEquals(List.of(new Expect(6, "0.7071067811865476")), cell.steps().get(0).expects());
        assertEquals("o.backward();\nx1.grad // a comment after code stays code\n", cell.steps().get(1).code());
        assertEquals(List.of(new Expect(9, "-1.5")), cell.steps().get(1).expects());
    }

    @Test
    void aCellWithoutExpectLinesIsOneStep() {
        List<Cell> cells = Cells.parse("int a = 1;\nint b = 2;\n", BRACES);
        assertEquals(1, cells.size());
        assertEquals(1, cells.get(0).steps().size());
        assertEquals(List.of(), cells.get(0).steps().get(0).expects());
    }
}
