package autograd.operators;

/** What {@link Operators#rewrite} made of a snippet. */
public sealed interface Rewrite {
    /** Nothing for the operators to do: show javac's own message for the snippet as typed. */
    record Unchanged() implements Rewrite {}

    /** Run {@code java} instead of what the user typed; {@code map} takes its positions back to the user's text. */
    record Java(String java, SourceMap map) implements Rewrite {}

    /** Not run: one sentence, and the span {@code [start, end)} of the user's text it is about. */
    record Refused(String message, int start, int end) implements Rewrite {}
}
