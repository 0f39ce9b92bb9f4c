package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.atomic.AtomicInteger;

@ExtendWith(LeakCheckExtension.class)
class BlockTest {
    @Test
    void countsReferences() {
        Block block = BlockPool.shared().take(64);
        assertEquals(1, block.refCount());
        assertSame(block, block.retain());
        assertEquals(2, block.refCount());
        assertFalse(block.release());
        assertTrue(block.release());
        assertEquals(0, block.refCount());
    }

    @Test
    void doubleReleaseIsDetectedAndSaysWhereTheFirstHappened() {
        Block block = BlockPool.shared().take(64);
        block.release();
        IllegalStateException e = assertThrows(IllegalStateException.class, block::release);
        assertEquals(
                "release() on a released block (64 bytes); it was freed at the cause's stack",
                e.getMessage());
        assertEquals("block freed here", e.getCause().getMessage());
    }

    @Test
    void useAfterReleaseIsDetected() {
        Block block = BlockPool.shared().take(64);
        block.release();
        assertThrows(IllegalStateException.class, block::array);
        assertThrows(IllegalStateException.class, block::retain);
    }

    @Test
    void aDoubleReleaseCannotPoolAnArrayTwice() {
        BlockPool pool = new BlockPool();
        Block block = pool.take(64);
        block.release();
        assertThrows(IllegalStateException.class, block::release);
        assertEquals(1, pool.stats().blocksReturned());
        Block first = pool.take(64);
        Block second = pool.take(64);
        assertFalse(first.array() == second.array());
        first.release();
        second.release();
    }

    @Test
    void concurrentRetainsAndReleasesFreeTheBlockExactlyOnce() throws Exception {
        AtomicInteger freed = new AtomicInteger();
        Block block = Block.wrap(new byte[8], freed::incrementAndGet);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] =
                    Thread.ofPlatform()
                            .start(
                                    () -> {
                                        for (int i = 0; i < 10_000; i++) {
                                            block.retain();
                                            block.release();
                                        }
                                    });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1, block.refCount());
        assertEquals(0, freed.get());
        assertTrue(block.release());
        assertEquals(1, freed.get());
    }

    @Test
    void boundsChecksAreOnByDefault() {
        assertTrue(BoundsChecks.SHOULD_BOUNDS_CHECK);
    }

    @Test
    void wrappedBlockRunsItsHookOnceAndLeavesTheArrayAlone() {
        AtomicInteger freed = new AtomicInteger();
        byte[] array = {1, 2, 3};
        Block block = Block.wrap(array, freed::incrementAndGet);
        assertFalse(block.isPooled());
        assertSame(array, block.array());
        block.retain();
        block.release();
        assertEquals(0, freed.get());
        block.release();
        assertEquals(1, freed.get());
        assertEquals(1, array[0]);
    }
}
