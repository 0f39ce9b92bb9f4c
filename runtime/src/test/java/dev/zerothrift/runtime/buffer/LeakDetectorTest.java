package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

@ExtendWith(LeakCheckExtension.class)
class LeakDetectorTest {
    @Test
    void surefireRunsStrict() {
        assertTrue(
                LeakDetector.isStrict(),
                "buffer tests must run with -Dzerothrift.leakDetection=strict");
    }

    @Test
    void reportsWhereALeakedBlockWasTaken() {
        long mark = LeakDetector.mark();
        long before = LeakDetector.outstandingBlocks();
        Block leaked = takeAndForget();
        List<LeakDetector.Leak> leaks = LeakDetector.outstandingSince(mark);
        assertEquals(1, leaks.size());
        String report = LeakDetector.report(leaks);
        assertTrue(report.startsWith("1 block leaked"), report);
        assertTrue(report.contains("pooled block of 128 bytes"), report);
        assertTrue(report.contains("takeAndForget"), report);
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class, () -> LeakDetector.checkNoLeaksSince(mark));
        assertTrue(e.getMessage().startsWith("1 block leaked"), e.getMessage());
        String failure = LeakCheckExtension.check(mark, before);
        assertTrue(failure != null && failure.contains("takeAndForget"), failure);
        leaked.release();
        LeakDetector.checkNoLeaksSince(mark);
        assertNull(LeakCheckExtension.check(mark, before));
        assertEquals(before, LeakDetector.outstandingBlocks());
    }

    @Test
    void countsEveryBlockTakenAndFreed() {
        long taken = LeakDetector.blocksTaken();
        long freed = LeakDetector.blocksFreed();
        Block pooled = BlockPool.shared().take(10);
        Block wrapped = Block.wrap(new byte[3]);
        assertEquals(taken + 2, LeakDetector.blocksTaken());
        pooled.release();
        wrapped.release();
        assertEquals(freed + 2, LeakDetector.blocksFreed());
    }

    private static Block takeAndForget() {
        return BlockPool.shared().take(100);
    }
}
