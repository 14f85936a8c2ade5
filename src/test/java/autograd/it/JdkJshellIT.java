package autograd.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's `jshell --startup` line, run for real in the JDK's own jshell. */
@Execution(ExecutionMode.CONCURRENT)   // each test its own session or process
class JdkJshellIT {
    static final String CELLS = """
            resetGraph("graph");
            o.backward();
            System.out.println("o " + o.data + " x1 " + x1.grad + " w1 " + w1.grad);
            resetGraph("nonsense");
            help();
            /exit
            """;

    @Test
    void theReadmesJshellLineLoadsTheLecturesNeuron() throws Exception {
        Processes.Run run = Processes.bash(Readme.line("jshell --class-path"), CELLS, 120);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("resetGraph(): All vars, initial and intermediate, have been reset."), run.output());
        assertTrue(run.output().matches("(?s).*o 0\\.707106781186547\\d x1 -1\\.(5|4999999)\\d* w1 (1\\.0|0\\.9999)\\d*.*"), run.output());
        assertTrue(run.output().contains("please specify the level of reset desired \"gradients\" or \"graph\""), run.output());
        assertTrue(run.output().contains("a.add(b), Value.mul(2, a), a.pow(2) here: the JDK's jshell\nruns plain Java"), run.output());
        assertTrue(run.output().contains("/draw, /step and /replay are scripts/autograd's"), run.output());
    }

    @Test
    void aScriptTheJdksJshellOpensReplaysWithTheSameResults() throws Exception {
        Path script = Files.writeString(Path.of("target", "no-semicolons.jsh"), """
                // one statement a line, no semicolons: the JDK's jshell runs it with /open
                resetGraph("graph")
                o.backward()
                System.out.println("x1.grad " + x1.grad)
                Value c = new Value(3.0, "c")
                System.out.println("c*c " + c.mul(c).data)
                """);
        // the launcher's --jshell is the JDK's jshell with our startup: o is the lecture's neuron there too
        Processes.Run jshell = Processes.bash("scripts/autograd --jshell -q", "System.out.println(o);\n/open " + script + "\n/exit\n", 120);
        assertEquals(0, jshell.status(), jshell.output());
        assertTrue(jshell.output().contains("Value(data=0.7071067811865476)"), jshell.output());
        Processes.Run replay = Processes.bash("scripts/autograd replay " + script, "", 120);
        assertEquals(0, replay.status(), replay.output());
        for (String line : List.of("x1.grad -1.4999999999999996", "c*c 9.0")) {
            assertTrue(jshell.output().contains(line), jshell.output());
            assertTrue(replay.output().contains(line), replay.output());
        }
        assertFalse(replay.output().contains("Error"), replay.output());
    }
}
