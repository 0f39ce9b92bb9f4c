package dev.zerothrift.runtime.bulk;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;

import java.util.Objects;

/**
 * The elements of binary-protocol lists and sets of {@code i64}, {@code i32}, {@code i16} and
 * {@code double}, written to a {@link ByteSink} and read from a {@link ByteSource} in bulk. Only
 * the elements: the list header (element type and count) is the protocol writer's.
 *
 * <p>Windows end at block boundaries, so a list is converted one window at a time: {@code
 * ensure(elementSize)}, then as many whole elements as the window holds, then {@code advance}. An
 * element is never split across windows: when fewer bytes than one element are free, the sink moves
 * to its next block; on the reading side {@code require(elementSize)} makes a straddling element
 * contiguous.
 *
 * <p>The read methods check the count against the bytes left in the message before they allocate or
 * read anything: a negative count is {@code NEGATIVE_SIZE}, one that cannot fit is {@code
 * SIZE_LIMIT}. Ranges of the caller's arrays outside the arrays are {@link
 * IndexOutOfBoundsException}s.
 */
public final class BinaryLists {
    private static final BinaryLists SELECTED = new BinaryLists(BulkCodecs.selected());

    private final BulkCodec codec;

    private BinaryLists(BulkCodec codec) {
        this.codec = codec;
    }

    /** Lists through {@link BulkCodecs#selected()}. */
    public static BinaryLists get() {
        return SELECTED;
    }

    /** Lists through the given implementation (tests and benchmarks compare them). */
    public static BinaryLists using(BulkCodec codec) {
        return codec == SELECTED.codec ? SELECTED : new BinaryLists(Objects.requireNonNull(codec));
    }

    /**
     * Lists shorter than this go through the scalar loop whatever the implementation: a few
     * elements are done before a vector loop has paid for its setup. Measured (2026-12-01, loaded
     * 2-core machine, so only roughly): alone, {@code BulkListBench} finds the two even on 16
     * {@code i64} and 8 {@code i32} (15 to 33 ns either way, within the noise); inlined in a
     * struct's write method, a JFR profile of {@code CodecBench.encode} on request-1k (16 ids, 8
     * shards) put 25% of the samples in the vector store, and under 1% in the list writes once
     * short lists took it.
     */
    static final int SCALAR_BELOW = 32;

    private BulkCodec codecFor(int count) {
        return count < SCALAR_BELOW ? ScalarBulkCodec.INSTANCE : codec;
    }

    /** The implementation in use. */
    public BulkCodec codec() {
        return codec;
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}. */
    public void writeLongs(ByteSink sink, long[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            sink.ensure(Long.BYTES);
            int n = Math.min(count, (sink.limit() - sink.position()) >>> 3);
            bulk.encodeLongs(values, offset, sink.buffer(), sink.position(), n);
            sink.advance(n << 3);
            offset += n;
            count -= n;
        }
    }

    /** Reads a list body of {@code count} elements (the count from the list header). */
    public long[] readLongs(ByteSource source, int count) {
        ListSizes.check(source, count, Long.BYTES, "i64");
        long[] values = new long[count];
        decodeLongs(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} elements into {@code values} from {@code offset}. */
    public void readLongs(ByteSource source, long[] values, int offset, int count) {
        ListSizes.check(source, count, Long.BYTES, "i64");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeLongs(source, values, offset, count);
    }

    private void decodeLongs(ByteSource source, long[] values, int offset, int count) {
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            source.require(Long.BYTES);
            int n = Math.min(count, (source.limit() - source.position()) >>> 3);
            bulk.decodeLongs(source.buffer(), source.position(), values, offset, n);
            source.skip(n << 3);
            offset += n;
            count -= n;
        }
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}. */
    public void writeInts(ByteSink sink, int[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            sink.ensure(Integer.BYTES);
            int n = Math.min(count, (sink.limit() - sink.position()) >>> 2);
            bulk.encodeInts(values, offset, sink.buffer(), sink.position(), n);
            sink.advance(n << 2);
            offset += n;
            count -= n;
        }
    }

    /** Reads a list body of {@code count} elements (the count from the list header). */
    public int[] readInts(ByteSource source, int count) {
        ListSizes.check(source, count, Integer.BYTES, "i32");
        int[] values = new int[count];
        decodeInts(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} elements into {@code values} from {@code offset}. */
    public void readInts(ByteSource source, int[] values, int offset, int count) {
        ListSizes.check(source, count, Integer.BYTES, "i32");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeInts(source, values, offset, count);
    }

    private void decodeInts(ByteSource source, int[] values, int offset, int count) {
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            source.require(Integer.BYTES);
            int n = Math.min(count, (source.limit() - source.position()) >>> 2);
            bulk.decodeInts(source.buffer(), source.position(), values, offset, n);
            source.skip(n << 2);
            offset += n;
            count -= n;
        }
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}. */
    public void writeShorts(ByteSink sink, short[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            sink.ensure(Short.BYTES);
            int n = Math.min(count, (sink.limit() - sink.position()) >>> 1);
            bulk.encodeShorts(values, offset, sink.buffer(), sink.position(), n);
            sink.advance(n << 1);
            offset += n;
            count -= n;
        }
    }

    /** Reads a list body of {@code count} elements (the count from the list header). */
    public short[] readShorts(ByteSource source, int count) {
        ListSizes.check(source, count, Short.BYTES, "i16");
        short[] values = new short[count];
        decodeShorts(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} elements into {@code values} from {@code offset}. */
    public void readShorts(ByteSource source, short[] values, int offset, int count) {
        ListSizes.check(source, count, Short.BYTES, "i16");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeShorts(source, values, offset, count);
    }

    private void decodeShorts(ByteSource source, short[] values, int offset, int count) {
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            source.require(Short.BYTES);
            int n = Math.min(count, (source.limit() - source.position()) >>> 1);
            bulk.decodeShorts(source.buffer(), source.position(), values, offset, n);
            source.skip(n << 1);
            offset += n;
            count -= n;
        }
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}, NaNs canonical. */
    public void writeDoubles(ByteSink sink, double[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            sink.ensure(Double.BYTES);
            int n = Math.min(count, (sink.limit() - sink.position()) >>> 3);
            bulk.encodeDoubles(values, offset, sink.buffer(), sink.position(), n);
            sink.advance(n << 3);
            offset += n;
            count -= n;
        }
    }

    /** Reads a list body of {@code count} elements (the count from the list header). */
    public double[] readDoubles(ByteSource source, int count) {
        ListSizes.check(source, count, Double.BYTES, "double");
        double[] values = new double[count];
        decodeDoubles(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} elements into {@code values} from {@code offset}. */
    public void readDoubles(ByteSource source, double[] values, int offset, int count) {
        ListSizes.check(source, count, Double.BYTES, "double");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeDoubles(source, values, offset, count);
    }

    private void decodeDoubles(ByteSource source, double[] values, int offset, int count) {
        BulkCodec bulk = codecFor(count);
        while (count > 0) {
            source.require(Double.BYTES);
            int n = Math.min(count, (source.limit() - source.position()) >>> 3);
            bulk.decodeDoubles(source.buffer(), source.position(), values, offset, n);
            source.skip(n << 3);
            offset += n;
            count -= n;
        }
    }
}
