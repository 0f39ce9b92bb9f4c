package dev.zerothrift.runtime.bulk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The scalar {@link BulkCodec}: one big-endian {@code VarHandle} access per element (a load, a byte
 * swap and a store once compiled). The ranges are checked once before each loop, so C2 can drop the
 * per-element checks; what is left runs near memory speed for long arrays.
 */
final class ScalarBulkCodec extends BulkCodec {
    static final ScalarBulkCodec INSTANCE = new ScalarBulkCodec();

    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    private ScalarBulkCodec() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void encodeLongs(long[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Long.BYTES);
        for (int i = 0; i < count; i++) {
            LONG.set(dst, dstOff + (i << 3), src[srcOff + i]);
        }
    }

    @Override
    public void decodeLongs(byte[] src, int srcOff, long[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Long.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        for (int i = 0; i < count; i++) {
            dst[dstOff + i] = (long) LONG.get(src, srcOff + (i << 3));
        }
    }

    @Override
    public void encodeInts(int[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Integer.BYTES);
        for (int i = 0; i < count; i++) {
            INT.set(dst, dstOff + (i << 2), src[srcOff + i]);
        }
    }

    @Override
    public void decodeInts(byte[] src, int srcOff, int[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Integer.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        for (int i = 0; i < count; i++) {
            dst[dstOff + i] = (int) INT.get(src, srcOff + (i << 2));
        }
    }

    @Override
    public void encodeShorts(short[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Short.BYTES);
        for (int i = 0; i < count; i++) {
            SHORT.set(dst, dstOff + (i << 1), src[srcOff + i]);
        }
    }

    @Override
    public void decodeShorts(byte[] src, int srcOff, short[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Short.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        for (int i = 0; i < count; i++) {
            dst[dstOff + i] = (short) SHORT.get(src, srcOff + (i << 1));
        }
    }

    @Override
    public void encodeDoubles(double[] src, int srcOff, byte[] dst, int dstOff, int count) {
        Objects.checkFromIndexSize(srcOff, count, src.length);
        checkBytes(dst, dstOff, count, Double.BYTES);
        for (int i = 0; i < count; i++) {
            LONG.set(dst, dstOff + (i << 3), Double.doubleToLongBits(src[srcOff + i]));
        }
    }

    @Override
    public void decodeDoubles(byte[] src, int srcOff, double[] dst, int dstOff, int count) {
        checkBytes(src, srcOff, count, Double.BYTES);
        Objects.checkFromIndexSize(dstOff, count, dst.length);
        for (int i = 0; i < count; i++) {
            dst[dstOff + i] = Double.longBitsToDouble((long) LONG.get(src, srcOff + (i << 3)));
        }
    }

    /** Multiplied by a word's high bits, gathers them into its top byte (byte i: bit i). */
    private static final long GATHER_HIGH_BITS = 0x0002040810204081L;

    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    @Override
    public long continuationBits(byte[] src, int srcOff) {
        Objects.checkFromIndexSize(srcOff, CONTINUATION_BLOCK, src.length);
        long bits = 0;
        for (int k = 0; k < CONTINUATION_BLOCK; k += Long.BYTES) {
            long word = (long) LONG_LE.get(src, srcOff + k);
            bits |= ((word & 0x8080808080808080L) * GATHER_HIGH_BITS >>> 56) << k;
        }
        return bits;
    }
}
