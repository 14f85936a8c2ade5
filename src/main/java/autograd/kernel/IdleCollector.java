package autograd.kernel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A full collection once the kernel has been idle a few seconds: JShell's compiler leaves tens of MB of garbage per
 * cell, and the serial collector gives the heap's free part back to the system only after a full collection
 * ({@code -XX:MaxHeapFreeRatio}, set by {@code scripts/autograd-kernel}). A kernel spends most of its life idle, and a
 * class's machine is sized by what its idle kernels hold.
 */
final class IdleCollector {
    static final long IDLE_MS = 3_000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autograd-idle-collector");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    /** A cell starts: no collection in the middle of it. */
    synchronized void busy() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }

    /** A cell ended: collect if nothing else runs for {@link #IDLE_MS}. */
    synchronized void idle() {
        busy();
        pending = timer.schedule(System::gc, IDLE_MS, TimeUnit.MILLISECONDS);
    }
}
