package autograd.operators;

import autograd.operators.Token.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The lexical pass for the lecture's {@code **}, before javac sees anything: each {@code a ** b} becomes
 * {@code $pow$(a, b)}, a call javac parses and attributes (its arguments get their types), so the rewrite finds it
 * in the tree. Python's precedence: the base is the primary just before {@code **}, the exponent the unary
 * expression after it, so {@code -x**2} is {@code -(x**2)} and {@code a**b**c} is {@code a**(b**c)}.
 */
final class PowerPass {
    private PowerPass() {}

    /** The name of the marker call; javac reports it undeclared, and the rewrite replaces every one. */
    static final String MARKER = "$pow$";

    /** The source with every {@code **} made a marker call, and where its text came from. */
    /** The marked-up text; markers[i] is where the i-th marker call starts in it, operators[i] its ** in the user's text. */
    record Result(String text, SourceMap map, int[] markers, Token[] operators) {
        int powers() { return markers.length; }
    }

    /** Text written at {@code at} (replacing up to {@code replacedEnd}) for the ** {@code operator} of base ** exponent. */
    private record Edit(int at, int replacedEnd, String text, Token operator, int from, int to, int order, int rank) {}

    private static final int CLOSE = 0, OPEN = 1, REPLACE = 2;

    // words that may stand before a parenthesis without calling it (return (a) ** 2)
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "switch", "synchronized", "throw", "throws", "transient", "try", "void", "volatile", "while", "yield");

    static Result apply(String source) {
        List<Token> code = Lexer.code(source);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            if (t.kind() == Kind.POWER_ASSIGN) throw new Refusal(Messages.powerAssign(), t.start(), t.end());
            if (t.kind() != Kind.POWER) continue;
            int base = baseStart(code, i);
            int end = exponentEnd(code, i + 1);
            if (base < 0 || end < 0) throw new Refusal(Messages.powerOperands(), t.start(), t.end());
            int baseAt = code.get(base).start(), endAt = code.get(end - 1).end();
            edits.add(new Edit(baseAt, baseAt, MARKER + "(", t, baseAt, endAt, OPEN, -endAt));   // the outer one opens first
            edits.add(new Edit(t.start(), t.end(), ", ", t, baseAt, endAt, REPLACE, 0));
            edits.add(new Edit(endAt, endAt, ")", t, baseAt, endAt, CLOSE, -baseAt));           // the inner one closes first
        }
        if (edits.isEmpty()) return new Result(source, SourceMap.identity(source.length()), new int[0], new Token[0]);
        edits.sort(Comparator.comparingInt(Edit::at).thenComparingInt(Edit::order).thenComparingInt(Edit::rank));
        SourceMap identity = SourceMap.identity(source.length());
        MappedText out = new MappedText(source.length());
        int[] markers = new int[edits.size() / 3];
        Token[] operators = new Token[markers.length];
        int cursor = 0, marker = 0;
        for (Edit e : edits) {
            out.copy(source, identity, cursor, e.at());
            if (e.order() == OPEN) {
                operators[marker] = e.operator();
                markers[marker++] = out.length();
            }
            out.write(e.text(), e.operator().start(), e.from(), e.to());
            cursor = e.replacedEnd();
        }
        out.copy(source, identity, cursor, source.length());
        return new Result(out.text(), out.map(), markers, operators);
    }

    /** True when the source holds {@code **} outside strings, chars, text blocks and comments. */
    static boolean hasPower(String source) {
        return Lexer.tokens(source).stream().anyMatch(t -> t.kind() == Kind.POWER || t.kind() == Kind.POWER_ASSIGN);
    }

    /** The source with {@code **} as {@code *+} and {@code **=} as {@code *=} plus a space: the same length, and it parses. */
    static String forCompleteness(String source) {
        StringBuilder out = new StringBuilder(source);
        for (Token t : Lexer.tokens(source)) {
            if (t.kind() == Kind.POWER) out.replace(t.start(), t.end(), "*+");
            if (t.kind() == Kind.POWER_ASSIGN) out.replace(t.start(), t.end(), "*= ");
        }
        return out.toString();
    }

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
            if (!(t.kind() == Kind.NAME || t.is(".") || t.is("[") || t.is("]") || t.is("<") || t.is(">") || t.is(","))) return -1;
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
