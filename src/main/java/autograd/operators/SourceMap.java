package autograd.operators;

import java.util.Arrays;

/**
 * Where each character of the rewritten Java came from in the user's text. A piece the rewrite copied maps character
 * for character; a piece it wrote itself ({@code .mul(}, a closing parenthesis) maps to the operator it stands for,
 * and, for a range, to the whole expression the operator makes. So javac's caret and underline in the Java the session
 * ran can be put under the user's own characters: {@link #toUser(int)} for a caret, {@link #toUser(int, int)} for a
 * diagnostic's range.
 */
public final class SourceMap {
    // piece i is java [javaStart[i], javaStart[i + 1]); a copied piece is the user's text from userStart[i]; a written
    // piece stands for the operator at caret[i] of the expression [userStart[i], userEnd[i])
    private final int[] javaStart;
    private final int[] userStart;
    private final int[] userEnd;
    private final int[] caret;
    private final boolean[] copied;
    private final int javaLength;
    private final int userLength;

    SourceMap(int[] javaStart, int[] userStart, int[] userEnd, int[] caret, boolean[] copied, int javaLength,
            int userLength) {
        this.javaStart = javaStart;
        this.userStart = userStart;
        this.userEnd = userEnd;
        this.caret = caret;
        this.copied = copied;
        this.javaLength = javaLength;
        this.userLength = userLength;
    }

    /** The map of a text to itself. */
    static SourceMap identity(int length) {
        return new SourceMap(new int[] {0}, new int[] {0}, new int[] {length}, new int[] {0}, new boolean[] {true},
                length, length);
    }

    /**
     * The position in the user's text that {@code javaPosition} came from, for a caret: the same character where the
     * rewrite copied the user's text, the start of the operator where it wrote text of its own. Past the end: the end.
     */
    public int toUser(int javaPosition) {
        if (javaPosition >= javaLength || pieces() == 0) return userLength;
        int i = piece(Math.max(0, javaPosition));
        return copied[i] ? userStart[i] + (Math.max(0, javaPosition) - javaStart[i]) : caret[i];
    }

    /**
     * The end (exclusive) in the user's text of a Java range that ends at {@code javaEnd}: the character before it is
     * mapped, so a range that ends on the rewrite's own text (a call's closing parenthesis) ends where the expression
     * its operator makes ends.
     */
    public int toUserEnd(int javaEnd) {
        if (javaEnd <= 0 || pieces() == 0) return toUser(0);
        int last = Math.min(javaEnd, javaLength) - 1;
        int i = piece(last);
        return copied[i] ? userStart[i] + (last - javaStart[i]) + 1 : userEnd[i];
    }

    /** A range of the user's text. */
    public record Span(int start, int end) {}

    /**
     * The user's text that the Java range {@code [javaFrom, javaTo)} came from: from the first to the last user
     * character any of it stands for, so {@code Value.mul(2, n)} maps back to the whole of {@code 2*n}.
     */
    public Span toUser(int javaFrom, int javaTo) {
        if (javaTo <= javaFrom || javaFrom >= javaLength || pieces() == 0) return new Span(toUser(javaFrom),
                toUser(javaFrom));
        int from = Integer.MAX_VALUE, to = Integer.MIN_VALUE;
        for (int i = piece(Math.max(0, javaFrom)); i < pieces() && javaStart[i] < javaTo; i++) {
            int a = Math.max(javaFrom, javaStart[i]), b = Math.min(javaTo, javaEnd(i));
            from = Math.min(from, copied[i] ? userStart[i] + (a - javaStart[i]) : userStart[i]);
            to = Math.max(to, copied[i] ? userStart[i] + (b - javaStart[i]) : userEnd[i]);
        }
        return new Span(from, to);
    }

    int pieces() { return javaStart.length; }
    int javaStart(int i) { return javaStart[i]; }
    int javaEnd(int i) { return i + 1 < javaStart.length ? javaStart[i + 1] : javaLength; }
    int userStart(int i) { return userStart[i]; }
    int caret(int i) { return caret[i]; }
    int userEnd(int i) { return userEnd[i]; }
    boolean copied(int i) { return copied[i]; }

    /** The piece that holds java position p (0 <= p < javaLength). */
    int piece(int p) {
        int i = Arrays.binarySearch(javaStart, p);
        return i >= 0 ? i : -i - 2;
    }
}
