package autograd.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The notebook kernel's engine, let go when idle (V8's memory back), and started again by the next drawing. */
@Isolated   // the render thread and its engine are the JVM's own
class IdleRendererTest {
    private static final String DOT = "digraph { a [label=\"{ a | data 2.0000 }\" shape=record] a -> b }";

    @Test
    void anIdleEngineIsLetGoAndTheNextDrawingStartsAnother() throws InterruptedException {
        Renderer.shared().releaseWhenIdle(Duration.ofMillis(300));
        try {
            String first = Renderer.shared().svg(DOT, 2);
            assertTrue(first.contains("data 2.0000"), first);
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Renderer.shared().engineStarted() && System.nanoTime() < until) Thread.sleep(50);
            assertFalse(Renderer.shared().engineStarted(), "the engine was kept past its idle time");
            assertEquals(first, Renderer.shared().svg(DOT, 2), "a fresh engine draws the same picture");
            assertTrue(Renderer.shared().engineStarted());
        } finally {
            Renderer.shared().releaseWhenIdle(Duration.ZERO);
        }
    }
}
