package autograd.text;

import autograd.session.SnippetNames;
import java.util.Locale;
import jdk.jshell.EvalException;

/**
 * An exception's stack as /trace shows it: each cause in turn ({@code Caused by: ...}), the snippet's frames named
 * {@code snippet N} as the user counts them, and a run of the same frame (a StackOverflowError's thousand) folded into
 * one line.
 */
public final class StackText {
    private StackText() {}

    /** The stack of e, its snippets' frames named as the user counts them ({@code names}). */
    public static String of(Throwable e, SnippetNames names) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) out.append("Caused by: ");
            out.append(name(t)).append(t.getMessage() == null ? "" : ": "
                    + SnippetNames.withoutWrappers(t.getMessage())).append('\n');
            frames(t.getStackTrace(), names, out);
        }
        return out.toString();
    }

    private static void frames(StackTraceElement[] frames, SnippetNames names, StringBuilder out) {
        for (int i = 0; i < frames.length; ) {
            int same = 1;
            while (i + same < frames.length && frames[i + same].equals(frames[i])) same++;
            out.append("        at ").append(names.of(frames[i])).append('\n');
            if (same > 1) out.append(String.format(Locale.ROOT, "        ... %,d more of the same%n", same - 1));
            i += same;
        }
    }

    private static String name(Throwable t) {
        return t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
    }
}
