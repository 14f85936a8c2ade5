package autograd.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's own faults, in a copy of it with the real jar: a library that is missing or not a jar is one
 * sentence, not a NoClassDefFoundError; a damaged start-up cache is made again, not ignored forever.
 */
@Execution(ExecutionMode.CONCURRENT)
class LauncherFaultsIT {
    @TempDir Path copy;

    /** The launcher in a folder of its own, its build up to date: the real jar, and this class path. */
    Path launcher(String classpath) throws Exception {
        Files.createDirectories(copy.resolve("scripts/exercises"));
        Files.copy(Path.of("scripts/autograd"), copy.resolve("scripts/autograd"));
        Files.copy(Path.of("scripts/exercises/04-micrograd-readme.jsh"), copy.resolve("scripts/exercises/04-micrograd-readme.jsh"));
        Files.createDirectories(copy.resolve("src/main"));
        Files.createDirectories(copy.resolve("startup"));
        Files.writeString(copy.resolve("pom.xml"), "<project/>");
        Path target = Files.createDirectories(copy.resolve("target"));
        Thread.sleep(1100);                                            // the jar newer than every source, surely
        Files.copy(Path.of("target/autograd-jshell.jar"), target.resolve("autograd-jshell.jar"));
        Files.writeString(target.resolve("autograd.classpath"), classpath);
        return copy.resolve("scripts/autograd");
    }

    static String classpath() throws Exception {
        return Files.readString(Path.of("target/autograd.classpath")).strip();
    }

    @Test
    void aMissingOrDamagedLibraryIsOneSentenceFromTheLauncher() throws Exception {
        Path missing = copy.resolve("gone/jline-3.26.3.jar"), damaged = copy.resolve("damaged.jar");
        Files.writeString(damaged, "this is not a zip file");
        Path script = launcher(classpath() + ":" + missing);
        Processes.Run run = Processes.bash("'" + script + "' --help", "", 60);
        assertEquals(1, run.status(), run.output());
        assertEquals("autograd-jshell cannot start: the library " + missing + " is missing; run mvn package in " + copy
                + " to fetch it again.\n", run.output());

        Files.writeString(copy.resolve("target/autograd.classpath"), classpath() + ":" + damaged);
        run = Processes.bash("'" + script + "' replay x.jsh", "", 60);
        assertEquals(1, run.status(), run.output());
        assertEquals("autograd-jshell cannot start: the library " + damaged + " is damaged (not a jar); delete it and"
                + " run mvn package in " + copy + " to fetch it again.\n", run.output());
        assertFalse(run.output().contains("Exception") || run.output().contains("Error:"), run.output());
    }

    @Test
    void aDamagedStartUpCacheIsMadeAgain() throws Exception {
        Path script = launcher(classpath());
        String javaId = Processes.bash("readlink -f \"$(command -v java)\" | cksum | cut -d' ' -f1", "", 10).output().strip();
        Path archive = copy.resolve("target/autograd-" + javaId + ".jsa");
        byte[] garbage = new byte[1 << 20];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(archive, garbage);                                 // newer than the jar: it looks like a good one
        Path tiny = Files.writeString(copy.resolve("tiny.jsh"), "1 + 1\n// expect: 2\n");

        Processes.Run run = Processes.bash("'" + script + "' replay '" + tiny + "' --check", "", 300);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().startsWith("The start-up cache " + archive + " was damaged, so it is made again.\n"
                + "Preparing a start-up cache (once, a few seconds)...\n"), run.output());
        assertTrue(run.output().endsWith(tiny + ": every expectation met\n"), run.output());
        assertTrue(Files.size(archive) > 1 << 20, "a new archive was made");
        assertFalse(java.util.Arrays.equals(garbage, Files.readAllBytes(archive)));

        Processes.Run again = Processes.bash("'" + script + "' --help", "", 60);
        assertEquals(0, again.status(), again.output());
        assertTrue(again.output().startsWith("usage: scripts/autograd"), "the new cache is used as it is: " + again.output());

        // cut short, an archive crashes the JVM that maps it (SIGBUS): the try is the one to crash, quietly
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(whole, 100_000));
        Processes.Run cut = Processes.bash("cd '" + copy + "' && '" + script + "' --help", "", 60);
        assertEquals(0, cut.status(), cut.output());
        assertTrue(cut.output().startsWith("The start-up cache " + archive + " was damaged, so it is made again.\n"
                + "usage: scripts/autograd"), cut.output());
        try (var left = Files.walk(copy)) {
            assertArrayEquals(new Object[0], left.filter(p -> p.getFileName().toString().matches("hs_err.*|cds-check.*"))
                    .toArray(), "no crash log left");
        }
    }
}
