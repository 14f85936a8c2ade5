package autograd.render;

import autograd.AutogradException;
import autograd.picture.Picture;
import autograd.picture.Programs;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Turns DOT text into SVG: the native {@code dot} when installed, else viz.js on V8 (see {@link Engines}). Every
 * render runs on one daemon thread of our own (V8 lives on the thread that started it), with a big stack, in the
 * JVM's top thread group: never in a snippet's group, which JShell joins and stops.
 *
 * <p><b>A stop stops the work.</b> The thread that asked for a picture waits for it; when that thread is stopped
 * (JShell's stop on JDK 17 throws {@code ThreadDeath} into it) or interrupted (JDK 20 and later, a replay's time
 * limit, a kernel's interrupt), the render itself is ended: V8's script is terminated, the {@code dot} process
 * killed, and what it left half done thrown away. So the next drawing starts at once. If the asking thread died
 * without ending it (a second {@code ThreadDeath} in the wrong place), {@link Orphans} ends it.
 */
public final class Renderer {
    private static final Renderer SHARED = new Renderer();

    private Renderer() {}

    /** The JVM's one renderer: one thread, one engine, for every session. */
    public static Renderer shared() { return SHARED; }

    /** What a long render tells the one waiting for it, about once a second. */
    public interface Waiting {
        void still(long millis);
    }

    private static final ThreadGroup TOP = top();
    private final BlockingQueue<FutureTask<String>> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private final Orphans orphans = new Orphans();

    private volatile Thread thread;
    private volatile boolean warming;
    private volatile long idleMillis;             // let the engine go after this long without a render; 0: keep it
    private long stackBytes;                      // the render thread's stack, 0 when it got the default
    private Engine engine;                        // started on the render thread; guarded by lock
    private boolean started;                      // confined to the render thread
    private FutureTask<String> running;           // the render in the engine now; guarded by lock

    /**
     * A picture like the lecture's, tiny: a first drawing after it finds Graphviz's code for records, ops and edges
     * ready.
     */
    private static final String WARM_UP = "digraph {\n\tgraph [rankdir=LR newrank=true]\n"
            + "\tn0 [label=\"{ a | data 2.0000 | grad 0.0000 }\" shape=record]\n"
            + "\tn1 [label=\"{ b | data -3.0000 | grad 0.0000 }\" shape=record]\n"
            + "\tn2 [label=\"{ c | data -6.0000 | grad 1.0000 }\" shape=record]\n"
            + "\tn2op [label=\"*\"]\n\tn2op -> n2\n\tn0 -> n2op\n\tn1 -> n2op\n}\n";

    /** Starts the engine in the background, so the first drawing is quick; safe to call any number of times. */
    public void warmUp() {
        if (warming) return;
        warming = true;
        enqueue(job(null, () -> {
            Engine e = engine();
            return e == null ? "" : e.render(WARM_UP, 3);
        }));
    }

    /**
     * Lets the engine go after {@code idle} without a drawing (zero: keeps it, the default), and starts it again for
     * the next drawing. The notebook kernel's choice: V8 holds some 40 MB a kernel, a class has many idle kernels.
     */
    public void releaseWhenIdle(java.time.Duration idle) {
        idleMillis = idle.toMillis();
    }

    /** The SVG for this DOT text; nodes is the graph's size in DOT nodes, which sets viz.js's memory. */
    public String svg(String dot, int nodes) {
        return svg(dot, nodes, null);
    }

    /**
     * The SVG for this DOT text, telling {@code waiting} (may be null) how long it has waited, about once a second.
     * If the calling thread is stopped or interrupted meanwhile, the render is ended before this returns.
     */
    public String svg(String dot, int nodes, Waiting waiting) {
        FutureTask<String> job = job(Thread.currentThread(), () -> tidy(engine(true).render(dot, nodes)));
        try {
            enqueue(job);
            return await(job, waiting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogradException("The drawing was stopped.");
        } catch (ExecutionException e) {
            throw RenderFailure.of(e.getCause());
        } finally {
            if (!job.isDone()) cancel(job);   // stopped, interrupted: also by ThreadDeath, which passes through
        }
    }

    /** Whether an engine is started now (false again once an idle one was let go). */
    boolean engineStarted() {
        synchronized (lock) {
            return engine != null;
        }
    }

    /** Whether the native {@code dot} is on the PATH, so it renders. */
    public static boolean nativeDot() {
        return Programs.onPath("dot");
    }

    private String await(FutureTask<String> job, Waiting waiting) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        while (true) {
            try {
                return job.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (waiting != null) waiting.still((System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /**
     * Work for the render thread, as a job {@link #cancel} can end: dropped while it waits in the queue, its engine
     * stopped while it runs, and the engine's half-done state thrown away after. It is ended too when {@code asker}
     * (null: nobody) has died without ending it (see {@link Orphans}).
     */
    private FutureTask<String> job(Thread asker, Callable<String> work) {
        AtomicReference<FutureTask<String>> self = new AtomicReference<>();
        FutureTask<String> job = new FutureTask<>(() -> {
            // a first render starts the engine before it counts as running
            engine();
            synchronized (lock) {
                if (self.get().isCancelled() || asker != null && !asker.isAlive()) throw new CancellationException();
                running = self.get();
            }
            orphans.watch(asker, () -> cancel(self.get()));
            try {
                return work.call();
            } finally {
                orphans.done();
                synchronized (lock) {
                    running = null;
                }
                if (self.get().isCancelled()) recover();
            }
        });
        self.set(job);
        return job;
    }

    private void enqueue(FutureTask<String> job) {
        ensureThread();
        queue.add(job);
    }

    private void recover() {
        try {
            if (engine != null) engine.recover();
        } catch (RuntimeException e) {
            // the next render starts the engine's state afresh anyway
        }
    }

    /** Ends the job: dropped if it has not started, its engine stopped if it runs. */
    private void cancel(FutureTask<String> job) {
        synchronized (lock) {
            job.cancel(false);
            if (running == job && engine != null) engine.stop();
        }
    }

    private void loop() {
        while (true) {
            FutureTask<String> job;
            try {
                long idle = idleMillis;
                job = idle > 0 && engine != null ? queue.poll(idle, TimeUnit.MILLISECONDS) : queue.take();
            } catch (InterruptedException e) {
                continue;                                    // nobody interrupts this thread on purpose
            }
            if (job == null) release();                      // idle long enough: the engine's memory goes back
            else job.run();
        }
    }

    /** On the render thread: the engine is closed, and the next render (or warm-up) starts a fresh one. */
    private void release() {
        Engine e;
        synchronized (lock) {
            e = engine;
            engine = null;
        }
        started = false;
        warming = false;
        try {
            if (e != null) e.close();
        } catch (RuntimeException ignored) {
            // what it held is gone with it, or stays until the process ends: either way the next render starts afresh
        }
    }

    private synchronized void ensureThread() {
        if (thread != null) return;
        for (long stack : new long[] {1L << 30, 0}) {     // 1 GiB: a 4,000-op chain recurses deep inside Graphviz
            try {
                Thread t = new Thread(TOP, this::loop, "autograd-graphviz", stack);
                t.setDaemon(true);                           // never keeps the JVM (or JShell) alive
                t.start();
                stackBytes = stack;
                thread = t;
                return;
            } catch (OutOfMemoryError e) {
                // no room for a big stack here: the default one
            }
        }
        throw new AutogradException("Could not start the drawing thread: the system has no room for another thread.");
    }

    private Engine engine() {
        if (!started) {
            started = true;
            Engine e = Engines.start(stackBytes);
            synchronized (lock) {
                engine = e;
            }
        }
        return engine;
    }

    private Engine engine(boolean required) {
        Engine e = engine();
        if (e == null && required) throw RenderFailure.noEngine();
        return e;
    }

    /** Runs a helper task (reading a process's errors) on a daemon thread outside any snippet's thread group. */
    static void background(Runnable task) {
        background(task, "autograd-graphviz-io");
    }

    static Thread background(Runnable task, String name) {
        Thread t = new Thread(TOP, task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static final Pattern SIZE = Pattern.compile("<svg width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"");

    /**
     * Graphviz's SVG as our pictures have it: from {@code <svg} on (no XML prolog, DOCTYPE or comments), one unit a
     * CSS pixel (Graphviz writes points), so 14-unit text is 14 px at natural size.
     */
    public static String tidy(String svg) {
        return SIZE.matcher(Picture.svgElement(svg)).replaceFirst("<svg width=\"$1px\" height=\"$2px\"");
    }

    private static ThreadGroup top() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) g = g.getParent();
        return g;
    }
}
