package autograd.repl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history is private to its user, and a place it cannot be kept is one warning, not a stack trace per line. */
class HistoryTest {
    @TempDir Path dir;

    @Test
    void theFolderIs0700AndTheFile0600WhateverTheUmask() throws Exception {
        Path file = dir.resolve("state/autograd-jshell/history");
        assertNull(History.prepare(file));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aPlaceThatCannotHoldItSaysWhyOnce() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        String why = History.prepare(notAFolder.resolve("autograd-jshell/history"));
        assertTrue(why.startsWith("cannot write " + notAFolder.resolve("autograd-jshell/history")), why);
        assertEquals(1, why.lines().count());
    }
}
