package autograd.operators;

/** An operator as the user typed it: its symbol and where it is in their text. */
record Site(String symbol, int start, int end) {
    Form form() { return new Form(start, end); }

    Refusal refuse(String sentence) { return new Refusal(sentence, start, end); }
}
