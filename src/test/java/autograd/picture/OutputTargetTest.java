package autograd.picture;

import autograd.AutogradException;
import autograd.Fifos;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes look before they rename: what is not a regular file is refused, never replaced; a link is replaced. */
class OutputTargetTest {
    @TempDir Path dir;

    @Test
    void aNamedPipeIsRefusedAndStaysAPipe() throws Exception {
        Path pipe = Fifos.make(dir.resolve("o.svg"));
        AutogradException e = assertThrows(AutogradException.class, () -> OutputFile.write(pipe, "<svg/>"));
        assertEquals("Could not write " + pipe + ": it is a named pipe (FIFO), not a regular file; set another folder"
                + " with outputFolder(Path.of(\"...\")) or AUTOGRAD_OUT.", e.getMessage());
        assertFalse(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS), "the pipe was replaced by a file");
        assertEquals("a named pipe (FIFO)", OutputTarget.kind(pipe));
    }

    @Test
    void anEmptyFolderIsRefusedNotReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("o.svg"));
        OutputFile.NotWritten e = assertThrows(OutputFile.NotWritten.class, () -> OutputFile.write(folder, "<svg/>"));
        assertEquals("it is a folder, not a regular file", e.why);
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aSocketIsRefusedNotReplaced() throws Exception {
        Path socket = dir.resolve("s.svg");
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            OutputFile.NotWritten e = assertThrows(OutputFile.NotWritten.class, () -> OutputFile.write(socket, "x"));
            assertEquals("it is a socket, not a regular file", e.why);
            assertFalse(Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS));
        }
    }

    @Test
    void aSymbolicLinkIsReplacedByTheFileAndWhatItPointedToIsLeftAlone() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("o.svg"), elsewhere);
        OutputFile.write(link, "<svg/>");
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("<svg/>", Files.readString(link));
        assertEquals("mine", Files.readString(elsewhere));
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInWordsNotByATemporaryFilesName() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain"), "");
        OutputFile.NotWritten e = assertThrows(OutputFile.NotWritten.class,
                () -> OutputFile.write(plain.resolve("o.svg"), "<svg/>"));
        assertEquals("its folder " + plain + " is a file, not a folder", e.why);
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertEquals(plain + " is a file, not a folder", OutputTarget.folderProblem(plain.resolve("a/b")));
        assertEquals("its folder " + plain + " is a file, not a folder", OutputTarget.problem(plain.resolve("x.html")));
    }

    @Test
    void aWritableFolderAndAPlainFileAreFineAndTheProbeLeavesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("old.html"), "old");
        assertEquals(null, OutputTarget.problem(file));
        assertEquals(null, OutputTarget.problem(dir.resolve("new/deeper/out.md")));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "the probe is gone, and no folder was made");
        }
    }

    @Test
    void aLongLabelKeepsItsHashSoTwoLongLabelsGetFilesOfTheirOwn() {
        String a = OutputFile.name("x".repeat(200) + "a", "graph"), b = OutputFile.name("x".repeat(200) + "b", "graph");
        assertEquals(64, a.length());
        assertFalse(a.equals(b), a);
        assertTrue(a.startsWith("x".repeat(55) + "-"), a);
    }
}
