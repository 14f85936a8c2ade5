package autograd.replay;

import autograd.replay.ReplayExpectationTest.Run;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Markdown transcript's picture links work whatever its file is called: spaces, parentheses, accents. */
class MarkdownLinksTest {
    @TempDir Path dir;

    @Test
    void aNameWithSpacesAndParenthesesLinksItsPictures() throws Exception {
        Path svg = Files.writeString(dir.resolve("o.svg"), ReplayTranscriptTest.SVG);
        Path script = Files.writeString(dir.resolve("p.jsh"), "show(java.nio.file.Path.of(\"" + svg + "\"));\n");
        Path md = dir.resolve("my notes (v1) é.md");
        Run run = ReplayExpectationTest.replay(script.toString(), "--md", md.toString());
        assertEquals(0, run.status(), run.out());
        String text = Files.readString(md);
        String link = "my%20notes%20%28v1%29%20%C3%A9_files/picture-1.svg";
        assertTrue(text.contains("[![drawDot](" + link + ")](" + link + ")"), text);
        // what a Markdown viewer opens: the link resolved against the page, decoded, is the picture written
        Matcher m = Pattern.compile("\\]\\(([^)]*)\\)").matcher(text);
        assertTrue(m.find(), text);
        Path opened = Path.of(dir.toUri().resolve(URI.create(m.group(1))));
        assertEquals(dir.resolve("my notes (v1) é_files/picture-1.svg"), opened);
        assertEquals(ReplayTranscriptTest.SVG, Files.readString(opened));
    }
}
