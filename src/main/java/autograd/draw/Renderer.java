package autograd.draw;

import autograd.AutogradException;
import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizEngine;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns DOT text into SVG with graphviz-java: the native {@code dot} when installed, else the embedded V8 engine.
 * All rendering happens on one daemon thread of our own, because graphviz-java keeps its V8 runtime per thread.
 */
public final class Renderer {
    private Renderer() {}

    private static final int MIB = 1 << 20;
    private static final int MAX_MEMORY = 1024 * MIB;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "autograd-graphviz");
        t.setDaemon(true);   // never keeps the JVM (or JShell) alive
        return t;
    });

    // confined to THREAD
    private static boolean started;
    private static boolean anyEngine;
    private static int memory = 16 * MIB;   // viz.js's heap; only grows, since every change restarts viz.js

    private static volatile Future<?> warming;

    /** Starts the engine in the background, so the first drawing is quick; safe to call any number of times. */
    public static void warmUp() {
        if (warming == null) {
            synchronized (Renderer.class) {
                if (warming == null) warming = THREAD.submit(() -> {
                    start();
                    if (anyEngine) Graphviz.fromString("digraph { a [shape=record label=\"{ a | b }\"] }").render(Format.SVG).toString();
                    return null;
                });
            }
        }
    }

    /** The SVG for this DOT text; nodes is the graph's size, which sets viz.js's memory. */
    public static String svg(String dot, int nodes) {
        Future<String> job = THREAD.submit(() -> render(dot, nodes));
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogradException("Drawing was interrupted.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AutogradException ae) throw ae;
            throw new AutogradException("Graphviz could not draw this graph: " + firstLine(cause) + ".");
        }
    }

    /** Whether the native {@code dot} is on the PATH, so the command-line engine renders. */
    public static boolean nativeDot() {
        return Engines.onPath("dot");
    }

    private static String render(String dot, int nodes) {
        start();
        if (!anyEngine) throw noEngine();
        memory = Math.max(memory, memoryFor(nodes));
        while (true) {
            try {
                return Graphviz.fromString(dot).totalMemory(memory).render(Format.SVG).toString();
            } catch (RuntimeException e) {
                String msg = String.valueOf(firstLine(e));
                if (msg.contains("None of the provided engines")) throw noEngine();
                boolean tooSmall = msg.contains("enlarge memory") || msg.contains("out of memory") || msg.contains("totalMemory");
                if (!tooSmall || memory >= MAX_MEMORY) throw e;
                memory *= 2;   // viz.js ran out: retry with twice the heap
            }
        }
    }

    /** viz.js needs a few MiB plus ~12 KiB a node, 16 MiB at least; a power of two keeps emscripten happy and restarts rare. */
    static int memoryFor(int nodes) {
        long want = 4L * MIB + 12L * 1024 * Math.max(0, nodes);
        int bytes = 16 * MIB;
        while (bytes < want && bytes < MAX_MEMORY) bytes *= 2;
        return bytes;
    }

    private static void start() {
        if (started) return;
        started = true;
        List<GraphvizEngine> chain = Engines.chain();
        anyEngine = !chain.isEmpty();
        if (anyEngine) Graphviz.useEngine(chain);   // on this thread: V8 lives where it started
        Engines.forgetV8Library();
    }

    private static AutogradException noEngine() {
        return new AutogradException("No Graphviz engine could start here: install Graphviz (apt-get install graphviz, or brew install graphviz) and draw again; the .dot file is written already.");
    }

    private static String firstLine(Throwable e) {
        while (e.getCause() != null && e.getCause() != e && (e.getMessage() == null || e.getMessage().startsWith("Problem"))) e = e.getCause();
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).replaceAll("[.\\s]+$", "");
    }
}
