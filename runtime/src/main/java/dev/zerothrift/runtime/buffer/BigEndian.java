package dev.zerothrift.runtime.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Big-endian (network order, as Thrift writes) access to {@code byte[]} through {@link
 * MethodHandles#byteArrayViewVarHandle}: one bounds-checked, unaligned machine load or store per
 * value.
 */
public final class BigEndian {
    static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private BigEndian() {}

    /** The two bytes at {@code index} as a big-endian {@code short}. */
    public static short getShort(byte[] array, int index) {
        return (short) SHORT.get(array, index);
    }

    /** The four bytes at {@code index} as a big-endian {@code int}. */
    public static int getInt(byte[] array, int index) {
        return (int) INT.get(array, index);
    }

    /** The eight bytes at {@code index} as a big-endian {@code long}. */
    public static long getLong(byte[] array, int index) {
        return (long) LONG.get(array, index);
    }

    /** Writes {@code value} big-endian into the two bytes at {@code index}. */
    public static void putShort(byte[] array, int index, short value) {
        SHORT.set(array, index, value);
    }

    /** Writes {@code value} big-endian into the four bytes at {@code index}. */
    public static void putInt(byte[] array, int index, int value) {
        INT.set(array, index, value);
    }

    /** Writes {@code value} big-endian into the eight bytes at {@code index}. */
    public static void putLong(byte[] array, int index, long value) {
        LONG.set(array, index, value);
    }
}
