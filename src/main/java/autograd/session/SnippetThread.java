package autograd.session;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The thread a session compiles and runs its snippets from. Its stack is large, because javac walks a long
 * expression recursively (a 3,000-term sum overflows a normal stack); a StackOverflowError still left is one
 * sentence, not the end of the tool. And a snippet that does not end within a grace period after a stop (a loop
 * inside a library, which JDK 20+ cannot stop) is given up on: the caller gets its prompt back.
 */
final class SnippetThread implements AutoCloseable {
    static final long STACK = 64L << 20;           // reserved, not committed: javac recurses once per term of a sum
    static final long GRACE_MS = 10_000;

    /** The session's own thread group: JShell's groups for each snippet, and the threads those start, are inside it. */
    final ThreadGroup group = new ThreadGroup("autograd-session");
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(group, r, "autograd-snippets", STACK);
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> running;

    /** What a run came to: its value, or why there is none. */
    sealed interface Ran<T> {}
    record Done<T>(T value) implements Ran<T> {}
    record TooDeep<T>() implements Ran<T> {}
    record Abandoned<T>() implements Ran<T> {}
    record StillBusy<T>() implements Ran<T> {}

    /**
     * Runs work on the snippet thread and waits. After {@code stoppedSince} reports a stop, {@code stopAgain} is called
     * every tenth of a second (a stop that came while the snippet was still compiling finds no code to stop, so it is
     * said again once the code runs), and the wait lasts the grace period only.
     */
    <T> Ran<T> run(Supplier<T> work, Supplier<Long> stoppedSince, Runnable stopAgain) {
        Future<?> before = running;
        if (before != null && !before.isDone()) return new StillBusy<>();
        Future<T> job = thread.submit(work::get);
        running = job;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return new Done<>(job.get(100, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    Long since = stoppedSince.get();
                    if (since == null) continue;
                    if (System.nanoTime() - since > GRACE_MS * 1_000_000) return new Abandoned<>();
                    stopAgain.run();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof StackOverflowError) return new TooDeep<>();
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    interrupted = true;                          // the caller is asked to stop: so is the snippet
                    stopAgain.run();
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Threads a snippet started that are still alive (the snippet thread itself not counted). */
    int started() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            for (ThreadGroup g = t.getThreadGroup(); g != null && t.isAlive(); g = g.getParent()) {
                if (g == group) {
                    if (t.getThreadGroup() != group) n++;            // in one of JShell's groups below ours
                    break;
                }
            }
        }
        return n;
    }

    @Override public void close() { thread.shutdownNow(); }
}
