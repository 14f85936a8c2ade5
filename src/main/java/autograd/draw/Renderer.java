package autograd.draw;

import autograd.AutogradException;

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
 * killed, and what it left half done thrown away. So the next drawing starts at once.
 */
public final class Renderer {
    private Renderer() {}

    /** What a long render tells the one waiting for it, about once a second. */
    public interface Waiting {
        void still(long millis);
    }

    private static final ThreadGroup TOP = top();
    private static final BlockingQueue<FutureTask<String>> QUEUE = new LinkedBlockingQueue<>();
    private static final Object LOCK = new Object();

    private static volatile Thread thread;
    private static volatile boolean warming;
    private static volatile long idleMillis;      // let the engine go after this long without a render; 0: keep it
    private static long stackBytes;               // the render thread's stack, 0 when it got the default
    private static Engine engine;                 // started on the render thread; guarded by LOCK
    private static boolean started;               // confined to the render thread
    private static FutureTask<String> running;    // the render in the engine now; guarded by LOCK

    /** A picture like the lecture's, tiny: a first drawing after it finds Graphviz's code for records, ops and edges ready. */
    private static final String WARM_UP = "digraph {\n\tgraph [rankdir=LR newrank=true]\n"
            + "\tn0 [label=\"{ a | data 2.0000 | grad 0.0000 }\" shape=record]\n"
            + "\tn1 [label=\"{ b | data -3.0000 | grad 0.0000 }\" shape=record]\n"
            + "\tn2 [label=\"{ c | data -6.0000 | grad 1.0000 }\" shape=record]\n"
            + "\tn2op [label=\"*\"]\n\tn2op -> n2\n\tn0 -> n2op\n\tn1 -> n2op\n}\n";

    /** Starts the engine in the background, so the first drawing is quick; safe to call any number of times. */
    public static void warmUp() {
        if (warming) return;
        warming = true;
        enqueue(job(() -> {
            Engine e = engine();
            return e == null ? "" : e.render(WARM_UP, 3);
        }));
    }

    /**
     * Lets the engine go after {@code idle} without a drawing (zero: keeps it, the default), and starts it again for
     * the next drawing. The notebook kernel's choice: V8 holds some 40 MB a kernel, a class has many idle kernels.
     */
    public static void releaseWhenIdle(java.time.Duration idle) {
        idleMillis = idle.toMillis();
    }

    /** The SVG for this DOT text; nodes is the graph's size in DOT nodes, which sets viz.js's memory. */
    public static String svg(String dot, int nodes) {
        return svg(dot, nodes, null);
    }

    /**
     * The SVG for this DOT text, telling {@code waiting} (may be null) how long it has waited, about once a second.
     * If the calling thread is stopped or interrupted meanwhile, the render is ended before this returns.
     */
    public static String svg(String dot, int nodes, Waiting waiting) {
        FutureTask<String> job = job(() -> tidy(engine(true).render(dot, nodes)));
        try {
            enqueue(job);
            return await(job, waiting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogradException("The drawing was stopped.");
        } catch (ExecutionException e) {
            throw Failure.of(e.getCause());
        } finally {
            if (!job.isDone()) cancel(job);   // stopped, interrupted: also by ThreadDeath, which passes through
        }
    }

    /** Whether an engine is started now (false again once an idle one was let go). */
    static boolean engineStarted() {
        synchronized (LOCK) {
            return engine != null;
        }
    }

    /** Whether the native {@code dot} is on the PATH, so it renders. */
    public static boolean nativeDot() {
        return Engines.onPath("dot");
    }

    private static String await(FutureTask<String> job, Waiting waiting) throws InterruptedException, ExecutionException {
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
     * stopped while it runs, and the engine's half-done state thrown away after.
     */
    private static FutureTask<String> job(Callable<String> work) {
        AtomicReference<FutureTask<String>> self = new AtomicReference<>();
        FutureTask<String> job = new FutureTask<>(() -> {
            engine();                                        // a first render starts the engine before it counts as running
            synchronized (LOCK) {
                if (self.get().isCancelled()) throw new CancellationException();
                running = self.get();
            }
            try {
                return work.call();
            } finally {
                synchronized (LOCK) {
                    running = null;
                }
                if (self.get().isCancelled()) recover();
            }
        });
        self.set(job);
        return job;
    }

    private static void enqueue(FutureTask<String> job) {
        ensureThread();
        QUEUE.add(job);
    }

    private static void recover() {
        try {
            if (engine != null) engine.recover();
        } catch (RuntimeException e) {
            // the next render starts the engine's state afresh anyway
        }
    }

    /** Ends the job: dropped if it has not started, its engine stopped if it runs. */
    private static void cancel(FutureTask<String> job) {
        synchronized (LOCK) {
            job.cancel(false);
            if (running == job && engine != null) engine.stop();
        }
    }

    private static void loop() {
        while (true) {
            FutureTask<String> job;
            try {
                long idle = idleMillis;
                job = idle > 0 && engine != null ? QUEUE.poll(idle, TimeUnit.MILLISECONDS) : QUEUE.take();
            } catch (InterruptedException e) {
                continue;                                    // nobody interrupts this thread on purpose
            }
            if (job == null) release();                      // idle long enough: the engine's memory goes back
            else job.run();
        }
    }

    /** On the render thread: the engine is closed, and the next render (or warm-up) starts a fresh one. */
    private static void release() {
        Engine e;
        synchronized (LOCK) {
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

    private static synchronized void ensureThread() {
        if (thread != null) return;
        for (long stack : new long[] {1L << 30, 0}) {     // 1 GiB: a 4,000-op chain recurses deep inside Graphviz
            try {
                Thread t = new Thread(TOP, Renderer::loop, "autograd-graphviz", stack);
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

    private static Engine engine() {
        if (!started) {
            started = true;
            Engine e = Engines.start(stackBytes);
            synchronized (LOCK) {
                engine = e;
            }
        }
        return engine;
    }

    private static Engine engine(boolean required) {
        Engine e = engine();
        if (e == null && required) throw Failure.noEngine();
        return e;
    }

    /** Runs a helper task (reading a process's errors) on a daemon thread outside any snippet's thread group. */
    static void background(Runnable task) {
        Thread t = new Thread(TOP, task, "autograd-graphviz-io");
        t.setDaemon(true);
        t.start();
    }

    private static final Pattern SIZE = Pattern.compile("<svg width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"");

    /**
     * Graphviz's SVG as our pictures have it: from {@code <svg} on (no XML prolog, DOCTYPE or comments), one unit a
     * CSS pixel (Graphviz writes points), so 14-unit text is 14 px at natural size.
     */
    static String tidy(String svg) {
        return SIZE.matcher(Picture.svgElement(svg)).replaceFirst("<svg width=\"$1px\" height=\"$2px\"");
    }

    private static ThreadGroup top() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) g = g.getParent();
        return g;
    }
}
