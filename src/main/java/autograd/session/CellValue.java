package autograd.session;

import autograd.picture.Picture;
import java.util.List;
import java.util.Optional;
import jdk.jshell.Snippet;

/**
 * What a notebook shows under a cell, its {@code Out[N]}: the value of the cell's last snippet when that snippet is
 * an expression ({@code x1.grad}, {@code o}), as Python shows a cell's last expression. A declaration
 * ({@code Value a = ...}), an assignment, a statement or a void call shows nothing; nor does a snippet ending in
 * {@code ;} (IPython's way to keep a cell quiet: {@code plot(losses);}), nor the file names of the pictures the
 * snippet drew, which are shown themselves. The kernel and the notebook a replay writes keep this one rule.
 */
public final class CellValue {
    private CellValue() {}

    /** The text of the cell's value, if it shows one; {@code pictures} are those the last snippet drew. */
    public static Optional<String> of(Session session, Result last, List<Picture> pictures) {
        if (last == null || last.kind() != Result.Kind.VALUE || last.value().isEmpty()) return Optional.empty();
        if (last.source().strip().endsWith(";")) return Optional.empty();          // as in IPython: a ';' keeps it quiet
        List<String> files = pictures.stream().map(p -> p.file().toString()).toList();
        if (files.contains(last.value()) || files.toString().equals(last.value())) return Optional.empty();
        Snippet snippet = lastSnippet(session, last.source());
        boolean expression = snippet != null && switch (snippet.subKind()) {
            case VAR_VALUE_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;   // o, x1.grad, f(3)
            default -> false;                                                                       // x = 4, int y = 3
        };
        return expression ? Optional.of(last.value()) : Optional.empty();
    }

    /** The snippet JShell made of source: the session's newest (quick), else JShell's analysis of the source again. */
    private static Snippet lastSnippet(Session session, String source) {
        Snippet newest = session.jshell().snippets().reduce((a, b) -> b).orElse(null);
        if (newest != null && newest.source().strip().equals(source.strip())) return newest;
        List<Snippet> snippets = session.analysis().sourceToSnippets(source);
        return snippets.isEmpty() ? null : snippets.get(0);
    }
}
