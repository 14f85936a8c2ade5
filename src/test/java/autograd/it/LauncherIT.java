package autograd.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/autograd as a newcomer runs it: piped input, subcommands, usage. */
@Execution(ExecutionMode.CONCURRENT)   // each test its own session or process
class LauncherIT {
    @Test
    void pipedInputWorks() throws Exception {
        Processes.Run run = Processes.bash("scripts/autograd",
                "resetGraph(\"graph\");\nSystem.out.println(o.data);\n/exit\n", 120);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("0.7071067811865476"), run.output());
        assertTrue(!run.output().contains("\u001b["), "no escape codes on a pipe: " + run.output());
    }

    @Test
    void trainMoonsPrintsTheReadmesLines() throws Exception {
        String block = Readme.blocks("bash").stream().filter(b -> b.contains("train-moons")).findFirst().orElseThrow();
        String command = block.lines().filter(l -> l.startsWith("scripts/autograd")).findFirst().orElseThrow();
        String expected = block.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2) + "\n")
                .reduce("", String::concat);
        Processes.Run run = Processes.bash(command, "", 120);
        assertEquals(0, run.status(), run.output());
        assertEquals(expected, run.output());
    }

    @Test
    void theReadmesReplayLineWritesANotebookPage() throws Exception {
        String command = Readme.line("scripts/autograd replay");
        Path page = Path.of(command.substring(command.indexOf("--html ") + 7).strip());
        try {
            Processes.Run run = Processes.bash(command, "", 180);
            assertEquals(0, run.status(), run.output());
            assertTrue(run.output().contains("Value(data=0.7071067811865476)"), run.output());
            String html = Files.readString(page);
            assertTrue(html.contains("<svg") && html.contains("x1*w1 + x2*w2"), "pictures inline");
            assertTrue(!html.contains("<?xml") && !html.matches("(?s).*(src|href)=\"https?://.*"), "self-contained");
        } finally {
            Files.deleteIfExists(page);
        }
    }

    @Test
    void unknownFlagsPrintUsageAndExit2() throws Exception {
        Processes.Run run = Processes.bash("scripts/autograd --frobnicate", "", 60);
        assertEquals(2, run.status());
        assertTrue(run.output().startsWith("Unknown option --frobnicate.\nusage:"), run.output());
        assertEquals(0, Processes.bash("scripts/autograd --help", "", 60).status());
    }

    @Test
    void theFirstBuildShowsThatItIsWorking(@TempDir Path copy) throws Exception {
        // the launcher in a fresh folder, with a stand-in for Maven that takes two seconds and hands over the real jar
        Files.createDirectories(copy.resolve("scripts"));
        Files.copy(Path.of("scripts/autograd"), copy.resolve("scripts/autograd"));
        Files.createDirectories(copy.resolve("src/main"));
        Files.createDirectories(copy.resolve("startup"));
        Files.writeString(copy.resolve("pom.xml"), "<project/>");
        Path bin = Files.createDirectories(copy.resolve("bin"));
        Path target = Path.of("target").toAbsolutePath();
        Files.writeString(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                echo "[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ autograd-jshell ---"
                sleep 2
                mkdir -p target && cp '%s/autograd-jshell.jar' '%s/autograd.classpath' target/
                """.formatted(target, target));
        bin.resolve("mvn").toFile().setExecutable(true);
        Processes.Run run = Processes.bash("PATH='" + bin + "':$PATH '" + copy.resolve("scripts/autograd") + "' --help", "", 60);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("Building autograd-jshell with Maven"), run.output());
        assertTrue(run.output().matches("(?s).*\\n  [12] s: compiling\\n.*"), "a line while Maven works:\n" + run.output());
        assertTrue(run.output().contains("usage: scripts/autograd"), run.output());
    }
}
