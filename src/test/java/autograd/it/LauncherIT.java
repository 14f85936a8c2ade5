package autograd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** scripts/autograd as a newcomer runs it: piped input, subcommands, usage. */
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
    void unknownFlagsPrintUsageAndExit2() throws Exception {
        Processes.Run run = Processes.bash("scripts/autograd --frobnicate", "", 60);
        assertEquals(2, run.status());
        assertTrue(run.output().startsWith("Unknown option --frobnicate.\nusage:"), run.output());
        assertEquals(0, Processes.bash("scripts/autograd --help", "", 60).status());
    }
}
