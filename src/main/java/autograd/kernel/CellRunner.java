package autograd.kernel;

import autograd.picture.Mime;
import autograd.picture.Picture;
import autograd.session.CellValue;
import autograd.session.Result;
import autograd.session.Session;
import autograd.text.StackText;
import java.util.List;
import java.util.Optional;

/**
 * Runs notebook cells in one {@link Session}, the startup preloaded. A cell is the REPL's snippets, as many as it
 * holds (classes and methods too), run in order until one fails. What it prints goes to the front end as it is
 * printed, threads it started included; each picture it draws goes as display data the moment it is drawn; its
 * System.in asks the front end. The cell's value is its last expression's (see {@link CellValue}).
 */
final class CellRunner {
    /** How a cell ended: the value it shows, or the result that failed it (an error, an exception, a stop). */
    record Outcome(Optional<String> value, Result failure) {
        boolean failed() { return failure != null; }
    }

    private final Session session;
    private final Streams streams = new Streams();
    private volatile Frontend running;          // the cell running now; null between cells

    CellRunner(Session session) {
        this.session = session;
        session.output(streams.out, streams.err);
        session.input(new CellInput(() -> running, streams));
        session.showPictures(this::show);
    }

    Session session() { return session; }

    /** Runs the cell's code; its output has all gone to the front end when this returns. */
    Outcome run(String code, Frontend frontend) {
        streams.to(frontend);
        running = frontend;
        try {
            if (code.strip().equals("/trace")) {
                trace(frontend);
                return new Outcome(Optional.empty(), null);
            }
            Result last = null;
            List<Picture> pictures = List.of();
            for (Session.Piece piece : session.split(code)) {
                session.takePictures();
                last = session.eval(piece);
                pictures = session.takePictures();
                if (last.failed()) break;                  // as a notebook does: the rest of the cell does not run
            }
            streams.drain();
            if (last == null) return new Outcome(Optional.empty(), null);
            if (last.failed()) return new Outcome(Optional.empty(), last);
            return new Outcome(CellValue.of(session, last, pictures), null);
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
        if (last == null) {
            frontend.stream("stdout", "No exception yet.\n");
            return;
        }
        frontend.stream("stdout", StackText.of(last));
    }
}
