package dev.zerothrift.benchmarks.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.StringFootprint;
import dev.zerothrift.benchmarks.workload.Workload;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Once warm, a views {@code decode} allocates the strings it is asked for and nothing else, and an
 * {@code encode} nothing, on every fixture: the allocation target, counted here in bytes by the
 * JVM's per-thread allocation counter rather than sampled by JMH. The strings' bytes are {@link
 * StringFootprint}'s, so this also checks what the report allows the rows with strings.
 */
class ViewsAllocationTest {
    private static final Blackhole BH =
            new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly"
                            + " is dangerous.");

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Stream<Arguments> fixtures() {
        List<Arguments> all = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (w == Workload.BATCH_6M) {
                continue; // batch-20k's requests, 300 times over: seconds here, nothing new
            }
            for (Protocol p : Protocol.values()) {
                all.add(Arguments.of(w, p));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void decodeAllocatesOnlyTheStringsItReads(Workload workload, Protocol protocol)
            throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        Codec codec = new ViewsImpl().codec(fixture);
        long strings = StringFootprint.ofMessage(fixture.value());
        assertEquals(strings, steadyBytesPerCall(codec::decode, strings), fixture.describe());
    }

    /**
     * Nothing, also for the caller's maps: the writers walk a {@code RandomAccess} list by index
     * and a map by {@code forEach} with a consumer each writer keeps. (A for-each over {@code
     * entrySet()} left an iterator per map, 32 B per request, here and in JMH's batch-6m fork; a
     * {@code forEach} with a new lambda left the lambda, 16 B per request in compact.)
     */
    @ParameterizedTest
    @MethodSource("fixtures")
    void encodeAllocatesNothing(Workload workload, Protocol protocol) throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        Codec codec = new ViewsImpl().codec(fixture);
        assertEquals(0, steadyBytesPerCall(codec::encode, 0), fixture.describe());
    }

    /** One of the codec's measured methods. */
    private interface Operation {
        void run(Blackhole bh) throws Exception;
    }

    /**
     * The bytes one call of {@code operation} allocates on this thread in steady state: the least
     * over rounds of calls, stopping at the first round that allocates no more than {@code
     * expected} per call, or after a few seconds. Steady state, because until C2 compiles the
     * writers their temporaries are real (the fixtures' iterators, a batch-20k encode's 5 KB in the
     * interpreter); the JIT's escape analysis removes them, and JMH measures what is left.
     */
    private static long steadyBytesPerCall(Operation operation, long expected) throws Exception {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no per-thread allocation counter");
        THREADS.setThreadAllocatedMemoryEnabled(true);
        int calls = 50;
        long least = Long.MAX_VALUE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            // (less what measuring allocates itself: the same measurement of no call)
            long allocated = allocatedBy(operation, calls) - allocatedBy(operation, 0);
            least = Math.min(least, Math.round((double) allocated / calls));
        } while (least > expected && System.nanoTime() < deadline);
        return least;
    }

    private static long allocatedBy(Operation operation, int calls) throws Exception {
        long thread = Thread.currentThread().threadId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        for (int i = 0; i < calls; i++) {
            operation.run(BH);
        }
        return THREADS.getThreadAllocatedBytes(thread) - before;
    }
}
