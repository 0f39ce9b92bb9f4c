package dev.zerothrift.benchmarks.bulk;

import dev.zerothrift.runtime.bulk.BinaryLists;
import dev.zerothrift.runtime.bulk.BulkCodec;
import dev.zerothrift.runtime.bulk.BulkCodecs;

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
 * Bulk binary-protocol list elements: the scalar {@code VarHandle} loop against the Vector API
 * against {@code System.arraycopy} of the same bytes (the floor), on the list sizes of the {@code
 * lists-64k} and {@code mytest-1m} workloads. This measurement decides {@link BulkCodecs}' choice.
 *
 * <p>Run with {@code --add-modules jdk.incubator.vector} (the vector benchmarks need it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {
            "-Xms1g",
            "-Xmx1g",
            "-XX:+AlwaysPreTouch",
            "-XX:+UseTransparentHugePages",
            "--add-modules=jdk.incubator.vector"
        })
@State(Scope.Thread)
public class BulkListBench {
    /** Element type and count: the lists of lists-64k, and mytest-1m's 131,072 i64. */
    @Param({"i64-65536", "i32-65536", "double-65536", "i64-131072"})
    public String list;

    /**
     * Where the elements start in the {@code byte[]} benchmarks: after a field and list header, as
     * in a message. A state field, not a constant, so the JIT cannot specialize the loops for an
     * offset known at compile time (which it does not know in real codecs either).
     */
    private int at = HEADER;

    private static final int HEADER = 4;

    /** Block size of the sink and source benchmarks (a chain's realistic block). */
    static final int BLOCK = 64 * 1024;

    private static final BulkCodec SCALAR = BulkCodecs.scalar();
    private static final BulkCodec VECTOR =
            BulkCodecs.vector()
                    .orElseThrow(
                            () ->
                                    new IllegalStateException(
                                            "run with --add-modules jdk.incubator.vector"));

    private static final BinaryLists SCALAR_LISTS = BinaryLists.using(SCALAR);
    private static final BinaryLists VECTOR_LISTS = BinaryLists.using(VECTOR);

    private char type;
    private int count;
    private int bytes;

    private long[] longs;
    private int[] ints;
    private double[] doubles;
    private byte[] encoded;
    private byte[] source;
    private byte[] target;
    private BlockSink sink;
    private BlockSource blocks;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = list.split("-");
        type =
                switch (parts[0]) {
                    case "i64" -> '8';
                    case "i32" -> '4';
                    default -> 'd';
                };
        count = Integer.parseInt(parts[1]);
        bytes = count * (type == '4' ? 4 : 8);
        SplittableRandom random = new SplittableRandom(42);
        longs = new long[count];
        ints = new int[count];
        doubles = new double[count];
        for (int i = 0; i < count; i++) {
            longs[i] = random.nextLong();
            ints[i] = random.nextInt();
            doubles[i] = random.nextDouble() * 1e6;
        }
        encoded = new byte[HEADER + bytes];
        encode(SCALAR, encoded);
        source = encoded.clone();
        target = new byte[HEADER + bytes];
        sink = new BlockSink(BLOCK, bytes);
        blocks = new BlockSource(Arrays.copyOfRange(encoded, HEADER, HEADER + bytes), BLOCK);
    }

    private void encode(BulkCodec codec, byte[] dst) {
        switch (type) {
            case '8' -> codec.encodeLongs(longs, 0, dst, at, count);
            case '4' -> codec.encodeInts(ints, 0, dst, at, count);
            default -> codec.encodeDoubles(doubles, 0, dst, at, count);
        }
    }

    private void decode(BulkCodec codec, byte[] src) {
        switch (type) {
            case '8' -> codec.decodeLongs(src, at, longs, 0, count);
            case '4' -> codec.decodeInts(src, at, ints, 0, count);
            default -> codec.decodeDoubles(src, at, doubles, 0, count);
        }
    }

    private BlockSink write(BinaryLists lists) {
        BlockSink out = sink.reset();
        switch (type) {
            case '8' -> lists.writeLongs(out, longs, 0, count);
            case '4' -> lists.writeInts(out, ints, 0, count);
            default -> lists.writeDoubles(out, doubles, 0, count);
        }
        return out;
    }

    private void read(BinaryLists lists) {
        BlockSource in = blocks.reset();
        switch (type) {
            case '8' -> lists.readLongs(in, longs, 0, count);
            case '4' -> lists.readInts(in, ints, 0, count);
            default -> lists.readDoubles(in, doubles, 0, count);
        }
    }

    /** Encode the list into one {@code byte[]}, scalar {@code VarHandle} loop. */
    @Benchmark
    public byte[] encodeArrayScalar() {
        encode(SCALAR, target);
        return target;
    }

    /** Encode the list into one {@code byte[]}, Vector API. */
    @Benchmark
    public byte[] encodeArrayVector() {
        encode(VECTOR, target);
        return target;
    }

    /**
     * {@code System.arraycopy} of the encoded list's bytes, {@code byte[]} to {@code byte[]}: the
     * floor.
     */
    @Benchmark
    public byte[] arraycopy() {
        System.arraycopy(source, at, target, at, bytes);
        return target;
    }

    /** Decode the list from one {@code byte[]}, scalar {@code VarHandle} loop. */
    @Benchmark
    public Object decodeArrayScalar() {
        decode(SCALAR, encoded);
        return longs;
    }

    /** Decode the list from one {@code byte[]}, Vector API. */
    @Benchmark
    public Object decodeArrayVector() {
        decode(VECTOR, encoded);
        return longs;
    }

    /** Encode the list into a sink of 64 KiB blocks, scalar {@code VarHandle} loop. */
    @Benchmark
    public BlockSink encodeSinkScalar() {
        return write(SCALAR_LISTS);
    }

    /** Encode the list into a sink of 64 KiB blocks, Vector API. */
    @Benchmark
    public BlockSink encodeSinkVector() {
        return write(VECTOR_LISTS);
    }

    /**
     * {@code ByteSink.writeBytes} of the encoded list's bytes into a sink of 64 KiB blocks: the
     * floor.
     */
    @Benchmark
    public BlockSink arraycopySink() {
        BlockSink out = sink.reset();
        out.writeBytes(source, HEADER, bytes);
        return out;
    }

    /** Decode the list from a source of 64 KiB blocks, scalar {@code VarHandle} loop. */
    @Benchmark
    public Object decodeSourceScalar() {
        read(SCALAR_LISTS);
        return longs;
    }

    /** Decode the list from a source of 64 KiB blocks, Vector API. */
    @Benchmark
    public Object decodeSourceVector() {
        read(VECTOR_LISTS);
        return longs;
    }
}
