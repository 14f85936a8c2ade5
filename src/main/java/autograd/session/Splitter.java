package autograd.session;

import autograd.operators.Operators;
import autograd.session.Session.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Cuts code into snippets as the JDK's jshell reads a file with /open: line by line, a line that completes a snippet
 * ends it, with or without its semicolon ({@code x1.grad} alone is a snippet), and a line may hold several snippets.
 * Comments alone are nothing to run. An unfinished tail comes last, whole. JShell's own analysis decides, on the
 * session's deep stack (see {@link Session#completion}).
 */
public final class Splitter {
    /** What code is as a whole: snippets, snippets and an unfinished tail, or a tail JShell cannot read at all. */
    public enum Readiness { COMPLETE, UNFINISHED, INVALID }

    private final Function<String, CompletionInfo> analysis;   // null when even the deep stack overflows

    Splitter(Function<String, CompletionInfo> analysis) { this.analysis = analysis; }

    List<Piece> split(String source) {
        List<Piece> pieces = new ArrayList<>();
        String pending = "";
        for (String line : source.replace("\r\n", "\n").split("\n", -1)) {
            pending += line + "\n";
            while (true) {
                String readable = Operators.forCompleteness(pending);    // x ** 2 as javac could parse it
                CompletionInfo info = analysis.apply(readable);
                // too deep to cut: whole
                if (info == null) { pieces.add(new Piece(pending, true)); pending = ""; break; }
                // comments
                if (info.completeness() == Completeness.EMPTY) { pending = ""; break; }
                if (!info.completeness().isComplete()) break;                                    // read on
                int rest = info.remaining().length();
                String piece = readable.equals(pending) ? info.source()
                        : own(pending.substring(0, pending.length() - rest), info.source());
                pieces.add(new Piece(piece, true, info.completeness() != Completeness.UNKNOWN));
                pending = readable.equals(pending) ? info.remaining() : pending.substring(pending.length() - rest);
                if (pending.isBlank()) { pending = ""; break; }
            }
        }
        if (!pending.isBlank()) pieces.add(new Piece(pending, false));
        return pieces;
    }

    /**
     * The user's own text of a snippet JShell cut from its readable twin ({@code **} as {@code *+}, the same length),
     * with the semicolon JShell added where it added one ({@code x1.grad ** 2} alone is a snippet).
     */
    private static String own(String typed, String cut) {
        if (cut.length() != typed.length() + 1) return typed;
        int at = 0;
        String readable = Operators.forCompleteness(typed);
        while (at < typed.length() && readable.charAt(at) == cut.charAt(at)) at++;
        return typed.substring(0, at) + cut.charAt(at) + typed.substring(at);
    }

    /** The code's completeness: the REPL waits for more while it is unfinished, and Jupyter's console asks. */
    Readiness readiness(String code) {
        List<Piece> pieces = split(code);
        if (pieces.stream().anyMatch(p -> !p.readable())) return Readiness.INVALID;
        if (pieces.isEmpty() || pieces.get(pieces.size() - 1).finished()) return Readiness.COMPLETE;
        CompletionInfo tail = analysis.apply(Operators.forCompleteness(pieces.get(pieces.size() - 1).source()));
        return tail != null && tail.completeness() == Completeness.UNKNOWN ? Readiness.INVALID : Readiness.UNFINISHED;
    }
}
