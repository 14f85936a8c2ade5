package autograd.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a step-by-step walk reads between steps ({@code replay --step}, {@code /replay}, {@code /step}): one key at a
 * time. At a terminal a key counts as it is pressed, so q stops without Enter; from a pipe or file, each line
 * counts as its first character (an empty line as Enter).
 */
@FunctionalInterface
public interface Keys {
    /** The next key: {@code '\n'} for Enter, {@code 'q'}, ...; -1 when there is no more input. */
    int next();

    /** Whether the key means stop: q, Ctrl-C, Ctrl-D, or the end of the input. */
    static boolean stops(int key) {
        return key == 'q' || key == 'Q' || key == 3 || key == 4 || key < 0;
    }

    /** Keys from lines: each line's first character, '\n' for an empty line. */
    static Keys lines(InputStream in) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return () -> {
            try {
                String line = lines.readLine();
                return line == null ? -1 : line.isBlank() ? '\n' : line.strip().charAt(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
