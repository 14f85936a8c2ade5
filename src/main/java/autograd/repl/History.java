package autograd.repl;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the REPL keeps its history between sessions: $XDG_STATE_HOME/autograd-jshell, else $HOME/.autograd-jshell
 * ($HOME as the shell has it, as {@code ~} means there; the user database's home only when HOME is unset). The
 * folder is made private (0700) and the file (0600), whatever the umask: a history holds what you typed.
 */
final class History {
    private History() {}

    static Path file() {
        return file(System.getProperty("autograd.history"), System.getenv("XDG_STATE_HOME"), System.getenv("HOME"),
                System.getProperty("user.home"));
    }

    /**
     * The history file: {@code override} (the autograd.history property) if given, else under XDG_STATE_HOME, else
     * under HOME, else under the user database's home ({@code userHome}). A relative XDG_STATE_HOME or HOME is
     * ignored, as the XDG spec says of its variables: a history should not move with the working folder.
     */
    static Path file(String override, String xdgStateHome, String home, String userHome) {
        if (override != null) return Path.of(override);
        if (absolute(xdgStateHome)) return Path.of(xdgStateHome, "autograd-jshell", "history");
        return Path.of(absolute(home) ? home : userHome, ".autograd-jshell", "history");
    }

    private static boolean absolute(String dir) {
        return dir != null && !dir.isBlank() && Path.of(dir).isAbsolute();
    }

    /**
     * Makes the history file ready to be written: its folder and the file itself, private to this user.
     *
     * @return null when it is ready, else the reason it cannot be used (the session then keeps no history)
     */
    static String prepare(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (posix) Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(file);
                if (posix) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            if (!Files.isRegularFile(file)) return file + " is not a regular file";
            if (!Files.isWritable(file)) return "cannot write " + file;
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot write " + file + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }
}
