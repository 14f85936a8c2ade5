package autograd.replay;

import autograd.replay.Cell.Expect;
import autograd.replay.Cell.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Cuts a replay script into cells; the format is described on {@link Replay}. */
final class Cells {
    static final String EXPECT = "// expect:";

    private Cells() {}

    /**
     * The cells of {@code script}. {@code complete} tells whether some code is whole (no class, method or block
     * still open): a blank line ends a cell only then, so a class may have blank lines between its methods.
     */
    static List<Cell> parse(String script, Predicate<String> complete) {
        List<Cell> cells = new ArrayList<>();
        String[] lines = script.replace("\r\n", "\n").split("\n", -1);
        int start = -1;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            if (!end && !lines[i].isBlank()) {
                if (start < 0) start = i;
                if (!isComment(lines[i]) || isExpect(lines[i])) code.append(lines[i]).append('\n');
                continue;
            }
            if (start < 0) continue;
            // a blank line inside a class
            if (!end && !code.toString().isBlank() && !complete.test(code.toString())) continue;
            cells.add(cell(start, List.of(lines).subList(start, i)));
            start = -1;
            code.setLength(0);
        }
        return cells;
    }

    /** One cell from its lines: leading comments are prose, the rest is code cut at its expect lines. */
    private static Cell cell(int start, List<String> lines) {
        int first = 0;
        List<String> prose = new ArrayList<>();
        while (first < lines.size() && isComment(lines.get(first)) && !isExpect(lines.get(first))) {
            prose.add(lines.get(first).strip().substring(2).strip());
            first++;
        }
        List<String> codeLines = lines.subList(first, lines.size());
        String shown = String.join("\n", codeLines).stripTrailing();
        return new Cell(start + 1, List.copyOf(prose), shown, shown.isEmpty() ? List.of()
                : steps(codeLines, start + first + 1));
    }

    /**
     * A notebook's code cell, its number {@code line}: its code whole, cut into steps at its expect lines (numbered in
     * the cell).
     */
    static Cell code(int line, String code) {
        String shown = code.replace("\r\n", "\n").stripTrailing();
        return new Cell(line, List.of(), shown, shown.isBlank() ? List.of() : steps(List.of(shown.split("\n", -1)), 1));
    }

    /** A notebook's text cell. */
    static Cell text(int line, String text) {
        return new Cell(line, List.of(text.replace("\r\n", "\n").strip().split("\n", -1)), "", List.of());
    }

    /**
     * Code cut at its expect lines: each step is some code and the expect lines right after it; lines count from
     * firstLine.
     */
    private static List<Step> steps(List<String> codeLines, int firstLine) {
        List<Step> steps = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        List<Expect> expects = new ArrayList<>();
        for (int i = 0; i < codeLines.size(); i++) {
            String line = codeLines.get(i);
            if (isExpect(line)) {
                expects.add(new Expect(firstLine + i, line.strip().substring(EXPECT.length()).strip()));
                continue;
            }
            if (!expects.isEmpty()) {                   // code after expect lines starts a new step
                steps.add(new Step(code.toString(), List.copyOf(expects)));
                code.setLength(0);
                expects.clear();
            }
            code.append(line).append('\n');
        }
        if (code.length() > 0 || !expects.isEmpty()) steps.add(new Step(code.toString(), List.copyOf(expects)));
        return List.copyOf(steps);
    }

    static boolean isComment(String line) { return line.strip().startsWith("//"); }

    static boolean isExpect(String line) { return line.strip().startsWith(EXPECT); }
}
