package autograd.cli;

import java.util.List;

/**
 * A command's arguments read one at a time. A mistake is a {@link Wrong}: one sentence for the user, shown above the
 * command's usage, with exit status 2.
 */
final class Args {
    private final List<String> args;
    private int next;

    Args(List<String> args) { this.args = args; }

    boolean more() { return next < args.size(); }

    String next() { return args.get(next++); }

    /** The value after an option: {@code --steps 3}. */
    String valueOf(String option, String what) {
        if (!more()) throw new Wrong("Option " + option + " needs " + what + ".");
        return next();
    }

    /** A whole number of at least 0. */
    int count(String option, String value) {
        long n = number(option, value);
        if (n < 0 || n > Integer.MAX_VALUE) throw new Wrong(option + " needs a whole number of at least 0, but got '"
                + value + "'.");
        return (int) n;
    }

    long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Wrong(option + " needs a whole number, but got '" + value + "'.");
        }
    }

    /** A command line the command cannot take, said in one sentence. */
    static final class Wrong extends RuntimeException {
        Wrong(String message) { super(message, null, false, false); }
    }
}
