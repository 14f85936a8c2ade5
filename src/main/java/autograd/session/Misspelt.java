package autograd.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" for a name the compiler cannot find: a member of the value it is called on ({@code o.backwrd()},
 * {@code o.Backward()}, {@code a.tahn()}), a method written without its parentheses ({@code o.backward}), or a name
 * in scope ({@code drawDto(o)}). The candidates are what the session knows ({@link Known}).
 */
final class Misspelt {
    private Misspelt() {}

    private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(method|variable) ([\\w$]+)");

    /** The receiver written right before {@code .name} in the source: {@code o}, {@code x1w1.tanh()}; null if none. */
    private static String receiver(String source, String name) {
        Matcher m = Pattern.compile("([\\w$]+(?:\\(\\))?(?:\\.[\\w$]+(?:\\(\\))?)*)\\s*\\.\\s*" + Pattern.quote(name)
                + "\\b")
                .matcher(source);
        return m.find() ? m.group(1) : null;
    }

    /** {@code o.backward} without {@code ()}: the member is a method. */
    static String parentheses(String source, String said, Known known) {
        Matcher s = SYMBOL.matcher(said);
        if (!s.find() || !s.group(1).equals("variable")) return null;
        String name = s.group(2), on = receiver(source, name);
        if (on == null || !known.hasMethod(on, name)) return null;
        return name + " is a method: add (), as in " + on + "." + name + "().";
    }

    /** A member of the receiver's type within a small edit distance, or the same but for case. */
    static String member(String source, String said, Known known) {
        Matcher s = SYMBOL.matcher(said);
        if (!s.find() || !said.contains("location: variable")) return null;
        String name = s.group(2), on = receiver(source, name);
        if (on == null) return null;
        String meant = Known.closest(name, known.members(on));
        if (meant == null) return null;
        return "Did you mean " + on + "." + meant + (s.group(1).equals("method") ? "(...)" : "") + "?";
    }

    /** A name in scope (a variable, a method, a helper, a class) within a small edit distance. */
    static String name(String said, Known known) {
        Matcher s = SYMBOL.matcher(said);
        if (!s.find() || said.contains("location:") || s.group(2).length() < 3) return null;   // a top-level name
        String name = s.group(2), meant = Known.closest(name, known.startingLike(name.charAt(0)));
        return meant == null ? null : "Did you mean " + meant + "?";
    }
}
