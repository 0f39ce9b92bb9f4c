package dev.zerothrift.runtime.bulk;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * One element type of a list ({@code i64}, {@code i32}, {@code i16}, {@code double}), with random
 * arrays of it and a plain per-element reference of its binary-protocol encoding, so that one
 * property covers all four.
 *
 * @param <A> the primitive array type
 */
abstract class Elements<A> {
    static final Elements<long[]> I64 = new I64();
    static final Elements<int[]> I32 = new I32();
    static final Elements<short[]> I16 = new I16();
    static final Elements<double[]> DOUBLE = new DoubleElements();

    final String name;
    final int size;

    private Elements(String name, int size) {
        this.name = name;
        this.size = size;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Random values, biased towards small values and edge cases. */
    abstract A random(SplittableRandom random, int length);

    /** The raw bits of every element, for comparison. */
    abstract long[] bits(A values);

    /** The reference: big-endian, one element at a time, through {@link ByteBuffer}. */
    abstract byte[] reference(A values, int offset, int count);

    /** The reference decoder. */
    abstract A referenceDecode(byte[] bytes, int offset, int count);

    abstract A newArray(int length);

    abstract void encode(BulkCodec codec, A src, int srcOff, byte[] dst, int dstOff, int count);

    abstract void decode(BulkCodec codec, byte[] src, int srcOff, A dst, int dstOff, int count);

    abstract void write(BinaryLists lists, ByteSink sink, A values, int offset, int count);

    abstract A read(BinaryLists lists, ByteSource source, int count);

    abstract void read(BinaryLists lists, ByteSource source, A values, int offset, int count);

    /** What a round trip through the wire gives back: the values, NaNs canonical. */
    long[] wireBits(A values) {
        return bits(values);
    }

    static long randomLong(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextLong(-300, 300);
            case 1 -> 1L << random.nextInt(64);
            case 2 -> -(1L << random.nextInt(64));
            case 3 ->
                    switch (random.nextInt(4)) {
                        case 0 -> Long.MIN_VALUE;
                        case 1 -> Long.MAX_VALUE;
                        case 2 -> -1;
                        default -> 0;
                    };
            case 4 -> random.nextLong() >> random.nextInt(64);
            default -> random.nextLong();
        };
    }

    private static final class I64 extends Elements<long[]> {
        I64() {
            super("i64", 8);
        }

        @Override
        long[] random(SplittableRandom random, int length) {
            long[] values = new long[length];
            for (int i = 0; i < length; i++) {
                values[i] = randomLong(random);
            }
            return values;
        }

        @Override
        long[] bits(long[] values) {
            return values.clone();
        }

        @Override
        byte[] reference(long[] values, int offset, int count) {
            ByteBuffer out = ByteBuffer.allocate(count * size);
            for (int i = 0; i < count; i++) {
                out.putLong(values[offset + i]);
            }
            return out.array();
        }

        @Override
        long[] referenceDecode(byte[] bytes, int offset, int count) {
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, count * size);
            long[] values = new long[count];
            for (int i = 0; i < count; i++) {
                values[i] = in.getLong();
            }
            return values;
        }

        @Override
        long[] newArray(int length) {
            return new long[length];
        }

        @Override
        void encode(BulkCodec codec, long[] src, int srcOff, byte[] dst, int dstOff, int count) {
            codec.encodeLongs(src, srcOff, dst, dstOff, count);
        }

        @Override
        void decode(BulkCodec codec, byte[] src, int srcOff, long[] dst, int dstOff, int count) {
            codec.decodeLongs(src, srcOff, dst, dstOff, count);
        }

        @Override
        void write(BinaryLists lists, ByteSink sink, long[] values, int offset, int count) {
            lists.writeLongs(sink, values, offset, count);
        }

        @Override
        long[] read(BinaryLists lists, ByteSource source, int count) {
            return lists.readLongs(source, count);
        }

