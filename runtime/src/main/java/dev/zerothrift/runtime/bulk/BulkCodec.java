package dev.zerothrift.runtime.bulk;

import java.util.Objects;

/**
 * Converts arrays of {@code i64}, {@code i32}, {@code i16} and {@code double} to and from the
 * element encoding of the binary protocol: big-endian, 8, 4, 2 and 8 bytes per element, doubles as
 * {@link Double#doubleToLongBits} (every NaN written as {@code 0x7ff8000000000000}, as libthrift
 * writes it; decoding keeps the bits as they are, as libthrift does).
 *
 * <p>These are array operations in the manner of {@link System#arraycopy}: parameters are {@code
 * (source, sourceOffset, target, targetOffset, count)}, with offsets and count in elements for
 * primitive arrays and in bytes for {@code byte[]}, and a range outside an array is an {@link
 * IndexOutOfBoundsException} thrown before anything is written. Decoding a message, where a short
 * input is the sender's fault and not the caller's, goes through {@link BinaryLists}, which checks
 * counts against the bytes left and reports a {@code ProtocolException}.
 *
 * <p>Two implementations: a scalar loop through big-endian {@code VarHandle}s, and one on the
 * Vector API. {@link BulkCodecs} chooses one for the machine; both give identical bytes.
 */
public abstract class BulkCodec {
    BulkCodec() {}

    /** A short name for reports and benchmarks: {@code "scalar"} or {@code "vector"}. */
    public abstract String name();

    /**
     * Writes {@code count} longs from {@code src[srcOff]} as {@code 8 * count} bytes at {@code
     * dst[dstOff]}.
     */
    public abstract void encodeLongs(long[] src, int srcOff, byte[] dst, int dstOff, int count);

    /** Reads {@code count} longs from the {@code 8 * count} bytes at {@code src[srcOff]}. */
    public abstract void decodeLongs(byte[] src, int srcOff, long[] dst, int dstOff, int count);

    /**
     * Writes {@code count} ints from {@code src[srcOff]} as {@code 4 * count} bytes at {@code
     * dst[dstOff]}.
     */
    public abstract void encodeInts(int[] src, int srcOff, byte[] dst, int dstOff, int count);

    /** Reads {@code count} ints from the {@code 4 * count} bytes at {@code src[srcOff]}. */
    public abstract void decodeInts(byte[] src, int srcOff, int[] dst, int dstOff, int count);

    /**
     * Writes {@code count} shorts from {@code src[srcOff]} as {@code 2 * count} bytes at {@code
     * dst[dstOff]}.
     */
    public abstract void encodeShorts(short[] src, int srcOff, byte[] dst, int dstOff, int count);

    /** Reads {@code count} shorts from the {@code 2 * count} bytes at {@code src[srcOff]}. */
    public abstract void decodeShorts(byte[] src, int srcOff, short[] dst, int dstOff, int count);

    /**
     * Writes {@code count} doubles from {@code src[srcOff]} as {@code 8 * count} bytes at {@code
     * dst[dstOff]}, NaNs canonical.
     */
    public abstract void encodeDoubles(double[] src, int srcOff, byte[] dst, int dstOff, int count);

    /**
     * Reads {@code count} doubles from the {@code 8 * count} bytes at {@code src[srcOff]}, bits
     * kept.
     */
    public abstract void decodeDoubles(byte[] src, int srcOff, double[] dst, int dstOff, int count);

    /** Bytes {@link #continuationBits} looks at: one bit each in a long. */
    public static final int CONTINUATION_BLOCK = Long.SIZE;

    /**
     * The high bits of the 64 bytes at {@code src[srcOff]}, as bit {@code i} for byte {@code srcOff
     * + i}: in a run of compact-protocol varints, the bytes that continue their varint (the clear
     * bits are where varints end). For the compact protocol's view index, which counts and checks
     * the varints of a list this way.
     */
    public abstract long continuationBits(byte[] src, int srcOff);

    /**
     * Checks that {@code count} elements of {@code size} bytes fit in {@code bytes} from {@code
     * offset} (in long arithmetic: {@code count * size} may exceed an int).
     */
    static void checkBytes(byte[] bytes, int offset, int count, int size) {
        Objects.checkFromIndexSize((long) offset, (long) count * size, (long) bytes.length);
    }
}
