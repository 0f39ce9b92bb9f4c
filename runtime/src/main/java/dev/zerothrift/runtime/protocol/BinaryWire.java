package dev.zerothrift.runtime.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The binary protocol's encodings at absolute offsets of a {@code byte[]}, for code that reads or
 * writes in place (views, fast codecs). Every value is big-endian; a double is its IEEE bits as an
 * i64, a uuid its 16 bytes most significant first, a bool one byte (1 or 0). These methods check
 * bounds as any array access does (an {@code IndexOutOfBoundsException}); decoders check lengths
 * before calling them.
 */
public final class BinaryWire {
    /** Version word of a strict message header, or'ed with the message type. */
    public static final int VERSION_1 = 0x80010000;

    /** Mask of the version bits of a strict message header. */
    public static final int VERSION_MASK = 0xffff0000;

    static final VarHandle I16 =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle I32 =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle I64 =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private BinaryWire() {}

    public static short getI16(byte[] buffer, int offset) {
        return (short) I16.get(buffer, offset);
    }

    public static int getI32(byte[] buffer, int offset) {
        return (int) I32.get(buffer, offset);
    }

    public static long getI64(byte[] buffer, int offset) {
        return (long) I64.get(buffer, offset);
    }

    public static double getDouble(byte[] buffer, int offset) {
        return Double.longBitsToDouble((long) I64.get(buffer, offset));
    }

    public static boolean getBool(byte[] buffer, int offset) {
        return buffer[offset] == 1;
    }

    public static void putI16(byte[] buffer, int offset, short value) {
        I16.set(buffer, offset, value);
    }

    public static void putI32(byte[] buffer, int offset, int value) {
        I32.set(buffer, offset, value);
    }

    public static void putI64(byte[] buffer, int offset, long value) {
        I64.set(buffer, offset, value);
    }

    /** Writes {@code value}'s bits as {@link Double#doubleToLongBits} gives them (one NaN). */
    public static void putDouble(byte[] buffer, int offset, double value) {
        I64.set(buffer, offset, Double.doubleToLongBits(value));
    }

    /** Writes a uuid: 8 bytes of {@code msb}, then 8 of {@code lsb}. */
    public static void putUuid(byte[] buffer, int offset, long msb, long lsb) {
        I64.set(buffer, offset, msb);
        I64.set(buffer, offset + 8, lsb);
    }

    /**
     * Bytes a value of {@code type} takes at least: the fixed size of a number, a length prefix, a
     * stop byte, a container header. Container counts are checked against it before allocation.
     * Returns -1 for a code that is not a value type.
     */
    public static int minSize(byte type) {
        return switch (type) {
            case WireType.BOOL, WireType.BYTE, WireType.STRUCT -> 1;
            case WireType.I16 -> 2;
            case WireType.I32, WireType.STRING -> 4;
            case WireType.I64, WireType.DOUBLE -> 8;
            case WireType.LIST, WireType.SET -> 5;
            case WireType.MAP -> 6;
            case WireType.UUID -> 16;
            default -> -1;
        };
    }

    /** Encoded size of a string or binary of {@code length} bytes: 4-byte length, then bytes. */
    public static int stringSize(int length) {
        return 4 + length;
    }
}
