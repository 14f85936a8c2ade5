package autograd.operators;

import java.util.Arrays;

/**
 * Text being written from pieces of an earlier text and pieces of its own, keeping where each came from in the
 * user's text: the builder of a {@link SourceMap}. Appends only, so a 3,000-term sum costs linear time.
 */
final class MappedText {
    private final StringBuilder text = new StringBuilder();
    private int[] javaStart = new int[16];
    private int[] userStart = new int[16];
    private int[] userEnd = new int[16];
    private int[] caret = new int[16];
    private boolean[] copied = new boolean[16];
    private int pieces;
    private final int userLength;

    MappedText(int userLength) { this.userLength = userLength; }

    /** Copies {@code source[from, to)}, where {@code source} maps to the user's text by {@code map}. */
    MappedText copy(String source, SourceMap map, int from, int to) {
        if (from >= to) return this;
        for (int i = map.piece(from); i < map.pieces() && map.javaStart(i) < to; i++) {
            int a = Math.max(from, map.javaStart(i)), b = Math.min(to, map.javaEnd(i));
            if (a >= b) continue;
            if (map.copied(i)) {
                int user = map.userStart(i) + (a - map.javaStart(i));
                piece(true, user, user + (b - a), user);
            } else {
                piece(false, map.userStart(i), map.userEnd(i), map.caret(i));
            }
            text.append(source, a, b);
        }
        return this;
    }

    /**
     * Writes {@code s}, standing for the operator at {@code caret} of the user's expression {@code [userFrom, userTo)}.
     */
    MappedText write(String s, int caret, int userFrom, int userTo) {
        if (s.isEmpty()) return this;
        piece(false, userFrom, userTo, caret);
        text.append(s);
        return this;
    }

    int length() { return text.length(); }

    String text() { return text.toString(); }

    SourceMap map() {
        return new SourceMap(Arrays.copyOf(javaStart, pieces), Arrays.copyOf(userStart, pieces),
                Arrays.copyOf(userEnd, pieces),
                Arrays.copyOf(caret, pieces), Arrays.copyOf(copied, pieces), text.length(), userLength);
    }

    private void piece(boolean isCopy, int from, int to, int at) {
        int here = text.length();
        if (pieces > 0) {
            int last = pieces - 1;
            // a copy that continues the copy before it, or more of the same operator's text, extends that piece
            if (isCopy && copied[last] && userStart[last]
                    + (here - javaStart[last]) == from) { userEnd[last] = to; return; }
            if (!isCopy && !copied[last] && userStart[last] == from && userEnd[last] == to && caret[last] == at) return;
        }
        if (pieces == javaStart.length) {
            int size = pieces * 2;
            javaStart = Arrays.copyOf(javaStart, size);
            userStart = Arrays.copyOf(userStart, size);
            userEnd = Arrays.copyOf(userEnd, size);
            caret = Arrays.copyOf(caret, size);
            copied = Arrays.copyOf(copied, size);
        }
        javaStart[pieces] = here;
        userStart[pieces] = from;
        userEnd[pieces] = to;
        caret[pieces] = at;
        copied[pieces] = isCopy;
        pieces++;
    }
}
