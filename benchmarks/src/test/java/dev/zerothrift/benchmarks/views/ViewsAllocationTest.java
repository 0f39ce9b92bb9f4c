package dev.zerothrift.benchmarks.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.StringFootprint;
import dev.zerothrift.benchmarks.workload.Values;
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
 * {@code encode} nothing of its own (see {@link #MAP_ITERATOR}), on every fixture: the allocation
 * target, counted here in bytes by the JVM's per-thread allocation counter rather than sampled by
 * JMH. The strings' bytes are {@link StringFootprint}'s, so this also checks what the report allows
 * the rows with strings.
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

    @ParameterizedTest
    @MethodSource("fixtures")
    void encodeAllocatesNothingButTheIteratorsOfTheCallersMaps(Workload workload, Protocol protocol)
            throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        Codec codec = new ViewsImpl().codec(fixture);
        long allowed = MAP_ITERATOR * mapsIterated(fixture.value());
        long allocated = steadyBytesPerCall(codec::encode, allowed);
        assertTrue(allocated <= allowed, allocated + " B per encode, " + allowed + " allowed");
    }

    /**
     * Bytes of one iterator over a caller's {@code Map} ({@code LinkedHashMap}'s entry iterator: a
     * 12-byte header and four 4-byte fields). The writers walk a {@code RandomAccess} list by
     * index, with no iterator, but a map has no index. In a JMH fork escape analysis removes the
     * map's iterator (0 B per encode on every workload, 2026-12-02); in this JVM, whose profiles
     * other tests have filled with other collection types, it survives (32 B per request). {@code
     * Map.forEach} with a lambda instead leaves the lambda (16 B per request in compact, 0 in
     * binary): not nothing either.
     */
    private static final long MAP_ITERATOR = 32;

    /** The caller's maps that writing {@code message} iterates: a user's attrs. */
    private static long mapsIterated(Values.Message message) {
        return switch (message) {
            case Values.Request r -> 1;
            case Values.Batch b -> b.requests().size();
            default -> 0;
        };
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
