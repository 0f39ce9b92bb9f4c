package dev.zerothrift.benchmarks.bulk;

import dev.zerothrift.runtime.bulk.CompactLists;
import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Compact-protocol list elements (zigzag varints) through {@link CompactLists} against a plain
 * byte-at-a-time varint loop over the same sink and source of 64 KiB blocks (what {@code
 * CompactLists} did before it worked in words): random values as in {@code lists-64k} (i64s of 9
 * and 10 bytes, i32s of 5), and small ones (one and two bytes, as counts and ids often are).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
@State(Scope.Thread)
public class CompactListBench {
    /** Element type and values, 65,536 of them. */
    @Param({"i64-random", "i32-random", "i64-small", "i32-small"})
    public String list;

    private static final int COUNT = 65_536;

    private boolean i64;
    private long[] longs;
    private int[] ints;
    private BlockSink sink;
    private BlockSource blocks;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = list.split("-");
        i64 = parts[0].equals("i64");
        boolean small = parts[1].equals("small");
        SplittableRandom random = new SplittableRandom(42);
        longs = new long[COUNT];
        ints = new int[COUNT];
        for (int i = 0; i < COUNT; i++) {
            longs[i] = small ? random.nextLong(-4000, 4000) : random.nextLong();
            ints[i] = small ? random.nextInt(-4000, 4000) : random.nextInt();
        }
        sink = new BlockSink(BulkListBench.BLOCK, COUNT * CompactLists.MAX_I64_BYTES);
        byte[] encoded = new byte[COUNT * CompactLists.MAX_I64_BYTES];
        int length =
                i64
                        ? CompactLists.encode(longs, 0, COUNT, encoded, 0)
                        : CompactLists.encode(ints, 0, COUNT, encoded, 0);
        encoded = Arrays.copyOf(encoded, length);
        blocks = new BlockSource(encoded, BulkListBench.BLOCK);
    }

    /** CompactLists' words. */
    @Benchmark
    public BlockSink write() {
        BlockSink out = sink.reset();
        if (i64) {
            CompactLists.write(out, longs, 0, COUNT);
        } else {
            CompactLists.write(out, ints, 0, COUNT);
        }
        return out;
    }

    /** A byte at a time. */
    @Benchmark
    public BlockSink writeByteLoop() {
        BlockSink out = sink.reset();
        if (i64) {
            for (long value : longs) {
                putVarint(out, (value << 1) ^ (value >> 63));
            }
        } else {
            for (int value : ints) {
                putVarint(out, Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
            }
        }
        return out;
    }

    /** CompactLists' words. */
    @Benchmark
    public Object read() {
        ByteSource in = blocks.reset();
        if (i64) {
            CompactLists.readLongs(in, longs, 0, COUNT);
            return longs;
        }
        CompactLists.readInts(in, ints, 0, COUNT);
        return ints;
    }

    /** A byte at a time. */
    @Benchmark
    public Object readByteLoop() {
        ByteSource in = blocks.reset();
        if (i64) {
            for (int i = 0; i < COUNT; i++) {
                long raw = getVarint(in);
                longs[i] = (raw >>> 1) ^ -(raw & 1);
            }
            return longs;
        }
        for (int i = 0; i < COUNT; i++) {
            int raw = (int) getVarint(in);
            ints[i] = (raw >>> 1) ^ -(raw & 1);
        }
        return ints;
    }

    private static void putVarint(ByteSink sink, long value) {
        sink.ensure(CompactLists.MAX_I64_BYTES);
        byte[] buffer = sink.buffer();
        int at = sink.position();
        int start = at;
        while ((value & ~0x7FL) != 0) {
            buffer[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        buffer[at++] = (byte) value;
        sink.advance(at - start);
    }

    private static long getVarint(ByteSource source) {
        if (source.limit() - source.position() >= CompactLists.MAX_I64_BYTES) {
            byte[] buffer = source.buffer();
            int at = source.position();
            int start = at;
            long b = buffer[at++];
            long raw = b & 0x7F;
            for (int shift = 7; b < 0 && shift < 70; shift += 7) {
                b = buffer[at++];
                raw |= (b & 0x7F) << shift;
            }
            source.skip(at - start);
            return raw;
        }
        long raw = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte b = source.readByte();
            raw |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        return raw;
    }
}
