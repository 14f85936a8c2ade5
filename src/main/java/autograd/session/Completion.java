package autograd.session;

import java.util.List;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * What may be typed at the cursor, from JShell's own analysis of the session (so the user's variables, methods
 * and classes are there): the REPL's Tab and the notebook's completion share it.
 *
 * @param anchor        where the text the continuations replace starts ({@code o.back|} anchors at the {@code b})
 * @param continuations each a whole replacement for the text from the anchor to the cursor, distinct, in JShell's order
 */
public record Completion(int anchor, List<String> continuations) {

    /** The completions of {@code code} at {@code cursor}; code may hold several snippets, or an unfinished class. */
    public static Completion of(Session session, String code, int cursor) {
        Completion c = of(session.analysis(), code, cursor);
        if (!c.continuations().isEmpty() || !session.operators()) return c;
        // (x1*w1).ba: JShell cannot type the receiver; the Java the operators make of the text before the cursor can
        return session.evaluation().asJava(code.substring(0, cursor)).map(java -> {
            Completion inJava = of(session.analysis(), java.java(), java.java().length());
            return new Completion(java.map().toUser(inJava.anchor()), inJava.continuations());
        }).orElse(c);
    }

    private static Completion of(jdk.jshell.SourceCodeAnalysis analysis, String code, int cursor) {
        int[] anchor = {-1};
        List<Suggestion> suggestions = analysis.completionSuggestions(code, cursor, anchor);
        return new Completion(anchor[0] < 0 ? cursor : anchor[0],
                suggestions.stream().map(Suggestion::continuation).distinct().toList());
    }
}
