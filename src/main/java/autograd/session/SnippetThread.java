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
    static final long STACK = 512L << 20;          // reserved, not committed: only the depth used costs memory
    static final long GRACE_MS = 10_000;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "autograd-snippets", STACK);
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> running;

    /** What a run came to: its value, or why there is none. */
    sealed interface Outcome<T> {}
    record Done<T>(T value) implements Outcome<T> {}
    record TooDeep<T>() implements Outcome<T> {}
    record Abandoned<T>() implements Outcome<T> {}
    record StillBusy<T>() implements Outcome<T> {}

    /** Runs work on the snippet thread and waits; after {@code stoppedSince} reports a stop, waits the grace period only. */
    <T> Outcome<T> run(Supplier<T> work, Supplier<Long> stoppedSince) {
        Future<?> before = running;
        if (before != null && !before.isDone()) return new StillBusy<>();
        Future<T> job = thread.submit(work::get);
        running = job;
        while (true) {
            try {
                return new Done<>(job.get(100, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                Long since = stoppedSince.get();
                if (since != null && System.nanoTime() - since > GRACE_MS * 1_000_000) return new Abandoned<>();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof StackOverflowError) return new TooDeep<>();
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Abandoned<>();
            }
        }
    }

    @Override public void close() { thread.shutdownNow(); }
}
