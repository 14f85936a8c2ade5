package autograd.session;

import autograd.text.ReplText;
import java.util.List;

/**
 * A snippet's outcome with what the REPL says for it (its jshell text), for tests that check both: what kind of
 * outcome it was, its value, and the words a user reads.
 */
public record Said(Outcome outcome, String display) {
    /** What a test sorts outcomes by. */
    public enum Kind { VALUE, DECLARED, ERROR, EXCEPTION, STOPPED, EXIT }

    /** Runs the code in the session and says each snippet's outcome. */
    public static List<Said> eval(Session session, String code) {
        return session.run(code).stream().map(o -> new Said(o, ReplText.of(o))).toList();
    }

    public boolean failed() { return outcome.failed(); }

    /** The bare value of an expression or variable ("" for none), as a replay's expect line compares it. */
    public String value() { return outcome.value() == null ? "" : outcome.value().bare(); }

    public Kind kind() {
        Problem p = outcome.problem();
        if (p == null) return outcome.value() != null ? Kind.VALUE : Kind.DECLARED;
        if (p instanceof Problem.NotCompiled || p instanceof Problem.Unfinished) return Kind.ERROR;
        if (p instanceof Problem.Threw) return Kind.EXCEPTION;
        if (p instanceof Problem.Stopped) return Kind.STOPPED;
        return Kind.EXIT;
    }
}
