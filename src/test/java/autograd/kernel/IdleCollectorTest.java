package autograd.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleCollectorTest {
    @Test
    void collectsOnceTheKernelHasBeenIdleAWhile() throws InterruptedException {
        CountDownLatch collected = new CountDownLatch(1);
        IdleCollector idle = new IdleCollector(collected::countDown, 50);
        idle.busy();
        idle.idle();
        assertTrue(collected.await(5, TimeUnit.SECONDS), "no collection after the cell ended");
    }

    @Test
    void aCellThatStartsInTimeCancelsTheCollection() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        IdleCollector idle = new IdleCollector(collections::incrementAndGet, 300);
        for (int cell = 0; cell < 5; cell++) {   // "Run All": cells back to back
            idle.idle();
            idle.busy();
        }
        Thread.sleep(600);
        assertEquals(0, collections.get(), "collected while cells ran back to back");
    }

    @Test
    void onlyTheLastIdleSpellCollects() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        IdleCollector idle = new IdleCollector(collections::incrementAndGet, 200);
        idle.idle();
        idle.idle();
        Thread.sleep(700);
        assertEquals(1, collections.get());
    }
}
