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
        int[] anchor = {-1};
        List<Suggestion> suggestions = session.analysis().completionSuggestions(code, cursor, anchor);
        return new Completion(anchor[0] < 0 ? cursor : anchor[0],
                suggestions.stream().map(Suggestion::continuation).distinct().toList());
    }
}
