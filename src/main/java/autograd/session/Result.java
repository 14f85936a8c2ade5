package autograd.session;

/**
 * What one snippet did, ready to show: {@code display} is what a jshell user expects to see
 * ({@code o ==> Value(data=0.7071...)}, {@code |  created method f(int)}, an error with a caret), and
 * {@code value} is the bare value a replay's {@code // expect:} line compares with (empty when there is none).
 */
public record Result(String source, Kind kind, String display, String value) {
    public enum Kind { VALUE, DECLARED, ERROR, EXCEPTION, STOPPED }

    public boolean failed() { return kind == Kind.ERROR || kind == Kind.EXCEPTION || kind == Kind.STOPPED; }
}
