package autograd.replay;

import autograd.Fifos;
import autograd.replay.ReplayExpectationTest.Run;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every path a replay writes is looked at before the first cell runs: one that cannot be written is one sentence and
 * exit 2, at once, and nothing that is not a regular file is ever replaced.
 */
class ReplayOutputPathsTest {
    @TempDir Path dir;

    /** A script whose only cell leaves a mark, so a test sees whether any cell ran. */
    Path script() throws Exception {
        Path mark = dir.resolve("ran");
        return Files.writeString(dir.resolve("s.jsh"), "java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + mark + "\"), \"yes\");\n");
    }

    void refusedBeforeAnyCell(Run run, String sentence) {
        assertEquals(2, run.status(), run.out());
        assertEquals(sentence + "\n", run.out());
        assertFalse(Files.exists(dir.resolve("ran")), "a cell ran before the path was refused");
    }

    @Test
    void aTranscriptThatIsANamedPipeIsRefusedAndStaysAPipe() throws Exception {
        for (String format : new String[] {"--html", "--md", "--ipynb"}) {
            Path pipe = Fifos.make(dir.resolve("pipe" + format));
            refusedBeforeAnyCell(ReplayExpectationTest.replay(script().toString(), format, pipe.toString()),
                    "Cannot write the transcript " + pipe + ": it is a named pipe (FIFO), not a regular file.");
            assertFalse(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS), format + " replaced the pipe");
        }
    }

    @Test
    void aTranscriptThatIsAFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.html"));
        refusedBeforeAnyCell(ReplayExpectationTest.replay(script().toString(), "--html", folder.toString()),
                "Cannot write the transcript " + folder + ": it is a folder, not a regular file.");
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aTranscriptWhoseFolderCannotBeMadeIsSaidBeforeTheRunAndWithoutOutputFolder() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain"), "");
        Path html = plain.resolve("out.html");
        refusedBeforeAnyCell(ReplayExpectationTest.replay(script().toString(), "--html", html.toString()),
                "Cannot write the transcript " + html + ": its folder " + plain + " is a file, not a folder.");
    }

    @Test
    void theMarkdownPictureFolderIsLookedAtToo() throws Exception {
        Files.writeString(dir.resolve("notes_files"), "not a folder");
        refusedBeforeAnyCell(ReplayExpectationTest.replay(script().toString(), "--md", dir.resolve("notes.md").toString()),
                "Cannot write the Markdown transcript's pictures: " + dir.resolve("notes_files")
                        + " is a file, not a folder.");
    }

    @Test
    void twoTranscriptsInOneFileAndATranscriptOverAScriptAreRefused() throws Exception {
        Path script = script(), html = dir.resolve("both");
        refusedBeforeAnyCell(ReplayExpectationTest.replay(script.toString(), "--html", html.toString(), "--md",
                html.toString()), "Two transcripts would be written to " + html + "; give each a file of its own.");
        refusedBeforeAnyCell(ReplayExpectationTest.replay(script.toString(), "--ipynb", script.toString()),
                "The transcript " + script + " is also a script of this replay; write it to another file.");
    }

    @Test
    void aPlainFileIsWrittenAsBefore() throws Exception {
        Path html = Files.writeString(dir.resolve("old.html"), "old");
        Run run = ReplayExpectationTest.replay(script().toString(), "--html", html.toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.exists(dir.resolve("ran")));
    }
}