        @Override
        void read(BinaryLists lists, ByteSource source, long[] values, int offset, int count) {
            lists.readLongs(source, values, offset, count);
        }
    }

    private static final class I32 extends Elements<int[]> {
        I32() {
            super("i32", 4);
        }

        @Override
        int[] random(SplittableRandom random, int length) {
            int[] values = new int[length];
            for (int i = 0; i < length; i++) {
                values[i] = (int) randomLong(random);
            }
            return values;
        }

        @Override
        long[] bits(int[] values) {
            long[] bits = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                bits[i] = values[i];
            }
            return bits;
        }

        @Override
        byte[] reference(int[] values, int offset, int count) {
            ByteBuffer out = ByteBuffer.allocate(count * size);
            for (int i = 0; i < count; i++) {
                out.putInt(values[offset + i]);
            }
            return out.array();
        }

        @Override
        int[] referenceDecode(byte[] bytes, int offset, int count) {
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, count * size);
            int[] values = new int[count];
            for (int i = 0; i < count; i++) {
                values[i] = in.getInt();
            }
            return values;
        }

        @Override
        int[] newArray(int length) {
            return new int[length];
        }

        @Override
        void encode(BulkCodec codec, int[] src, int srcOff, byte[] dst, int dstOff, int count) {
            codec.encodeInts(src, srcOff, dst, dstOff, count);
        }

        @Override
        void decode(BulkCodec codec, byte[] src, int srcOff, int[] dst, int dstOff, int count) {
            codec.decodeInts(src, srcOff, dst, dstOff, count);
        }

        @Override
        void write(BinaryLists lists, ByteSink sink, int[] values, int offset, int count) {
            lists.writeInts(sink, values, offset, count);
        }

        @Override
        int[] read(BinaryLists lists, ByteSource source, int count) {
            return lists.readInts(source, count);
        }

        @Override
        void read(BinaryLists lists, ByteSource source, int[] values, int offset, int count) {
            lists.readInts(source, values, offset, count);
        }
    }

    private static final class I16 extends Elements<short[]> {
        I16() {
            super("i16", 2);
        }

        @Override
        short[] random(SplittableRandom random, int length) {
            short[] values = new short[length];
            for (int i = 0; i < length; i++) {
                values[i] = (short) randomLong(random);
            }
            return values;
        }

        @Override
        long[] bits(short[] values) {
            long[] bits = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                bits[i] = values[i];
            }
            return bits;
        }

        @Override
        byte[] reference(short[] values, int offset, int count) {
            ByteBuffer out = ByteBuffer.allocate(count * size);
            for (int i = 0; i < count; i++) {
                out.putShort(values[offset + i]);
            }
            return out.array();
        }

        @Override
        short[] referenceDecode(byte[] bytes, int offset, int count) {
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, count * size);
            short[] values = new short[count];
            for (int i = 0; i < count; i++) {
                values[i] = in.getShort();
            }
            return values;
        }

        @Override
        short[] newArray(int length) {
            return new short[length];
        }

        @Override
        void encode(BulkCodec codec, short[] src, int srcOff, byte[] dst, int dstOff, int count) {
            codec.encodeShorts(src, srcOff, dst, dstOff, count);
        }

        @Override
        void decode(BulkCodec codec, byte[] src, int srcOff, short[] dst, int dstOff, int count) {
            codec.decodeShorts(src, srcOff, dst, dstOff, count);
        }

        @Override
        void write(BinaryLists lists, ByteSink sink, short[] values, int offset, int count) {
            lists.writeShorts(sink, values, offset, count);
        }

        @Override
        short[] read(BinaryLists lists, ByteSource source, int count) {
            return lists.readShorts(source, count);
        }

        @Override
        void read(BinaryLists lists, ByteSource source, short[] values, int offset, int count) {
            lists.readShorts(source, values, offset, count);
        }
    }

    private static final class DoubleElements extends Elements<double[]> {
        DoubleElements() {
            super("double", 8);
        }

        /** Ordinary doubles, infinities, zeros, and NaNs with many payloads (some signalling). */
        @Override
        double[] random(SplittableRandom random, int length) {
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                values[i] =
                        switch (random.nextInt(6)) {
                            case 0 ->
                                    Double.longBitsToDouble(
                                            0x7ff0000000000000L
                                                    | (random.nextLong() & 0x800fffffffffffffL)
                                                    | 1);
                            case 1 -> Double.NaN;
                            case 2 ->
                                    switch (random.nextInt(4)) {
                                        case 0 -> Double.POSITIVE_INFINITY;
                                        case 1 -> Double.NEGATIVE_INFINITY;
                                        case 2 -> -0.0;
                                        default -> Double.MIN_VALUE;
                                    };
                            case 3 -> random.nextDouble() * 1e6;
                            default -> Double.longBitsToDouble(random.nextLong());
                        };
            }
            return values;
        }

        @Override
        long[] bits(double[] values) {
            long[] bits = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                bits[i] = Double.doubleToRawLongBits(values[i]);
            }
            return bits;
        }

        @Override
        long[] wireBits(double[] values) {
            long[] bits = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                bits[i] = Double.doubleToLongBits(values[i]);
            }
            return bits;
        }

        @Override
        byte[] reference(double[] values, int offset, int count) {
            ByteBuffer out = ByteBuffer.allocate(count * size);
            for (int i = 0; i < count; i++) {
                out.putLong(Double.doubleToLongBits(values[offset + i]));
            }
            return out.array();
        }

        @Override
        double[] referenceDecode(byte[] bytes, int offset, int count) {
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, count * size);
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = Double.longBitsToDouble(in.getLong());
            }
            return values;
        }

        @Override
        double[] newArray(int length) {
            return new double[length];
        }

        @Override
        void encode(BulkCodec codec, double[] src, int srcOff, byte[] dst, int dstOff, int count) {
            codec.encodeDoubles(src, srcOff, dst, dstOff, count);
        }

        @Override
        void decode(BulkCodec codec, byte[] src, int srcOff, double[] dst, int dstOff, int count) {
            codec.decodeDoubles(src, srcOff, dst, dstOff, count);
        }

        @Override
        void write(BinaryLists lists, ByteSink sink, double[] values, int offset, int count) {
            lists.writeDoubles(sink, values, offset, count);
        }

        @Override
        double[] read(BinaryLists lists, ByteSource source, int count) {
            return lists.readDoubles(source, count);
        }

        @Override
        void read(BinaryLists lists, ByteSource source, double[] values, int offset, int count) {
            lists.readDoubles(source, values, offset, count);
        }
    }
}
