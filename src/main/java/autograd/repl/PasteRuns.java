package autograd.repl;

import autograd.session.Session;
import java.util.function.Supplier;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

/**
 * A pasted cell runs as soon as the paste ends, as a notebook cell does. Modern terminals send a paste bracketed
 * (ESC[200~ ... ESC[201~), and jline then keeps its line ends inside the buffer instead of pressing Enter at each; a
 * plain paste runs line by line. So when a bracketed paste leaves whole snippets ending with a line end, Enter is
 * pressed for the user. A paste that is really unfinished (an open brace) waits for the rest, as typing does.
 */
final class PasteRuns implements Widget {
    private final LineReader reader;
    private final Widget paste;                       // jline's own: reads the paste into the buffer
    private final Supplier<Session> session;

    private PasteRuns(LineReader reader, Widget paste, Supplier<Session> session) {
        this.reader = reader;
        this.paste = paste;
        this.session = session;
    }

    static void install(LineReader reader, Supplier<Session> session) {
        Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
        reader.getWidgets().put(LineReader.BEGIN_PASTE, new PasteRuns(reader, paste, session));
    }

    @Override public boolean apply() {
        boolean pasted = paste.apply();
        Buffer buffer = reader.getBuffer();
        String text = buffer.toString();
        if (!text.endsWith("\n") || Commands.isCommand(text) || !session.get().isComplete(text)) return pasted;
        buffer.cursor(buffer.length());
        while (buffer.length() > 0 && buffer.prevChar() == '\n') buffer.backspace();   // the paste's own Enter
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }
}
