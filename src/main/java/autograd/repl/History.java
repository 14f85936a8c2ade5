package autograd.repl;

import java.nio.file.Path;

/** Where the REPL keeps its history between sessions: $XDG_STATE_HOME/autograd-jshell, else ~/.autograd-jshell. */
final class History {
    private History() {}

    static Path file() {
        String override = System.getProperty("autograd.history");
        if (override != null) return Path.of(override);
        String xdg = System.getenv("XDG_STATE_HOME");
        Path dir = xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "autograd-jshell")
                : Path.of(System.getProperty("user.home"), ".autograd-jshell");
        return dir.resolve("history");
    }
}
