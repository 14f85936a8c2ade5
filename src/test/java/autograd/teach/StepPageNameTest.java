package autograd.teach;

import autograd.Value;
import autograd.picture.Picture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A step page is always LABEL-backward.html: a very long label is cut before the suffix, never the suffix itself. */
class StepPageNameTest {
    @TempDir Path dir;

    static Value graph(String label) {
        Value a = new Value(2.0, "a");
        Value out = a.mul(3);
        out.label = label;
        return out;
    }

    @Test
    void aVeryLongLabelKeepsTheSuffix() {
        Picture first = StepPage.write(graph("w".repeat(300) + "1"), dir), second = StepPage.write(graph("w".repeat(300)
                + "2"), dir);
        String name = first.file().getFileName().toString();
        assertTrue(name.endsWith("-backward.html"), name);
        assertTrue(name.startsWith("w".repeat(55) + "-"), name);
        assertNotEquals(first.file(), second.file(), "two long labels, two pages");
        assertEquals(dir.resolve("o-backward.html"), StepPage.write(graph("o"), dir).file());
        assertEquals(dir.resolve("graph-backward.html"), StepPage.write(graph(""), dir).file());
    }
}
