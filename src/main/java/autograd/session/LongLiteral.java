package autograd.session;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds a string literal too long for a class file (65,535 bytes of UTF-8). Such a snippet is refused before JShell
 * sees it: JShell would keep it, and every later snippet would then fail to compile.
 */
final class LongLiteral {
    private LongLiteral() {}

    static final int MAX_BYTES = 65_535;

    /** Where the first too-long string literal starts in source, or -1. Comments and char literals are skipped. */
    static int in(String source) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '/' && source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), source);
            } else if (c == '/' && source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2) + 1, source);
            } else if (c == '\'') {
                i = closing(source, i + 1, "'");
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int close = closing(source, i + (block ? 3 : 1), block ? "\"\"\"" : "\"");
                if (source.substring(i, Math.min(close + 1, source.length()))
                        .getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) return i;
                i = close;
            }
        }
        return -1;
    }

    /** The index of the last character of the closing quote, past escapes; the end of the source if none. */
    private static int closing(String s, int from, String quote) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') { i++; continue; }
            if (s.startsWith(quote, i)) return i + quote.length() - 1;
        }
        return s.length();
    }

    /** The problem of a snippet with a too-long literal at {@code at}. */
    static Problem problem(int at) {
        return new Problem.NotCompiled(List.of(new Problem.Diagnostic("constant string too long: a string literal"
                + " holds at most 65,535"
                + " bytes; read a long text from a file instead", at, at + 1)), null);
    }

    /** The problem of a snippet even the snippet thread's deep stack cannot compile. */
    static Problem tooDeep() {
        return new Problem.NotCompiled(List.of(new Problem.Diagnostic("this snippet nests too deeply for the"
                + " compiler (a very long"
                + " expression?): split it into several statements.", -1, -1)), null);
    }

    private static int end(int at, String s) { return at < 0 ? s.length() : at; }
}
