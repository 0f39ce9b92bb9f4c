package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

@ExtendWith(LeakCheckExtension.class)
class BlockPoolTest {
    @Test
    void roundsUpToPowersOfTwo() {
        BlockPool pool = new BlockPool();
        int[][] cases = {{0, 64}, {1, 64}, {64, 64}, {65, 128}, {1000, 1024}, {1 << 20, 1 << 20}};
        for (int[] c : cases) {
            Block block = pool.take(c[0]);
            assertEquals(c[1], block.capacity(), "take(" + c[0] + ")");
            block.release();
        }
    }

    @Test
    void beyondTheLargestClassBlocksArePlainAllocations() {
        BlockPool pool = new BlockPool(1024, 1 << 20, 1 << 16);
        Block block = pool.take(1025);
        assertEquals(1025, block.capacity());
        block.release();
        Block again = pool.take(1025);
        assertEquals(2, pool.stats().allocations());
        again.release();
        assertEquals(0, pool.stats().idleBlocks());
    }

    @Test
    void reusesArraysOfEverySizeLargeOnesToo() {
        BlockPool pool = new BlockPool();
        for (int size : new int[] {64, 8192, 1 << 16, 1 << 20}) {
            Block block = pool.take(size);
            byte[] array = block.array();
            block.release();
            Block again = pool.take(size - 1);
            assertSame(array, again.array(), "size " + size);
            again.release();
        }
    }

    @Test
    void sharedStacksAreCapped() {
        BlockPool pool = new BlockPool(1 << 20, 4096, 0);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocks.add(pool.take(1024));
        }
        blocks.forEach(Block::release);
        PoolStats stats = pool.stats();
        assertEquals(4, stats.idleBlocks());
        assertEquals(4096, stats.idleBytes());
        assertEquals(10, stats.blocksReturned());
        assertEquals(0, stats.outstandingBlocks());
        assertEquals(0, stats.outstandingBytes());
    }

    @Test
    void countsTakenAndReturned() {
        BlockPool pool = new BlockPool();
        Block a = pool.take(100);
        Block b = pool.take(5000);
        PoolStats stats = pool.stats();
        assertEquals(2, stats.blocksTaken());
        assertEquals(128 + 8192, stats.bytesTaken());
        assertEquals(2, stats.outstandingBlocks());
        a.release();
        b.release();
        assertEquals(0, pool.stats().outstandingBytes());
    }

    @Test
    void blocksFreedOnAnotherThreadAreReusable() throws Exception {
        BlockPool pool = new BlockPool(1 << 20, 1 << 20, 0);
        ConcurrentLinkedQueue<Block> handoff = new ConcurrentLinkedQueue<>();
        Block block = pool.take(256);
        byte[] array = block.array();
        handoff.add(block);
        Thread other = new Thread(() -> handoff.poll().release());
        other.start();
        other.join();
        Block again = pool.take(256);
        assertSame(array, again.array());
        again.release();
    }

    @Test
    void survivesConcurrentUse() throws Exception {
        BlockPool pool = new BlockPool();
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            Runnable work =
                    () -> {
                        try {
                            for (int i = 0; i < 2000; i++) {
                                Block x = pool.take(64 << ((i + seed) % 8));
                                Block y = pool.take(100);
                                assertNotSame(x.array(), y.array());
                                x.release();
                                y.release();
                            }
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    };
            threads.add(
                    t % 2 == 0 ? Thread.ofPlatform().start(work) : Thread.ofVirtual().start(work));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(0, pool.stats().outstandingBlocks());
    }

    @Test
    void rejectsBadConfiguration() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new BlockPool(1000, 0, 0));
        assertEquals("maxPooled must be a power of two in [64, 2^30]: 1000", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BlockPool().take(-1));
    }
}
