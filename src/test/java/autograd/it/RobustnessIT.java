package autograd.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing a cell does ends the session, hangs it, or fakes a pass: the real launcher, piped, as an attacker types. */
@Execution(ExecutionMode.CONCURRENT)
class RobustnessIT {
    @TempDir Path dir;

    @Test
    void theReplOutlivesEverythingACellDoes() throws Exception {
        Path fifo = dir.resolve("fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS);
        Path state = Files.writeString(dir.resolve("state-is-a-file"), "");      // no folder can be made in it
        String input = String.join("\n",
                "int a = 1;",
                "System.exit(0);",                                          // ends the snippet, not the tool
                "a + 1",
                "int s = 0" + " + 1".repeat(3000) + ";",                    // javac recurses deeply on this
                "s",
                "String t = \"" + "x".repeat(70_000) + "\";",
                "/open /dev/zero",
                "/open " + fifo,
                "int down(int k) { return down(k + 1); }",
                "down(0)",
                "/trace",
                "a + 2",
                "new Thread(() -> { while (true) Thread.onSpinWait(); }).start();",
                "/exit") + "\n";
        long t0 = System.nanoTime();
        Processes.Run run = Processes.bash("XDG_STATE_HOME='" + state + "' scripts/autograd", input, 120);
        String out = run.output();
        assertEquals(0, run.status(), out);
        assertTrue(out.contains(BAR + "The snippet asked to exit (System.exit(0)): it stopped there, and the session goes on."), out);
        assertTrue(out.contains("==> 2"), "the session answered after System.exit: " + out);
        assertTrue(out.contains("s ==> 3000"), "a 3,000-term sum compiles: " + out);
        assertTrue(out.contains(BAR + "constant string too long: a string literal holds at most 65,535 bytes"), out);
        assertFalse(out.contains("t ==> null") || out.contains("not usable until"), out);
        assertTrue(out.contains("Cannot read /dev/zero: not a regular file."), out);
        assertTrue(out.contains("Cannot read " + fifo + ": not a regular file."), out);
        assertTrue(out.matches("(?s).*more of the same.*"), "/trace folds a StackOverflowError's frames: " + out);
        assertTrue(out.split("\n").length < 200, "no thousand identical frames: " + out.split("\n").length + " lines");
        assertTrue(out.contains("==> 3"), "still answering at the end: " + out);
        assertTrue(out.contains(BAR + "1 thread you started was still running; leaving stops it."), out);
        assertEquals(1, out.lines().filter(l -> l.contains("History is off")).count(), "one warning line: " + out);
        assertFalse(out.contains("\tat ") || out.contains("Exception in"), "no stack trace: " + out);
        assertTrue((System.nanoTime() - t0) / 1e9 < 60, "no hang");
    }

    @Test
    void aReplayReportsAnExitAndARunawayCellAndStillWritesItsTranscript() throws Exception {
        Path script = Files.writeString(dir.resolve("attack.jsh"), """
                int a = 1;

                System.exit(0);

                while (true) {}

                int b = 2
                // expect: 2
                """);
        Path html = dir.resolve("attack.html");
        Processes.Run run = Processes.bash("scripts/autograd replay " + script + " --check --timeout 2 --html " + html, "", 120);
        assertEquals(1, run.status(), "an exit or a stopped cell is never a pass: " + run.output());
        assertTrue(run.output().contains("asked to exit (System.exit(0))"), run.output());
        assertTrue(run.output().matches("(?s).*Stopped after [234]\\.\\d s: the cell ran past the replay's time limit \\(--timeout 2\\)\\..*"), run.output());
        String page = Files.readString(html);
        assertTrue(page.contains("int b = 2") && page.contains("b ==&gt; 2"), "the cells after them ran, and the page was written");
        assertTrue(page.contains("Stopped after"), page);
    }

    @Test
    void aTranscriptIsNeverWrittenOverTheScript() throws Exception {
        Path script = Files.writeString(dir.resolve("x.jsh"), "1 + 1\n");
        Processes.Run run = Processes.bash("scripts/autograd replay " + script + " --html " + script, "", 60);
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().startsWith("The transcript " + script + " is also a script of this replay; write it to another file."), run.output());
        assertEquals("1 + 1\n", Files.readString(script));
    }

    @Test
    void badDataIsOneSentence() throws Exception {
        Path bom = Files.writeString(dir.resolve("bom.csv"), "\uFEFFx1,x2,y\n1,2,1\n0.5,1,-1\n");
        Path nan = Files.writeString(dir.resolve("nan.csv"), "x1,x2,y\n1,2,1\nNaN,1,-1\n");
        Processes.Run ok = Processes.bash("scripts/autograd train-moons --steps 1 --data " + bom, "", 60);
        assertEquals(0, ok.status(), ok.output());
        assertTrue(ok.output().startsWith("step 0 loss "), ok.output());
        Processes.Run refused = Processes.bash("scripts/autograd train-moons --steps 1 --data " + nan, "", 60);
        assertEquals(1, refused.status());
        assertEquals("Line 3 of " + nan + " should be three numbers x1,x2,y, but has 'NaN'.\n", refused.output());
    }
}
