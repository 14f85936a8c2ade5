package autograd.operators;

import autograd.operators.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * Where {@code **} takes its operands, read off the tokens with Python's precedence: the base is the primary just
 * before it (a name, a literal, a parenthesised expression, a call, an array element, {@code new C(...)}, and dotted
 * chains of them); the exponent is the unary expression after it, with any {@code **} that follows, since
 * {@code a**b**c} is {@code a**(b**c)}.
 */
final class PowerOperands {
    private PowerOperands() {}

    // words that may stand before a parenthesis without calling it (return (a) ** 2)
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
                    "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "switch", "synchronized", "throw", "throws", "transient", "try", "void", "volatile", "while", "yield");

    /**
     * The first token of the primary that ends just before token {@code power}: a name, a literal, a parenthesised
     * expression, a call, an array element, {@code new C(...)}, and chains of them joined by dots. -1 if none.
     */
    static int baseStart(List<Token> code, int power) {
        int j = power - 1;
        while (j >= 0) {
            Token t = code.get(j);
            if (t.is("]")) {                                  // a[i]: the array comes before the bracket
                j = matchBack(code, j, "[", "]") - 1;
                continue;
            }
            int start;
            if (t.is(")")) {
                start = matchBack(code, j, "(", ")");
                if (start < 0) return -1;
                if (start > 0 && callable(code.get(start - 1))) start--;   // f(x), not (x)
            } else if (atom(t)) {
                start = j;
            } else {
                return -1;
            }
            if (start > 0 && code.get(start - 1).is(".")) { j = start - 2; continue; }
            if (start > 0 && code.get(start - 1).isName("new")) start--;
            return start;
        }
        return -1;
    }

    /** Just past the unary expression that starts at token {@code from}, with the ** after it (right-associative). */
    static int exponentEnd(List<Token> code, int from) {
        int end = unaryEnd(code, from);
        while (end >= 0 && end < code.size() && code.get(end).kind() == Kind.POWER) end = unaryEnd(code, end + 1);
        return end;
    }

    private static int unaryEnd(List<Token> code, int j) {
        while (j < code.size()) {
            Token t = code.get(j);
            if (t.is("-") || t.is("+") || t.is("~") || t.is("!")) { j++; continue; }
            int cast = castEnd(code, j);
            if (cast < 0) break;
            j = cast;
        }
        return primaryEnd(code, j);
    }

    /** Just past a cast such as (double) that starts at j, or -1: a parenthesised type followed by an operand. */
    private static int castEnd(List<Token> code, int j) {
        if (j >= code.size() || !code.get(j).is("(")) return -1;
        int close = matchForward(code, j, "(", ")");
        if (close < 0 || close + 1 >= code.size()) return -1;
        for (int k = j + 1; k < close; k++) {
            Token t = code.get(k);
            if (!(t.kind() == Kind.NAME || t.is(".") || t.is("[") || t.is("]") || t.is("<") || t.is(">")
                    || t.is(","))) return -1;
        }
        Token next = code.get(close + 1);
        return close > j + 1 && (atom(next) || next.is("(")) ? close + 1 : -1;
    }

    private static int primaryEnd(List<Token> code, int j) {
        if (j >= code.size()) return -1;
        Token t = code.get(j);
        int k;
        if (t.is("(")) {
            k = matchForward(code, j, "(", ")") + 1;
        } else if (t.isName("new")) {
            k = j + 1;
            while (k < code.size() && (code.get(k).kind() == Kind.NAME || code.get(k).is(".") || code.get(k).is("<")
                    || code.get(k).is(">") || code.get(k).is(">>") || code.get(k).is(",") || code.get(k).is("?"))) k++;
            if (k < code.size() && code.get(k).is("(")) k = matchForward(code, k, "(", ")") + 1;
            while (k > 0 && k < code.size() && code.get(k).is("[")) k = matchForward(code, k, "[", "]") + 1;
            if (k > 0 && k < code.size() && code.get(k).is("{")) k = matchForward(code, k, "{", "}") + 1;
        } else if (atom(t)) {
            k = j + 1;
        } else {
            return -1;
        }
        while (k > 0 && k < code.size()) {                    // .name, (args) after a name, [index], ++
            Token p = code.get(k);
            if (p.is("(") && code.get(k - 1).kind() == Kind.NAME) k = matchForward(code, k, "(", ")") + 1;
            else if (p.is(".") && k + 1 < code.size() && code.get(k + 1).kind() == Kind.NAME) k += 2;
            else if (p.is("[")) k = matchForward(code, k, "[", "]") + 1;
            else if (p.is("++") || p.is("--")) k++;
            else break;
        }
        return k > 0 ? k : -1;
    }

    private static boolean atom(Token t) {
        return switch (t.kind()) {
            case NUMBER, STRING, CHAR -> true;
            case NAME -> !KEYWORDS.contains(t.text());
            default -> false;
        };
    }

    private static boolean callable(Token t) { return t.kind() == Kind.NAME && !KEYWORDS.contains(t.text()); }

    private static int matchBack(List<Token> code, int close, String open, String closing) {
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            if (code.get(k).is(closing)) depth++;
            else if (code.get(k).is(open) && --depth == 0) return k;
        }
        return -1;
    }

    private static int matchForward(List<Token> code, int open, String opening, String close) {
        int depth = 0;
        for (int k = open; k < code.size(); k++) {
            if (code.get(k).is(opening)) depth++;
            else if (code.get(k).is(close) && --depth == 0) return k;
        }
        return -1;
    }
}
