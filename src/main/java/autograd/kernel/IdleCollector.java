package autograd.kernel;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * A full collection once the kernel has been idle a few seconds: JShell's compiler leaves tens of MB of garbage per
 * cell, and the serial collector gives the heap's free part back to the system only after a full collection
 * ({@code -XX:MaxHeapFreeRatio}, set by {@code scripts/autograd-kernel}). A kernel spends most of its life idle, and a
 * class's machine is sized by what its idle kernels hold.
 */
final class IdleCollector {
    /** A second: "Run All" runs cells back to back, and a student reading a cell's answer takes longer. */
    static final long IDLE_MS = 1_000;

    private final Runnable collect;
    private final long idleMs;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autograd-idle-collector");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    IdleCollector() {
        this(IdleCollector::collect, IDLE_MS);
    }

    /** The heap's garbage, then what malloc holds free (javac and V8 leave tens of MB there), back to the system. */
    static void collect() {
        System.gc();
        try {
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            ManagementFactory.getPlatformMBeanServer().invoke(commands, "systemTrimNativeHeap",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException noTrim) {
            // a JDK before 17.0.9, or not glibc: -XX:TrimNativeHeapInterval (scripts/autograd-kernel) does it later
        }
    }

    IdleCollector(Runnable collect, long idleMs) {
        this.collect = collect;
        this.idleMs = idleMs;
    }

    /** A cell starts: no collection in the middle of it. */
    synchronized void busy() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }

    /** A cell ended: collect if nothing else runs for a while ({@link #IDLE_MS}). */
    synchronized void idle() {
        busy();
        pending = timer.schedule(collect, idleMs, TimeUnit.MILLISECONDS);
    }
}
