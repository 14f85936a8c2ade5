package autograd.trace;

/**
 * Text from a graph (a label, the op name of a class the user typed) made safe for a terminal: a label is the user's
 * data, and one holding {@code ESC]0;...BEL} or {@code ESC[2J} would retitle or clear the screen it is printed on.
 * Every place that prints a label for a terminal (printGraph, grad, {@code /step}, gradCheck's and drawDot's
 * sentences) shows it through {@link #of}.
 */
public final class Printable {
    private Printable() {}

    /**
     * The text on one line with nothing a terminal acts on: a line break shows as {@code \n}, a tab as a space, and
     * every other control character (C0, DEL, C1) and bidirectional override is dropped.
     */
    public static String of(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') b.append("\\n");
            else if (cp == '\t') b.append(' ');
            else if (!Character.isISOControl(cp) && !bidi(cp)) b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /** The marks that reorder what follows them on screen (U+202A to U+202E, U+2066 to U+2069). */
    private static boolean bidi(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }
}
