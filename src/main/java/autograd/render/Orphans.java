package autograd.render;

/**
 * Ends a render nobody waits for any more. The thread that asked for a picture ends its render itself when it is
 * stopped; but on JDK 17 a stop is a {@code ThreadDeath}, a session says it again until the snippet ends, and a
 * second one can land in the very {@code finally} that ends the render. Then the asking thread is dead and the render
 * goes on, for minutes, in front of the next drawing. This watcher sees the dead asker and ends the render instead.
 */
final class Orphans {
    private final Object lock = new Object();
    private Thread asker;                 // the thread waiting for the render that runs now; guarded by lock
    private Runnable end;                 // what ends that render; guarded by lock
    private Thread watcher;

    /** The render that runs now was asked for by {@code asker} (null: nobody waits, nothing to watch). */
    void watch(Thread asker, Runnable end) {
        if (asker == null) return;
        synchronized (lock) {
            this.asker = asker;
            this.end = end;
            if (watcher == null) watcher = Renderer.background(this::loop, "autograd-graphviz-watch");
            lock.notifyAll();
        }
    }

    /** That render is over. */
    void done() {
        synchronized (lock) {
            asker = null;
            end = null;
        }
    }

    private void loop() {
        while (true) {
            Runnable orphaned = null;
            synchronized (lock) {
                try {
                    lock.wait(asker == null ? 0 : 100);
                } catch (InterruptedException e) {
                    continue;                              // nobody interrupts this thread on purpose
                }
                if (asker != null && !asker.isAlive()) {
                    orphaned = end;
                    asker = null;
                    end = null;
                }
            }
            if (orphaned != null) orphaned.run();
        }
    }
}
