package autograd.nn;

import autograd.AutogradException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The files training reads and writes: the data ({@code --data}), the parameters ({@code --init},
 * {@code model.load}, {@code model.save}). One rule for both: a file read is a regular file of at most
 * {@value #MAX_MB} MB, so a named pipe or {@code /dev/zero} is refused, not waited on; a file written is written
 * through a temporary file and renamed, as every picture is, so a folder, a device, a named pipe or a socket in its
 * place is refused and a symbolic link is replaced, never written through.
 */
final class TrainingFile {
    private TrainingFile() {}

    /** The most a data or parameters file may hold: far more points, or parameters, than this engine trains. */
    static final int MAX_MB = 64;

    /** Refuses, in one sentence ("Cannot read data from F: not a regular file."), a file that cannot be read. */
    static void readable(Path file, String what) {
        try {
            if (!Files.exists(file)) throw refused("read " + what + " from", file, "no such file");
            if (Files.isDirectory(file)) throw refused("read " + what + " from", file, "it is a folder");
            if (!Files.isRegularFile(file)) throw refused("read " + what + " from", file, "not a regular file");
            long size = Files.size(file);
            if (size > MAX_MB * (1L << 20))
                throw new AutogradException(file + " is " + size / (1 << 20) + " MB, too much to train on in memory"
                        + " (at most " + MAX_MB + " MB); use fewer " + (what.equals("data") ? "points" : "parameters")
                        + ".");
        } catch (IOException e) {
            throw refused("read " + what + " from", file, e.getMessage());
        }
    }

    /** Writes text to file through a temporary file beside it; refuses what is not a regular file or a link there. */
    static void write(Path file, String text, String what) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(file))
            throw refused("write " + what + " to", file, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                    ? "it is a folder" : "it is not a regular file (a device, a named pipe or a socket)");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Files.writeString(tmp, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw refused("write " + what + " to", file, e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                    : e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a hidden temporary file left behind
            }
        }
    }

    private static AutogradException refused(String doing, Path file, String why) {
        return new AutogradException("Cannot " + doing + " " + file + ": " + why + ".");
    }
}
