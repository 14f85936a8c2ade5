package autograd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The README's `jshell --startup` line, run for real in the JDK's own jshell. */
@Execution(ExecutionMode.CONCURRENT)   // each test its own session or process
class JdkJshellIT {
    static final String CELLS = """
            resetGraph("graph");
            o.backward();
            System.out.println("o " + o.data + " x1 " + x1.grad + " w1 " + w1.grad);
            resetGraph("nonsense");
            /exit
            """;

    @Test
    void theReadmesJshellLineLoadsTheLecturesNeuron() throws Exception {
        Processes.Run run = Processes.bash(Readme.line("jshell --class-path"), CELLS, 120);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("resetGraph(): All vars, initial and intermediate, have been reset."), run.output());
        assertTrue(run.output().matches("(?s).*o 0\\.707106781186547\\d x1 -1\\.(5|4999999)\\d* w1 (1\\.0|0\\.9999)\\d*.*"), run.output());
        assertTrue(run.output().contains("please specify the level of reset desired \"gradients\" or \"graph\""), run.output());
    }

    @Test
    void theLauncherStartsTheSameJshell() throws Exception {
        Processes.Run run = Processes.bash("scripts/autograd --jshell -q", "System.out.println(o);\n/exit\n", 120);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("Value(data=0.7071067811865476)"), run.output());
    }
}
