package autograd.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** What snippets printed, evaluated in a session: each must succeed. */
final class Printed {
    private Printed() {}

    static String by(Session session, String source) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true));
        try {
            for (Result r : session.eval(source)) assertFalse(r.failed(), r.display());
        } finally {
            System.setOut(old);
        }
        return buffer.toString();
    }
}
