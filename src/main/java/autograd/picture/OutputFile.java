package autograd.picture;

import autograd.AutogradException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Consumer;

/** How every picture file is named and written: drawDot's, the plots', the step-through pages'. */
public final class OutputFile {
    private OutputFile() {}

    /**
     * A file name from a label: letters, digits, {@code - _ .} are kept, each run of anything else becomes one
     * {@code _}; no dot or {@code _} at either end, at most 64 characters, {@code fallback} when nothing is left, and
     * Windows device
     * names ({@code CON}, {@code NUL}, ...) get a leading {@code _}. The result never names another folder.
     */
    public static String name(String label, String fallback) {
        StringBuilder b = new StringBuilder();
        (label == null ? "" : label).codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.';
            if (keep) b.appendCodePoint(cp);
            else if (b.length() == 0 || b.charAt(b.length() - 1) != '_') b.append('_');
        });
        String name = b.toString().replaceAll("^[._]+|[._]+$", "");   // no hidden files, no trailing dots
        if (name.length() > 64) name = name.substring(0, Character.isHighSurrogate(name.charAt(63)) ? 63 : 64);
        if (name.isEmpty()) return fallback;
        String stem = name.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        if (stem.matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]")) name = "_" + name;
        return name;
    }

    /**
     * Writes through a temporary file, so a viewer never sees half a file and a planted link is replaced, not followed.
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

    private static void through(Path file, Filler filler) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                filler.fill(tmp);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            throw new AutogradException("Could not write " + file + " (" + e.getMessage()
                    + "); set another folder with outputFolder(Path.of(\"...\")) or AUTOGRAD_OUT.");
        }
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
