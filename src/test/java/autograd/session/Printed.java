package autograd.session;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** What snippets printed, evaluated in a session: each must succeed. */
final class Printed {
    private Printed() {}

    static String by(Session session, String source) {
        try (Capture capture = session.capture(null)) {
            for (Result r : session.eval(source)) assertFalse(r.failed(), r.display());
            return capture.text();
        }
    }
}
