package autograd.render;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Graphviz compiled to JavaScript (viz.js, from graphviz-java's webjar) on V8 (J2V8), for machines without
 * {@code dot}. Called directly rather than through graphviz-java, so that a render can be stopped
 * ({@link V8#terminateExecution()}), a DOT text of any size is read whole, and a long chain does not overflow V8's
 * stack: the render thread has a big one, and V8 is told so.
 */
final class VizJs implements Engine {
    private static final String WEBJAR = "META-INF/resources/webjars/viz.js-graphviz-java/2.1.3/";
    private static final int MIB = 1 << 20;
    static final int MAX_MEMORY = 1024 * MIB;
    private static final int KEEP_MEMORY = 64 * MIB;   // a module bigger than this is let go after its render

    private final V8 v8;
    private int memory;                                // the current module's heap; 0: none yet

    /**
     * Starts V8 on this thread, with its library unpacked into folder; stackBytes is this thread's stack (0: the
     * default).
     */
    VizJs(Path folder, long stackBytes) {
        // in KiB, with room for Java's frames
        if (stackBytes >= 64L * MIB) V8.setFlags("--stack-size=" + (stackBytes / 1024 * 7 / 8));
        v8 = V8.createV8Runtime(null, folder.toString());
        v8.executeVoidScript(resource(WEBJAR + "viz.js") + resource(WEBJAR + "full.render.js"));
        v8.executeVoidScript(resource("autograd/draw/viz-render.js"));
    }

    @Override
    public String render(String dot, int nodes) {
        int want = memoryFor(nodes, dot.length());
        int use = memory >= want && memory <= Math.max(want, KEEP_MEMORY) ? memory : want;
        while (true) {
            V8Array args = new V8Array(v8).push(dot).push(use);
            try {
                String svg = v8.executeStringFunction("vizRender", args);
                memory = use;
                if (memory > KEEP_MEMORY) recover();      // gives a big heap back at once
                return svg;
            } catch (RuntimeException e) {
                memory = 0;                               // the script threw its module away
                if (!outOfMemory(e) || use >= MAX_MEMORY) throw e;
                use *= 2;                                 // viz.js's heap was too small: again with twice the heap
            } finally {
                args.release();
            }
        }
    }

    @Override
    public void stop() {
        v8.terminateExecution();
    }

    /** Throws the module away, and makes a small fresh one at once, so the next drawing does not wait for it. */
    @Override
    public void recover() {
        v8.executeVoidScript("vizReset();");
        memory = 0;
        render("digraph { a }", 1);
    }

    /** V8's heap, viz.js's compiled code and its module's memory, some 40 MB, back to the system. */
    @Override
    public void close() {
        v8.release(false);
    }

    static boolean outOfMemory(Throwable e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("enlarge memory") || m.contains("out of memory") || m.contains("TOTAL_MEMORY");
    }

    /**
     * viz.js's heap for a graph: a few MiB plus ~12 KiB a node and room for the text, 16 MiB at least, a power of two
     * (emscripten wants a multiple of 16 MiB); too small, and the render is tried again with twice as much.
     */
    static int memoryFor(int nodes, int dotChars) {
        long want = 4L * MIB + 12L * 1024 * Math.max(0, nodes) + 4L * dotChars;
        int bytes = 16 * MIB;
        while (bytes < want && bytes < MAX_MEMORY) bytes *= 2;
        return bytes;
    }

    private static String resource(String name) {
        try (InputStream in = VizJs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
