package autograd.kernel;

import autograd.picture.Mime;
import autograd.picture.Picture;
import autograd.session.Outcome;
import autograd.session.Session;
import autograd.text.StackText;
import java.util.List;

/**
 * A notebook's {@link Session}, the startup preloaded: it runs cells. A cell is the REPL's snippets, as many as it
 * holds (classes and methods too), run in order until one fails. What it prints goes to the front end as it is
 * printed, threads it started included; each picture it draws goes as display data the moment it is drawn; its
 * System.in asks the front end.
 */
final class NotebookSession {
    private final Session session;
    private final Streams streams = new Streams();
    private volatile Frontend running;          // the cell running now; null between cells

    NotebookSession(Session session) {
        this.session = session;
        session.output(streams.out, streams.err);
        session.input(new InputRequests(() -> running, streams));
        session.showPictures(this::show);
    }

    Session session() { return session; }

    /**
     * Runs the cell's code; its output has all gone to the front end when this returns. The outcome of the cell's
     * last snippet, which says what the cell shows or why it failed; null when the cell held nothing to run.
     */
    Outcome run(String code, Frontend frontend) {
        streams.to(frontend);
        running = frontend;
        try {
            if (code.strip().equals("/trace")) {
                trace(frontend);
                return null;
            }
            List<Outcome> ran = session.run(code);
            streams.drain();
            return ran.isEmpty() ? null : ran.get(ran.size() - 1);
        } finally {
            running = null;
        }
    }

    /** Stops the cell that is running (the notebook's interrupt); the session goes on. */
    void stop() { session.stop(); }

    /** Each picture goes out as it is drawn, after what the cell printed before drawing it. */
    private void show(Picture picture) {
        streams.drain();
        Mime mime = Mime.of(picture);
        Frontend f = running != null ? running : streams.frontend();   // a thread the last cell started
        if (f != null) f.display(mime);
    }

    /** The cell {@code /trace}: the last exception's stack, as the REPL's /trace prints it. */
    private void trace(Frontend frontend) {
        Throwable last = session.lastException();
        frontend.stream("stdout", last == null ? "No exception yet.\n" : StackText.of(last, session.names()));
    }
}
