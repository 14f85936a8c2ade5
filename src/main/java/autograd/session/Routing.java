package autograd.session;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * System.out, System.err and System.in, routed to the session whose code is using them (see {@link RoutedOutput},
 * {@link RoutedInput}). Installed once for the JVM, by the first session that starts: the class initialiser of
 * {@link Once} runs once, whichever threads start sessions.
 */
final class Routing {
    private Routing() {}

    static void install() { Once.touch(); }

    private static final class Once {
        static {
            System.setOut(new PrintStream(new RoutedOutput(System.out, "stdout"), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new RoutedOutput(System.err, "stderr"), true, StandardCharsets.UTF_8));
            System.setIn(new RoutedInput(System.in));
        }

        static void touch() {}
    }
}
