package autograd.session;

import autograd.AutogradException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A script the user names (/open, /replay, replay): read whole as UTF-8 text, or refused in one sentence that says
 * why. Only regular files, and at most {@value #MAX_MB} MB, so {@code /dev/zero} or a pipe cannot hang the session.
 */
public final class UserFile {
    private UserFile() {}

    static final int MAX_MB = 16;

    /** The file's text (a byte-order mark dropped). */
    public static String read(Path file) {
        try {
            if (!Files.exists(file)) throw refused(file, "no such file");
            if (Files.isDirectory(file)) throw refused(file, "it is a folder, not a file");
            if (!Files.isRegularFile(file)) throw refused(file, "not a regular file");
            if (!Files.isReadable(file)) throw refused(file, "permission denied");
            long size = Files.size(file);
            if (size > MAX_MB * (1L << 20))
                throw refused(file, String.format(Locale.ROOT, "%.0f MB is too big for a script (at most %d MB)",
                        size / 1e6, MAX_MB));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                            .toString();
            if (text.indexOf('\0') >= 0) throw refused(file, "it is binary, not text");
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw refused(file, "no such file");
        } catch (AccessDeniedException e) {
            throw refused(file, "permission denied");
        } catch (CharacterCodingException e) {
            throw refused(file, "it is not UTF-8 text");
        } catch (IOException e) {
            throw refused(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static AutogradException refused(Path file, String why) {
        return new AutogradException("Cannot read " + file + ": " + why + ".");
    }
}
