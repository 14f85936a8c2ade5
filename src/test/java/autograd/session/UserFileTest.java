package autograd.session;

import autograd.AutogradException;
import autograd.text.StackText;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A script the user names is read whole, or refused in one sentence that says why. */
class UserFileTest {
    @TempDir Path dir;

    static String refused(Path file) {
        return assertThrows(AutogradException.class, () -> UserFile.read(file)).getMessage();
    }

    @Test
    void eachRefusalSaysWhy() throws Exception {
        assertEquals("Cannot read " + dir.resolve("nosuch.jsh") + ": no such file.", refused(dir.resolve("nosuch.jsh")));
        assertEquals("Cannot read " + dir + ": it is a folder, not a file.", refused(dir));
        assertEquals("Cannot read /dev/zero: not a regular file.", refused(Path.of("/dev/zero")));
        Path binary = Files.write(dir.resolve("a.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
        assertEquals("Cannot read " + binary + ": it is not UTF-8 text.", refused(binary));
        Path nul = Files.write(dir.resolve("nul.jsh"), new byte[] {'i', 'n', 't', 0, ';'});
        assertEquals("Cannot read " + nul + ": it is binary, not text.", refused(nul));
        Path huge = dir.resolve("huge.jsh");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) { f.setLength(20L << 20); }
        assertEquals("Cannot read " + huge + ": 21 MB is too big for a script (at most 16 MB).", refused(huge));
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path bom = Files.write(dir.resolve("bom.jsh"), "\uFEFFint x = 1;\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("int x = 1;\n", UserFile.read(bom));
    }

    @Test
    void aStackOverflowsThousandFramesFoldIntoOneLine() {
        StackOverflowError e = new StackOverflowError();
        StackTraceElement frame = new StackTraceElement("Deep", "down", "Deep.java", 3);
        StackTraceElement[] frames = new StackTraceElement[1024];
        java.util.Arrays.fill(frames, frame);
        frames[1023] = new StackTraceElement("Deep", "main", "Deep.java", 9);
        e.setStackTrace(frames);
        String text = StackText.of(new RuntimeException("outer", e), new SnippetNames());
        assertTrue(text.contains("Caused by: java.lang.StackOverflowError\n        at Deep.down, line 3\n        ... 1,022 more of the same\n        at Deep.main, line 9\n"), text);
    }
}
