package dev.zerothrift.runtime.bulk;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The Vector API {@link BulkCodec}: whole vectors of the preferred shape are loaded from the source
 * array, byte-swapped lane by lane ({@link VectorOperators#REVERSE_BYTES}, one shuffle instruction)
 * and stored into the target array as they are; the last {@code < lanes} elements go through the
 * scalar loop. Loads and stores are of arrays, never of a {@code MemorySegment} with a byte order
 * (that form was measured 10x slower than the scalar loop).
 *
 * <p>Only loaded (reflectively, by {@link BulkCodecs}) when the {@code jdk.incubator.vector} module
 * is in the boot layer; it is the one class of the runtime compiled with that module.
 */
final class VectorBulkCodec extends BulkCodec {
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;

    private static final long CANONICAL_NAN = Double.doubleToLongBits(Double.NaN);

    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    /** Called reflectively by {@link BulkCodecs}. */
    VectorBulkCodec() {}

    @Override
    public String name() {
        return "vector";
    }

    /** The vector shape in use, e.g. {@code "S_512_BIT"}, for reports. */
    @Override
    public String toString() {
        return "vector " + BYTES.vectorShape();
    }

    @Override
    public void encodeLongs(long[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Long.BYTES);
        int i = 0;
        for (int upper = LONGS.loopBound(count); i < upper; i += LONGS.length()) {
            LongVector.fromArray(LONGS, src, srcOff + i)
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .reinterpretAsBytes()
                    .intoArray(dst, dstOff + (i << 3));
        }
        for (; i < count; i++) {
            LONG.set(dst, dstOff + (i << 3), src[srcOff + i]);
        }
    }

    @Override
    public void decodeLongs(byte[] src, int srcOff, long[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Long.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        int i = 0;
        for (int upper = LONGS.loopBound(count); i < upper; i += LONGS.length()) {
            ByteVector.fromArray(BYTES, src, srcOff + (i << 3))
                    .reinterpretAsLongs()
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .intoArray(dst, dstOff + i);
        }
        for (; i < count; i++) {
            dst[dstOff + i] = (long) LONG.get(src, srcOff + (i << 3));
        }
    }

    @Override
    public void encodeInts(int[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Integer.BYTES);
        int i = 0;
        for (int upper = INTS.loopBound(count); i < upper; i += INTS.length()) {
            IntVector.fromArray(INTS, src, srcOff + i)
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .reinterpretAsBytes()
                    .intoArray(dst, dstOff + (i << 2));
        }
        for (; i < count; i++) {
            INT.set(dst, dstOff + (i << 2), src[srcOff + i]);
        }
    }

    @Override
    public void decodeInts(byte[] src, int srcOff, int[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Integer.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        int i = 0;
        for (int upper = INTS.loopBound(count); i < upper; i += INTS.length()) {
            ByteVector.fromArray(BYTES, src, srcOff + (i << 2))
                    .reinterpretAsInts()
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .intoArray(dst, dstOff + i);
        }
        for (; i < count; i++) {
            dst[dstOff + i] = (int) INT.get(src, srcOff + (i << 2));
        }
    }

    @Override
    public void encodeShorts(short[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Short.BYTES);
        int i = 0;
        for (int upper = SHORTS.loopBound(count); i < upper; i += SHORTS.length()) {
            ShortVector.fromArray(SHORTS, src, srcOff + i)
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .reinterpretAsBytes()
                    .intoArray(dst, dstOff + (i << 1));
        }
        for (; i < count; i++) {
            SHORT.set(dst, dstOff + (i << 1), src[srcOff + i]);
        }
    }

    @Override
    public void decodeShorts(byte[] src, int srcOff, short[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Short.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        int i = 0;
        for (int upper = SHORTS.loopBound(count); i < upper; i += SHORTS.length()) {
            ByteVector.fromArray(BYTES, src, srcOff + (i << 1))
                    .reinterpretAsShorts()
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .intoArray(dst, dstOff + i);
        }
        for (; i < count; i++) {
            dst[dstOff + i] = (short) SHORT.get(src, srcOff + (i << 1));
        }
    }

    @Override
    public void encodeDoubles(double[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Double.BYTES);
        int i = 0;
        for (int upper = DOUBLES.loopBound(count); i < upper; i += DOUBLES.length()) {
            DoubleVector values = DoubleVector.fromArray(DOUBLES, src, srcOff + i);
            VectorMask<Long> nan = values.test(VectorOperators.IS_NAN).cast(LONGS);
            values.reinterpretAsLongs()
                    .blend(CANONICAL_NAN, nan)
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .reinterpretAsBytes()
                    .intoArray(dst, dstOff + (i << 3));
        }
        for (; i < count; i++) {
            LONG.set(dst, dstOff + (i << 3), Double.doubleToLongBits(src[srcOff + i]));
        }
    }

    @Override
    public void decodeDoubles(byte[] src, int srcOff, double[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Double.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        int i = 0;
        for (int upper = DOUBLES.loopBound(count); i < upper; i += DOUBLES.length()) {
            ByteVector.fromArray(BYTES, src, srcOff + (i << 3))
                    .reinterpretAsLongs()
                    .lanewise(VectorOperators.REVERSE_BYTES)
                    .reinterpretAsDoubles()
                    .intoArray(dst, dstOff + i);
        }
        for (; i < count; i++) {
            dst[dstOff + i] = Double.longBitsToDouble((long) LONG.get(src, srcOff + (i << 3)));
        }
    }

    @Override
    public long continuationBits(byte[] src, int srcOff) {
        Objects.checkFromIndexSize(srcOff, CONTINUATION_BLOCK, src.length);
        long bits = 0;
        for (int k = 0; k < CONTINUATION_BLOCK; k += BYTES.length()) {
            bits |= ByteVector.fromArray(BYTES, src, srcOff + k).lt((byte) 0).toLong() << k;
        }
        return bits;
    }
}
