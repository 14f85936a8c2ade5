package autograd.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The names a hint may suggest, from JShell's own analysis of the session: the members an expression has
 * ({@code o.} gives {@code backward}, {@code grad}...), and the names in scope that start with a letter. A name the
 * user misspelt is then matched against them ({@link #closest}).
 */
final class Known {
    private final SourceCodeAnalysis analysis;     // null: nothing is known (a hint without a session)
    private final boolean operators;               // whether the session runs the lecture's operators on Values

    Known(SourceCodeAnalysis analysis, boolean operators) {
        this.analysis = analysis;
        this.operators = operators;
    }

    static final Known NOTHING = new Known(null, true);

    /**
     * Whether the session was told not to run the lecture's operators ({@code /operators off}, {@code --no-operators}).
     */
    boolean operatorsOff() { return !operators; }

    /** The members of what {@code receiver} is, without their parentheses: {@code backward}, {@code data}. */
    List<String> members(String receiver) { return names(receiver + "."); }

    /** The names in scope that start with {@code first}, in either case: variables, methods, classes, helpers. */
    List<String> startingLike(char first) {
        List<String> all = new ArrayList<>(names(String.valueOf(Character.toLowerCase(first))));
        all.addAll(names(String.valueOf(Character.toUpperCase(first))));
        return all;
    }

    private List<String> names(String code) {
        if (analysis == null) return List.of();
        Set<String> names = new LinkedHashSet<>();
        for (var s : analysis.completionSuggestions(code, code.length(), new int[1])) {
            String name = s.continuation().replaceFirst("\\(.*$", "");
            if (!name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))) names.add(name);
        }
        return List.copyOf(names);
    }

    /** Whether the receiver has a method of this name ({@code o.backward} written without its parentheses). */
    boolean hasMethod(String receiver, String name) {
        if (analysis == null) return false;
        String code = receiver + ".";
        return analysis.completionSuggestions(code, code.length(), new int[1]).stream()
                .anyMatch(s -> s.continuation().startsWith(name + "("));
    }

    /**
     * The one candidate a misspelt name most likely meant: the same but for case, else one within a small edit
     * distance (one edit in a short name, two in a longer one); null when none, or when two are equally near.
     */
    static String closest(String typed, List<String> candidates) {
        for (String c : candidates)
            if (!c.equals(typed) && c.toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT))) return c;
        int most = typed.length() <= 4 ? 1 : 2, best = most + 1;
        String found = null;
        boolean tie = false;
        for (String c : new LinkedHashSet<>(candidates)) {
            if (c.equals(typed)) continue;
            int d = distance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < best) { best = d; found = c; tie = false; }
            else if (d == best) tie = true;
        }
        return best <= most && !tie ? found : null;
    }

    /** Damerau-Levenshtein distance: insertions, deletions, substitutions, and two letters swapped ({@code tahn}). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++)
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        return d[a.length()][b.length()];
    }
}
