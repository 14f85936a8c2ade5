package autograd.session;

import autograd.operators.SourceMap;
import java.util.List;
import jdk.jshell.SnippetEvent;

/**
 * Positions in the source JShell compiled, as positions in what the user typed: JShell's snippet source may leave
 * out leading blanks ({@code shift}), and the operators' Java maps back through its {@link SourceMap} (null: the
 * snippet ran as typed).
 */
record Positions(int shift, SourceMap map) {
    static Positions of(String compiled, List<SnippetEvent> events, SourceMap map) {
        int shift = events.isEmpty() ? 0 : Math.max(0, compiled.indexOf(events.get(0).snippet().source()));
        return new Positions(shift, map);
    }

    /** The user's text a compiler error's range {@code [start, end)} points at; start -1 when it points nowhere. */
    int[] span(int start, int end) {
        if (start < 0) return new int[] {-1, -1};
        if (map == null) return new int[] {start + shift, Math.max(start, end) + shift};
        SourceMap.Span s = map.toUser(start + shift, Math.max(start + 1, end) + shift);
        return new int[] {s.start(), s.end()};
    }
}
