package autograd.replay;

import java.util.List;

/**
 * One cell of a replay script: its prose (the comment lines above its code, without {@code //}), its code as
 * written (the {@code // expect:} lines included, for showing), and that code cut into {@link Step}s at its
 * {@code // expect:} lines. A cell of prose alone has no steps: a notebook's text cell.
 *
 * @param line  the script line the cell starts on, from 1
 * @param prose the cell's text, one paragraph line per list entry
 * @param code  the code as the script has it, or empty for a text cell
 * @param steps the code to run, in order
 */
record Cell(int line, List<String> prose, String code, List<Step> steps) {

    /** Some code and the {@code // expect:} lines right after it. */
    record Step(String code, List<Expect> expects) {}

    /** One {@code // expect: TEXT} line: TEXT, and the line it stands on. */
    record Expect(int line, String text) {}

    boolean isText() { return steps.isEmpty(); }
}
