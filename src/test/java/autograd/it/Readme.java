package autograd.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code blocks of README.md, so tests run exactly what a newcomer reads. */
final class Readme {
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    private Readme() {}

    /** The README's blocks in the given language (java, bash), in order. */
    static List<String> blocks(String language) {
        List<String> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(text());
        while (m.find()) if (m.group(1).equals(language)) found.add(m.group(2));
        return found;
    }

    /** The first README line that starts with the given command. */
    static String line(String startingWith) {
        return text().lines().filter(l -> l.startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no line starting with " + startingWith));
    }

    static String text() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
