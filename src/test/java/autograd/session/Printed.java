package autograd.session;

import autograd.picture.Picture;
import autograd.text.ReplText;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** What snippets printed, evaluated in a session: each must succeed. */
final class Printed {
    private Printed() {}

    static String by(Session session, String source) {
        StringBuilder printed = new StringBuilder();
        for (Outcome o : session.run(source)) {
            assertFalse(o.failed(), ReplText.of(o));
            printed.append(o.printed());
        }
        return printed.toString();
    }

    /** The pictures the snippets drew, in order; each snippet must succeed. */
    static List<Picture> drawnBy(Session session, String source) {
        List<Picture> drawn = new ArrayList<>();
        for (Outcome o : session.run(source)) {
            assertFalse(o.failed(), ReplText.of(o));
            drawn.addAll(o.pictures());
        }
        return drawn;
    }
}
