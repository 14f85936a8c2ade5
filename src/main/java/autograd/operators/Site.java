package autograd.operators;

/**
 * An operator as the user typed it: its symbol, where it is in their text ({@code [start, end)}), and the expression
 * it makes ({@code [from, to)}), which the text written for it stands for.
 */
record Site(String symbol, int start, int end, int from, int to) {
    Form form() { return new Form(start, from, to); }

    Refusal refuse(String sentence) { return new Refusal(sentence, start, end); }
}
