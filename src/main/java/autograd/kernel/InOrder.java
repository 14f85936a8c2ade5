package autograd.kernel;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The requests that work on the session (execute, complete, inspect, is_complete, history, comms), handled one at a
 * time, in the order they came, on a thread of their own: a cell never runs on a channel's thread, so the channels
 * keep answering (kernel_info, interrupt) while it runs, and the cells still run strictly one after another.
 */
final class InOrder implements AutoCloseable {
    private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, waiting, r -> {
        Thread t = new Thread(r, "autograd-requests");
        t.setDaemon(true);                 // a cell that ignores its stop must not keep a shut-down kernel alive
        return t;
    });

    /**
     * Queues the work behind every request already queued; after {@link #close} it is dropped, as the kernel is ending.
     */
    void submit(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException closing) {
            // the kernel is shutting down: no one waits for the answer
        }
    }

    /**
     * Drops the requests still waiting. The one running is not interrupted: the shutdown has stopped its cell already,
     * and an interrupt would only break the ZeroMQ send it may be in.
     */
    @Override public void close() {
        waiting.clear();
        thread.shutdown();
    }
}
