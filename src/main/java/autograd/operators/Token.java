package autograd.operators;

/** One token of a snippet: what kind it is, where it is in the source, and its text. */
record Token(Kind kind, int start, int end, String text) {
    enum Kind { NAME, NUMBER, STRING, CHAR, COMMENT, OPERATOR, POWER, POWER_ASSIGN }

    /** True for the operator or bracket {@code symbol}. */
    boolean is(String symbol) { return kind == Kind.OPERATOR && text.equals(symbol); }

    /** True for the name or keyword {@code word}. */
    boolean isName(String word) { return kind == Kind.NAME && text.equals(word); }
}
