package autograd.operators;

import autograd.operators.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Java lexer: it knows strings, chars, text blocks and comments, so the lecture's {@code **} token is found
 * only in code. Lenient: an unclosed string or comment runs to the end, and a stray character is an operator.
 */
final class Lexer {
    private Lexer() {}

    // longest first, so that maximal munch is a scan of this list; ** and **= are the lecture's, not Java's
    private static final String[] OPERATORS = {
        ">>>=", "<<=", ">>=", ">>>", "...", "**=", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
        "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<", ">>", "**"};

    /** Every token of {@code source}, comments included, in order. */
    static List<Token> tokens(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0, n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int end;
            Kind kind;
            if (source.startsWith("//", i)) {
                kind = Kind.COMMENT;
                end = source.indexOf('\n', i);
                if (end < 0) end = n;
            } else if (source.startsWith("/*", i)) {
                kind = Kind.COMMENT;
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                kind = Kind.STRING;
                end = closing(source, i + 3, "\"\"\"");
            } else if (c == '"') {
                kind = Kind.STRING;
                end = closing(source, i + 1, "\"");
            } else if (c == '\'') {
                kind = Kind.CHAR;
                end = closing(source, i + 1, "'");
            } else if (Character.isJavaIdentifierStart(c)) {
                kind = Kind.NAME;
                end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(source.charAt(end))) end++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                kind = Kind.NUMBER;
                end = number(source, i);
            } else {
                String op = operator(source, i);
                kind = op.equals("**") ? Kind.POWER : op.equals("**=") ? Kind.POWER_ASSIGN : Kind.OPERATOR;
                end = i + op.length();
            }
            tokens.add(new Token(kind, i, end, source.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    /** The tokens that are code: comments left out. */
    static List<Token> code(String source) {
        return tokens(source).stream().filter(t -> t.kind() != Kind.COMMENT).toList();
    }

    /** Just past the closing quote, past escapes; the end of the line (or of the source) when it is not closed. */
    private static int closing(String s, int from, String quote) {
        boolean block = quote.length() == 3;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '\n' && !block) return i;
            if (s.startsWith(quote, i)) return i + quote.length();
        }
        return s.length();
    }

    /** A number literal: digits, letters (0x1F, 2L, 1e5), underscores, a point, and an exponent's sign. */
    private static int number(String s, int i) {
        boolean hex = s.startsWith("0x", i) || s.startsWith("0X", i);
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') { j++; continue; }
            char before = s.charAt(j - 1);
            boolean exponent = hex ? before == 'p' || before == 'P' : before == 'e' || before == 'E';
            if ((c == '+' || c == '-') && exponent) { j++; continue; }
            break;
        }
        return j;
    }

    private static String operator(String s, int i) {
        for (String op : OPERATORS) if (s.startsWith(op, i)) return op;
        return s.substring(i, i + 1);
    }
}
