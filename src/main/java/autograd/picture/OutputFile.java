package autograd.picture;

import autograd.AutogradException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Consumer;

/** How every output file is named and written: drawDot's, the plots', the step-through pages', the transcripts. */
public final class OutputFile {
    private OutputFile() {}

    /**
     * A file name from a label: letters, digits, {@code - _ .} are kept, each run of anything else becomes one
     * {@code _}; no dot or {@code _} at either end, {@code fallback} when nothing is left, and Windows device names
     * ({@code CON}, {@code NUL}, ...) get a leading {@code _}. At most 64 characters: a longer name keeps its first 55
     * and a hash of the whole label, so two long labels that start alike still get files of their own. The result
     * never names another folder. A caller adds its suffix ({@code -backward}) and extension after it.
     */
    public static String name(String label, String fallback) {
        StringBuilder b = new StringBuilder();
        (label == null ? "" : label).codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.';
            if (keep) b.appendCodePoint(cp);
            else if (b.length() == 0 || b.charAt(b.length() - 1) != '_') b.append('_');
        });
        String name = b.toString().replaceAll("^[._]+|[._]+$", "");   // no hidden files, no trailing dots
        if (name.length() > 64) {
            int keep = Character.isHighSurrogate(name.charAt(54)) ? 54 : 55;
            name = name.substring(0, keep).replaceAll("[._]+$", "") + "-"
                    + String.format("%08x", label.hashCode());
        }
        if (name.isEmpty()) return fallback;
        String stem = name.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        if (stem.matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]")) name = "_" + name;
        return name;
    }

    /**
     * Writes through a temporary file, so a viewer never sees half a file. A symbolic link at {@code file} is replaced
     * by the file, never written through; a folder, a device, a named pipe or a socket there is refused
     * ({@link NotWritten}), never replaced.
     */
    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text written in pieces, each handed to the writer as it is made. */
    public interface Text {
        void writeTo(Consumer<CharSequence> out);
    }

    /**
     * Writes a text made in pieces, through a temporary file (see {@link #write(Path, String)}), never whole in memory.
     */
    public static void write(Path file, Text text) {
        through(file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                text.writeTo(piece -> {
                    try {
                        w.append(piece);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /** Writes the bytes through a temporary file (see {@link #write(Path, String)}). */
    public static void write(Path file, byte[] bytes) {
        through(file, tmp -> Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    private interface Filler {
        void fill(Path tmp) throws IOException;
    }

    /**
     * A file not written: the file, and why in words ({@code it is a folder, not a regular file}). Its message is
     * for a session's pictures; a replay names the file and the reason its own way.
     */
    public static final class NotWritten extends AutogradException {
        public final Path file;
        public final String why;

        NotWritten(Path file, String why) {
            super("Could not write " + file + ": " + why + "; set another folder with outputFolder(Path.of(\"...\"))"
                    + " or AUTOGRAD_OUT.");
            this.file = file;
            this.why = why;
        }
    }

    /** Looks before it renames: a folder, a device, a FIFO or a socket at {@code file} is refused, never replaced. */
    private static void through(Path file, Filler filler) {
        String notRegular = OutputTarget.notRegular(file);
        if (notRegular != null) throw new NotWritten(file, notRegular);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            String why = OutputTarget.folderProblem(dir);
            throw new NotWritten(file, "its folder " + (why != null ? why : dir + " " + OutputTarget.refusal(e)));
        }
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            filler.fill(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new NotWritten(file, why(e, tmp, dir));
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // best effort: a hidden temporary file left behind
            }
        }
    }

    /** What went wrong, in words: the temporary file's name says nothing to the user, its folder or the disk does. */
    private static String why(Exception e, Path tmp, Path dir) {
        if (e instanceof FileSystemException f && f.getReason() == null && tmp.toString().equals(f.getFile()))
            return "its folder " + dir + " " + OutputTarget.refusal(e);
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Deletes a folder and all in it, as far as it can: a temporary folder that cannot go is not worth failing for. */
    public static void deleteTree(Path tree) {
        try (java.util.stream.Stream<Path> walk = Files.walk(tree)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
