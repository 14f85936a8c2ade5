package autograd.session;

/**
 * What one snippet did, ready to show: {@code display} is what a jshell user expects to see
 * ({@code o ==> Value(data=0.7071...)}, {@code |  created method f(int)}, an error with a caret), and
 * {@code value} is the bare value a replay's {@code // expect:} line compares with (empty when there is none).
 */
public record Result(String source, Kind kind, String display, String value) {
    /** EXIT: the snippet called System.exit (and only the snippet ended); STOPPED: Ctrl-C, or a time limit. */
    public enum Kind { VALUE, DECLARED, ERROR, EXCEPTION, STOPPED, EXIT }

    public boolean failed() { return kind != Kind.VALUE && kind != Kind.DECLARED; }

    /** Whether the snippet was cut short (stopped, or asked to exit) rather than run to its end. */
    public boolean cutShort() { return kind == Kind.STOPPED || kind == Kind.EXIT; }
}
