package autograd.session;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The gate against a stand-in for JShell's local invoke (start the snippet's thread, list its group's threads, join
 * each), paused between the start and the listing as a loaded machine pauses it. Without the gate the snippet's
 * own thread is listed and joined, and the invoke never returns.
 */
class JoinGateTest {
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static volatile Thread started;

    /** The snippet: starts a thread that runs until the test ends. */
    public static Object snippet() {
        started = new Thread(() -> {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                // ends
            }
        }, "started-by-the-snippet");
        started.start();
        return "done";
    }

    public static Object failing() { throw new IllegalStateException("the snippet's own exception"); }

    /** What JShell's LocalExecutionControl.invoke does, with the pause of a busy machine after the start. */
    static Object invokeAsJShellDoes(Method run) throws Exception {
        ThreadGroup group = new ThreadGroup("stand-in for JShell's execution group");
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread snippetThread = new Thread(group, () -> {
            try {
                result[0] = run.invoke(null);
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (IllegalAccessException e) {
                thrown[0] = e;
            }
        });
        snippetThread.start();
        Thread.sleep(300);
        Thread[] threads = new Thread[group.activeCount()];
        group.enumerate(threads);
        for (Thread t : threads) if (t != null) t.join();
        if (thrown[0] instanceof Exception e) throw e;
        return result[0];
    }

    static Object gated(Method snippet) throws Exception {
        JoinGate.hold(snippet);
        try {
            return invokeAsJShellDoes(JoinGate.ENTER);
        } finally {
            JoinGate.clear();
        }
    }

    @Test
    void aThreadTheSnippetStartsIsNotWaitedFor() {
        try {
            assertEquals("done", assertTimeoutPreemptively(Duration.ofSeconds(20), () -> gated(JoinGateTest.class.getMethod("snippet"))));
            assertEquals(true, started.isAlive());
        } finally {
            RELEASE.countDown();
        }
    }

    @Test
    void theSnippetsOwnExceptionComesThroughAsItWould() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gated(JoinGateTest.class.getMethod("failing")));
        assertEquals("the snippet's own exception", e.getMessage());
    }
}
