package autograd.operators;

import java.util.Comparator;
import java.util.List;

/**
 * Writes the Java to run: the marked-up snippet as it is, except where an operator was decided, which is written as
 * its decision says, its operands' own source written the same way in turn. One pass, appending only.
 */
final class Emitter {
    private final String source;         // the marked-up snippet
    private final SourceMap map;         // from it to the user's text
    private final Decision[] decisions;  // by start, and the outer first where two start together
    private final MappedText out;

    Emitter(String source, SourceMap map, List<Decision> decisions, int userLength) {
        this.source = source;
        this.map = map;
        this.decisions = decisions.stream()
                .sorted(Comparator.comparingInt(Decision::start)
                        .thenComparing(Comparator.comparingInt(Decision::end).reversed()))
                .toArray(Decision[]::new);
        this.out = new MappedText(userLength);
    }

    MappedText emit() {
        copy(0, source.length());
        return out;
    }

    /** source[from, to) with each outermost decision inside it written in its place. */
    private void copy(int from, int to) {
        int cursor = from;
        for (int i = first(cursor, to); i < decisions.length && decisions[i].start() < to; i = first(cursor, to)) {
            Decision d = decisions[i];
            out.copy(source, map, cursor, d.start());
            write(d);
            cursor = d.end();
        }
        out.copy(source, map, cursor, to);
    }

    private void write(Decision d) {
        for (Decision.Part part : d.parts()) {
            if (part instanceof Decision.Text t) {
                out.write(t.text(), t.caret(), t.userFrom(), t.userTo());
            } else if (part instanceof Decision.Source s) {
                SourceMap.Span operand = s.parenthesised() ? map.toUser(s.start(), s.end()) : null;
                if (operand != null) out.write("(", operand.start(), operand.start(), operand.end());
                copy(s.start(), s.end());
                if (operand != null) out.write(")", operand.start(), operand.start(), operand.end());
            }
        }
    }

    /**
     * The first decision that starts at or after {@code cursor} and ends by {@code to}: those that start at the
     * cursor but reach past {@code to} are the ones being written, around it. A binary search, so a 3,000-term sum,
     * whose decisions all start at its first term, costs no more than a short one.
     */
    private int first(int cursor, int to) {
        int lo = 0, hi = decisions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Decision d = decisions[mid];
            boolean before = d.start() < cursor || (d.start() == cursor && d.end() > to);
            if (before) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
