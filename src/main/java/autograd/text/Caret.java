package autograd.text;

/**
 * The source line holding a problem and a caret under it, as jshell shows them; a long line is cut around the place.
 */
final class Caret {
    private Caret() {}

    static final int WIDTH = 100;

    /** Two lines, each starting with a line break and jshell's bar; empty when the place is not in the source. */
    static String under(String src, int start, int end) {
        if (start < 0 || start > src.length()) return "";
        int lineStart = src.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) lineStart = 0;
        int lineEnd = src.indexOf('\n', start);
        if (lineEnd < 0) lineEnd = src.length();
        int last = Math.max(start, Math.min(end, lineEnd) - 1);
        String before = "", after = "";
        // a 70,000-character literal: a window, not the whole line
        if (lineEnd - lineStart > WIDTH) {
            int from = Math.max(lineStart, start - WIDTH / 4), to = Math.min(lineEnd, from + WIDTH);
            before = from > lineStart ? "..." : "";
            after = to < lineEnd ? "..." : "";
            lineStart = from;
            lineEnd = to;
            last = Math.min(last, lineEnd - 1);
        }
        String marks = last > start ? "^" + "-".repeat(last - start - 1) + "^" : "^";
        return "\n" + ReplText.BAR + before + src.substring(lineStart, lineEnd) + after
                + "\n" + ReplText.BAR + " ".repeat(before.length() + start - lineStart) + marks;
    }
}
