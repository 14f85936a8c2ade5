package autograd.operators;

/** The user's own text of an operand of the marked-up snippet: for messages, and for where they point. */
record UserText(String source, SourceMap map) {
    SourceMap.Span span(Operand o) { return map.toUser(o.start(), o.end()); }

    String of(Operand o) {
        SourceMap.Span s = span(o);
        return source.substring(s.start(), s.end());
    }

    /** A refusal about operand {@code o}. */
    Refusal refuse(String sentence, Operand o) {
        SourceMap.Span s = span(o);
        return new Refusal(sentence, s.start(), s.end());
    }
}
