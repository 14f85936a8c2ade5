package autograd.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

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

    /**
     * What a command line came to: the options to run with, or (options null) the exit status once the usage was
     * shown, for {@code --help} (0) or after a mistake said in one sentence (2).
     */
    record Read<T>(T options, int status) {}

    /** The options {@code parse} makes of argv; it gives null for {@code --help}. */
    static <T> Read<T> read(List<String> argv, Function<List<String>, T> parse, String usage, PrintStream out) {
        try {
            T options = parse.apply(argv);
            if (options == null) out.print(usage);
            return new Read<>(options, 0);
        } catch (Wrong e) {
            out.println(e.getMessage());
            out.print(usage);
            return new Read<>(null, 2);
        }
    }

    /** A command line the command cannot take, said in one sentence. */
    static final class Wrong extends RuntimeException {
        Wrong(String message) { super(message, null, false, false); }
    }
}
