package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zerothrift.codegentests.Workloads;
import dev.zerothrift.codegentests.idl.RequestView;
import dev.zerothrift.codegentests.idl.UserView;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steady state of a generated view: wrap, then read every primitive, compare strings without
 * decoding, walk nested views and lists, and allocate nothing; and of its writer: a message written
 * into a reused chain, cleared after each, allocates nothing (the thread's allocation counter
 * around rounds of 10,000 after a warm-up).
 */
class TypedViewAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long[] ids = new long[16];

    private long read(RequestView request) {
        long sum = request.requestId() + request.priority();
        sum += request.methodEquals("echo") ? 1 : 0;
        sum += request.methodUtf8().byteLength();
        UserView user = request.user();
        sum += user.id() + user.age() + (user.active() ? 1 : 0) + user.statusValue();
        sum += (long) user.score();
        sum += user.nameUtf8().byteLength() + user.attrsSize() + user.tagsSize();
        for (int i = 0; i < request.idsSize(); i++) {
            sum += request.idsAt(i);
        }
        sum += request.idsLongs(ids);
        for (int i = 0; i < request.shardsSize(); i++) {
            sum += request.shardsAt(i);
        }
        sum += request.hasTraceId() ? request.traceIdUtf8().byteLength() : 0;
        sum += request.payload() == null ? 0 : 1; // absent here: a present one is a new slice
        return sum;
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void wrapAndPrimitiveReadsAllocateNothing(Protocol protocol) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no allocation counter here");
        byte[] bytes = LibthriftRequests.write(Workloads.request(40).setPayload(null), protocol);
        try (Chain chain = Chain.copyOf(bytes)) {
            RequestView request = new RequestView(protocol);
            long sink = 0;
            for (int i = 0; i < 20_000; i++) {
                sink += read(request.wrap(chain));
            }
            long thread = Thread.currentThread().threadId();
            long[] rounds = new long[5];
            for (int round = 0; round < rounds.length; round++) {
                long before = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < 10_000; i++) {
                    sink += read(request.wrap(chain));
                }
                rounds[round] = THREADS.getThreadAllocatedBytes(thread) - before;
                if (rounds[round] == 0) {
                    break;
                }
            }
            assertEquals(
                    0,
                    Arrays.stream(rounds).min().orElseThrow(),
                    "bytes allocated by rounds of 10,000 wraps and reads: "
                            + Arrays.toString(rounds)
                            + " (sum "
                            + sink
                            + ")");
        }
    }

    private final long[] writtenIds = new java.util.Random(5).longs(512).toArray();
    private final int[] writtenShards = {0, 1, 1 << 20, -1, 77};
    private final byte[] writtenPayload = new byte[200];
    private final List<String> writtenTags = List.of("a", "bb", "ccc");

    // unmodifiable over a LinkedHashMap, as a service's immutable value hands it over: a for-each
    // over its entries left an iterator per map that C2 did not always remove
    private final Map<String, String> writtenAttrs =
            Collections.unmodifiableMap(
                    new LinkedHashMap<>(Map.of("region", "eu-west-1", "tier", "gold", "k", "")));

    /**
     * A request of 512 ids (over 4 KiB: several 1 KiB blocks), a list and a map of strings, through
     * the generated writers.
     */
    private int write(RequestView.Writer w, Chain chain, Protocol protocol) {
        w.begin(chain, protocol).requestId(-7).method("echo");
        w.beginUser()
                .id(42)
                .name("Ada Lovelace")
                .email("ada@example.com")
                .age(36)
                .active(true)
                .score(99.5)
                .status(dev.zerothrift.codegentests.idl.Status.ACTIVE)
                .tags(writtenTags)
                .attrs(writtenAttrs)
                .end();
        w.ids(writtenIds).payload(writtenPayload).traceId("trace-1").priority((short) 3);
        w.shards(writtenShards).end();
        return chain.length();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void writingIntoAClearedChainAllocatesNothing(Protocol protocol) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no allocation counter here");
        RequestView.Writer writer = new RequestView.Writer();
        try (Chain chain =
                new Chain(
                        dev.zerothrift.runtime.buffer.BlockPool.shared(),
                        1024,
                        Chain.DEFAULT_REFERENCE_THRESHOLD)) {
            long sink = 0;
            for (int i = 0; i < 20_000; i++) {
                sink += write(writer, chain, protocol);
                chain.clear();
            }
            long thread = Thread.currentThread().threadId();
            long[] rounds = new long[5];
            for (int round = 0; round < rounds.length; round++) {
                long before = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < 10_000; i++) {
                    sink += write(writer, chain, protocol);
                    chain.clear();
                }
                rounds[round] = THREADS.getThreadAllocatedBytes(thread) - before;
                if (rounds[round] == 0) {
                    break;
                }
            }
            assertEquals(
                    0,
                    Arrays.stream(rounds).min().orElseThrow(),
                    "bytes allocated by rounds of 10,000 messages written into a cleared chain: "
                            + Arrays.toString(rounds)
                            + " (sum "
                            + sink
                            + ")");
        }
    }
}
