package autograd.operators;

import autograd.operators.Token.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    /**
     * The marked-up text; markers[i] is where the i-th marker call starts in it, operators[i] its ** in the user's
     * text.
     */
    record Result(String text, SourceMap map, int[] markers, Token[] operators) {
        int powers() { return markers.length; }
    }

    /**
     * Text written at {@code at} (replacing up to {@code replacedEnd}) for the ** {@code operator} of base ** exponent.
     */
    private record Edit(int at, int replacedEnd, String text, Token operator, int from, int to, int order, int rank) {}

    private static final int CLOSE = 0, OPEN = 1, REPLACE = 2;

    static Result apply(String source) {
        List<Token> code = Lexer.code(source);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            if (t.kind() == Kind.POWER_ASSIGN) throw new Refusal(Messages.powerAssign(), t.start(), t.end());
            if (t.kind() != Kind.POWER) continue;
            int base = PowerOperands.baseStart(code, i);
            int end = PowerOperands.exponentEnd(code, i + 1);
            if (base < 0 || end < 0) throw new Refusal(Messages.powerOperands(), t.start(), t.end());
            int baseAt = code.get(base).start(), endAt = code.get(end - 1).end();
            // the outer one opens first
            edits.add(new Edit(baseAt, baseAt, MARKER + "(", t, baseAt, endAt, OPEN, -endAt));
            edits.add(new Edit(t.start(), t.end(), ",", t, baseAt, endAt, REPLACE, 0));
            // the inner one closes first
            edits.add(new Edit(endAt, endAt, ")", t, baseAt, endAt, CLOSE, -baseAt));
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

    /**
     * The source with {@code **} as {@code *+} and {@code **=} as {@code *=} plus a space: the same length, and it
     * parses.
     */
    static String forCompleteness(String source) {
        StringBuilder out = new StringBuilder(source);
        for (Token t : Lexer.tokens(source)) {
            if (t.kind() == Kind.POWER) out.replace(t.start(), t.end(), "*+");
            if (t.kind() == Kind.POWER_ASSIGN) out.replace(t.start(), t.end(), "*= ");
        }
        return out.toString();
    }
}
