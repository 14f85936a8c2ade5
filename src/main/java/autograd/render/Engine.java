package autograd.render;

/**
 * One way to turn DOT text into SVG: the native {@code dot} ({@link NativeDot}) or viz.js on V8 ({@link VizJs}).
 * Used on the render thread alone, except {@link #stop()}, which any thread may call.
 */
interface Engine {
    /** Graphviz's SVG for this DOT text, as it wrote it; nodes is the graph's count of DOT nodes. */
    String render(String dot, int nodes) throws Exception;

    /** Ends the render running now, from any thread; the render then throws. Harmless when none runs. */
    void stop();

    /** After a stopped render, on the render thread: whatever it left half done is thrown away. */
    default void recover() {}

    /** On the render thread, when it has been idle: what the engine holds is given back; it is not used again. */
    default void close() {}
}
