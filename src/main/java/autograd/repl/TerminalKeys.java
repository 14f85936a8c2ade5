package autograd.repl;

import autograd.replay.Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/** Keys from a terminal, each counted as it is pressed (raw mode for the one read), so q stops without Enter. */
public final class TerminalKeys implements Keys {
    private final Terminal terminal;

    public TerminalKeys(Terminal terminal) { this.terminal = terminal; }

    @Override public int next() {
        Attributes saved = terminal.enterRawMode();
        try {
            int key = terminal.reader().read();
            return key == '\r' ? '\n' : key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            terminal.setAttributes(saved);
        }
    }
}
