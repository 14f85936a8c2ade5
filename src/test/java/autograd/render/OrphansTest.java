package autograd.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A render whose asker died without ending it is ended by the watcher (on JDK 17 a second stop can land in the
 * {@code finally} that ends it), and a render that is over is left alone.
 */
class OrphansTest {
    @Test
    void theRenderOfAThreadThatDiedIsEnded() throws InterruptedException {
        Orphans orphans = new Orphans();
        CountDownLatch ended = new CountDownLatch(1);
        Thread asker = new Thread(() -> {});
        asker.start();
        asker.join();
        orphans.watch(asker, ended::countDown);
        assertTrue(ended.await(5, TimeUnit.SECONDS), "the render of a dead asker goes on");
    }

    @Test
    void aRenderThatIsOverIsLeftAlone() throws InterruptedException {
        Orphans orphans = new Orphans();
        CountDownLatch ended = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        Thread asker = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        asker.start();
        orphans.watch(asker, ended::countDown);
        assertFalse(ended.await(300, TimeUnit.MILLISECONDS), "a render was ended while its asker waits for it");
        orphans.done();
        go.countDown();
        asker.join();
        assertFalse(ended.await(500, TimeUnit.MILLISECONDS), "a render that was over was ended again");
    }
}
