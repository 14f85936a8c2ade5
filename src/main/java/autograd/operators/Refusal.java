package autograd.operators;

/** A snippet the operators will not run, with the one sentence that says why and where in the user's text. */
final class Refusal extends RuntimeException {
    final int start;
    final int end;

    Refusal(String sentence, int start, int end) {
        super(sentence, null, false, false);    // a user's mistake: no stack trace to fill in
        this.start = start;
        this.end = end;
    }

    Rewrite.Refused toRewrite() { return new Rewrite.Refused(getMessage(), start, end); }
}
