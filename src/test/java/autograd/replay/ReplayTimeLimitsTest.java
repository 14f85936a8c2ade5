package autograd.replay;

import autograd.replay.ReplayExpectationTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replay has two time limits: each cell's (--timeout) and all the cells' together (--total-timeout), so a notebook
 * of endless cells ends. Past the overall one the running cell is stopped and no other cell runs.
 */
class ReplayTimeLimitsTest {
    @TempDir Path dir;

    @Test
    void theOverallLimitStopsTheRunningCellAndTheRestDoNotRun() throws Exception {
        Path script = Files.writeString(dir.resolve("slow.jsh"), """
                System.out.println("first");

                Thread.sleep(60_000);

                System.out.println("never");
                """);
        Path html = dir.resolve("slow.html");
        long t0 = System.nanoTime();
        Run run = ReplayExpectationTest.replay(script.toString(), "--total-timeout", "2", "--timeout", "30", "--html",
                html.toString());
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "stopped by the overall limit, not the cell's");
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("first\n"), run.out());
        assertTrue(run.out().matches("(?s).*" + BAR.replace("|", "\\|") + "Stopped after [12]\\.\\d s: the replay ran past"
                + " its overall time limit \\(--total-timeout 2\\), so the cells after this one do not run\\..*"), run.out());
        assertFalse(run.out().contains("never"), "a cell after the limit ran: " + run.out());
        assertTrue(run.out().endsWith(BAR + "The replay's cells ran for their overall time limit (--total-timeout 2),"
                + " so it stopped there; a transcript holds what ran.\n"), run.out());
        assertTrue(Files.readString(html).contains("first"), "the transcript of what ran is written");
    }

    @Test
    void theOverallLimitIsAnOptionWithADefaultAndZeroForNone() {
        Run wrong = ReplayExpectationTest.replay("x.jsh", "--total-timeout", "soon");
        assertEquals(2, wrong.status());
        assertTrue(wrong.out().startsWith("--total-timeout needs a number of seconds (0: no limit), not 'soon'.\n"),
                wrong.out());
        assertTrue(wrong.out().contains("--total-timeout all the cells\n"), wrong.out());
        assertEquals(1800, Replay.DEFAULT_TOTAL.toSeconds());
    }
}
