package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckExtension;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * On the steady state (a reused view, its reused index, reused nested and list views), indexing a
 * message and reading its primitives (number lists by element and by visit) allocates nothing,
 * whether the message is in one block or in many small ones (whose reads go through the node in
 * hand); nor does writing a message with a reused builder into a reused, cleared chain. Measured
 * with the thread's allocation counter around many iterations after a warm-up. A lazily indexed
 * view that reads one string allocates that string and nothing else.
 */
@ExtendWith(LeakCheckExtension.class)
class ViewAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final StructView user = new StructView(Workloads.USER);
    private final ListView list = new ListView();
    private final MapView map = new MapView();
    private final Utf8Text text = new Utf8Text();

    // What the visits of number lists add up (actions made once, as a reader keeps them).
    private long visited;
    private final LongConsumer addLong = v -> visited += v;
    private final IntConsumer addInt = v -> visited += v;

    /**
     * Reads every primitive of a Request, and compares its strings without decoding them (when
     * {@code compare}: a string split between two nodes is compared through a copy).
     */
    private long readPrimitives(StructView request, boolean compare) {
        long sum = request.getLong(0) + request.getShort(6);
        sum += compare && request.stringEquals(1, "echo") ? 1 : 0;
        request.getStruct(2, user);
        sum += user.getLong(0) + user.getInt(3) + (user.getBool(4) ? 1 : 0) + user.getEnum(6);
        sum += (long) user.getDouble(5);
        sum += user.getUtf8(1, text).byteLength();
        user.getMap(8, map);
        sum += map.size();
        request.getList(3, list);
        for (int i = 0; i < list.size(); i++) {
            sum += list.getLong(i);
        }
        request.getList(7, list);
        for (int i = 0; i < list.size(); i++) {
            sum += list.getInt(i);
        }
        list.forEachInt(addInt);
        request.getList(3, list);
        list.forEachLong(addLong);
        sum += visited;
        sum += request.has(5) ? request.bytesLength(5) : 0;
        return sum;
    }

    /**
     * Writes a Request of 4,096 ids with the builder (fixed-size fields and short strings whole,
     * nested struct, lists), about 33 KiB in 1 KiB blocks.
     */
    private static long writeRequest(MessageBuilder b, Chain chain, long[] ids) {
        b.begin(chain);
        b.i64(Workloads.REQUEST.field(0), ids[0]);
        b.string(Workloads.REQUEST.field(1), "echo");
        b.beginStruct(Workloads.REQUEST.field(2));
        b.i64(Workloads.USER.field(0), 7);
        b.string(Workloads.USER.field(1), "ada lovelace");
        b.i32(Workloads.USER.field(3), 36);
        b.bool(Workloads.USER.field(4), true);
        b.f64(Workloads.USER.field(5), 0.5);
        b.enumValue(Workloads.USER.field(6), 2);
        b.endStruct();
        b.beginList(Workloads.REQUEST.field(3), ids.length);
        for (long id : ids) {
            b.elementI64(id);
        }
        b.endContainer();
        b.i16(Workloads.REQUEST.field(6), (short) 3);
        b.beginList(Workloads.REQUEST.field(7), 16);
        for (int i = 0; i < 16; i++) {
            b.elementI32(i * 1_000_003);
        }
        b.endContainer();
        return b.end();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void writingIntoAClearedChainAllocatesNothing(Protocol protocol) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no allocation counter here");
        long[] ids = new Random(3).longs(4096).toArray();
        MessageBuilder builder = new MessageBuilder(protocol);
        try (Chain chain = new Chain(BlockPool.shared(), 1024, Chain.DEFAULT_REFERENCE_THRESHOLD)) {
            long sink = 0;
            for (int i = 0; i < 2_000; i++) {
                sink += writeRequest(builder, chain, ids);
                chain.clear();
            }
            long thread = Thread.currentThread().threadId();
            long[] rounds = new long[5];
            for (int round = 0; round < rounds.length; round++) {
                long before = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < 1_000; i++) {
                    sink += writeRequest(builder, chain, ids);
                    chain.clear();
                }
                rounds[round] = THREADS.getThreadAllocatedBytes(thread) - before;
                if (rounds[round] == 0) {
                    break;
                }
            }
            assertEquals(
                    0,
                    java.util.Arrays.stream(rounds).min().orElseThrow(),
                    "bytes allocated by rounds of 1,000 messages written into a cleared chain: "
                            + java.util.Arrays.toString(rounds)
                            + " (sum "
                            + sink
                            + ")");
        }
    }

    @ParameterizedTest
    @CsvSource({"BINARY, 8192", "COMPACT, 8192", "BINARY, 64", "COMPACT, 64"})
    void indexingAndPrimitiveReadsAllocateNothing(Protocol protocol, int blockSize) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no allocation counter here");
        byte[] bytes = Libthrift.write(protocol, Workloads.request(new Random(1)));
        boolean compare = blockSize >= bytes.length; // the message in one block
        try (Chain chain = Chains.inBlocks(bytes, blockSize)) {
            StructView request = new StructView(Workloads.REQUEST, protocol);
            long sink = 0;
            for (int i = 0; i < 20_000; i++) {
                sink += readPrimitives(request.wrap(chain), compare);
            }
            long thread = Thread.currentThread().threadId();
            // the steady state: a round of 10,000 with no allocation at all (a round may still see
            // the JIT's own transient allocations, so up to five rounds are measured)
            long[] rounds = new long[5];
            for (int round = 0; round < rounds.length; round++) {
                long before = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < 10_000; i++) {
                    sink += readPrimitives(request.wrap(chain), compare);
                }
                rounds[round] = THREADS.getThreadAllocatedBytes(thread) - before;
                if (rounds[round] == 0) {
                    break;
                }
            }
            assertEquals(
                    0,
                    java.util.Arrays.stream(rounds).min().orElseThrow(),
                    "bytes allocated by rounds of 10,000 wraps and reads: "
                            + java.util.Arrays.toString(rounds)
                            + " (sum "
                            + sink
                            + ")");
        }
    }

    /** Keeps each string read alive, so that the JIT cannot leave its allocation out. */
    private String lastString;

    /** Bytes the least of five rounds of 10,000 runs of {@code run} allocate, after a warm-up. */
    private static long leastRound(Runnable run) {
        for (int i = 0; i < 20_000; i++) {
            run.run();
        }
        long thread = Thread.currentThread().threadId();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = THREADS.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 10_000; i++) {
                run.run();
            }
            least = Math.min(least, THREADS.getThreadAllocatedBytes(thread) - before);
        }
        return least;
    }

    /**
     * {@code read1}'s steady state: a lazy wrap of a Wide and the read of its field 37 as a String
     * allocate what decoding those bytes into a String alone allocates.
     */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aLazyWrapAndOneStringReadAllocateOnlyTheString(Protocol protocol) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no allocation counter here");
        byte[] bytes = Libthrift.write(protocol, Workloads.wideValue(new Random(1)));
        int f37 = Workloads.WIDE.slotOf(37);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView wide = new StructView(Workloads.WIDE, protocol, ViewOptions.LAZY);
            wide.wrap(chain);
            byte[] utf8 = wide.getString(f37).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int at = wide.bytesPosition(f37);
            long lazy = leastRound(() -> lastString = wide.wrap(chain).getString(f37));
            long alone =
                    leastRound(
                            () ->
                                    lastString =
                                            dev.zerothrift.runtime.protocol.Utf8.decode(
                                                    bytes, at, utf8.length));
            assertEquals(
                    alone,
                    lazy,
                    "bytes allocated by rounds of 10,000 lazy wraps and reads of f37, and of "
                            + "10,000 decodes of its bytes");
        }
    }
}
