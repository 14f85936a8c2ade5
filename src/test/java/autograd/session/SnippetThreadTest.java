package autograd.session;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thread snippets run from: a stop said while a snippet still compiles is said again once its code runs. */
class SnippetThreadTest {
    @Test
    void aStopThatCameDuringTheCompileIsSaidAgainOnceTheCodeRuns() {
        try (SnippetThread thread = new SnippetThread()) {
            AtomicBoolean running = new AtomicBoolean(), stopSeenWhileRunning = new AtomicBoolean();
            long stoppedAt = System.nanoTime();                  // the stop came first, "during the compile"
            long t0 = System.nanoTime();
            SnippetThread.Ran<String> outcome = thread.run(() -> {
                sleep(300);                                       // compiling: nothing to stop yet
                running.set(true);
                while (!stopSeenWhileRunning.get()) Thread.onSpinWait();   // the user's loop, until a stop reaches it
                return "stopped";
            }, () -> stoppedAt, () -> { if (running.get()) stopSeenWhileRunning.set(true); });
            assertInstanceOf(SnippetThread.Done.class, outcome);
            assertEquals("stopped", ((SnippetThread.Done<String>) outcome).value());
            assertTrue((System.nanoTime() - t0) / 1e9 < 5, "long before the grace period ran out");
        }
    }

    @Test
    void aSnippetThatIgnoresTheStopIsGivenUpAfterTheGracePeriodAndTheThreadIsBusy() {
        try (SnippetThread thread = new SnippetThread()) {
            AtomicBoolean release = new AtomicBoolean();
            long stoppedAt = System.nanoTime() - (SnippetThread.GRACE_MS - 300) * 1_000_000;   // the grace is nearly over
            SnippetThread.Ran<String> outcome = thread.run(() -> {
                while (!release.get()) Thread.onSpinWait();       // a library loop that never looks for a stop
                return "late";
            }, () -> stoppedAt, () -> {});
            assertInstanceOf(SnippetThread.Abandoned.class, outcome);
            assertInstanceOf(SnippetThread.StillBusy.class, thread.run(() -> "next", () -> null, () -> {}));
            release.set(true);
        }
    }

    @Test
    void aTooDeepCompileIsAnOutcomeNotTheEndOfTheTool() {
        try (SnippetThread thread = new SnippetThread()) {
            assertInstanceOf(SnippetThread.TooDeep.class, thread.run(() -> { throw new StackOverflowError(); }, () -> null, () -> {}));
            assertEquals("fine", ((SnippetThread.Done<String>) thread.run(() -> "fine", () -> null, () -> {})).value());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
