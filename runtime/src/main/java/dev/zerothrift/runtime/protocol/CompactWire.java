package dev.zerothrift.runtime.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The compact protocol's encodings at absolute offsets of a {@code byte[]}, for code that reads or
 * writes in place (views, fast codecs), and its own type codes.
 *
 * <p>i16, i32 and i64 are zigzag varints (7 bits a byte, least significant first, high bit set on
 * every byte but the last; at most 5 bytes for 32 bits, 10 for 64); lengths, counts and the message
 * sequence id are varints without zigzag; a double is its IEEE bits little-endian; a uuid is 16
 * bytes most significant first, as libthrift 0.23 writes it.
 *
 * <p>The varint readers here never read at or past {@code limit} and never throw: they return a
 * negative code ({@link #TRUNCATED} or {@link #MALFORMED}) that the caller turns into an error.
 */
public final class CompactWire {
    /** First byte of a compact message header. */
    public static final byte PROTOCOL_ID = (byte) 0x82;

    /** Protocol version, in the low 5 bits of the second header byte. */
    public static final int VERSION = 1;

    public static final int VERSION_MASK = 0x1f;
    public static final int TYPE_SHIFT = 5;

    // Compact type codes (the low nibble of a field header or container header).
    public static final byte CT_STOP = 0;
    public static final byte CT_BOOLEAN_TRUE = 1;
    public static final byte CT_BOOLEAN_FALSE = 2;
    public static final byte CT_BYTE = 3;
    public static final byte CT_I16 = 4;
    public static final byte CT_I32 = 5;
    public static final byte CT_I64 = 6;
    public static final byte CT_DOUBLE = 7;
    public static final byte CT_BINARY = 8;
    public static final byte CT_LIST = 9;
    public static final byte CT_SET = 10;
    public static final byte CT_MAP = 11;
    public static final byte CT_STRUCT = 12;
    public static final byte CT_UUID = 13;

    /** What a varint reader returns when the bytes end before the varint does. */
    public static final long TRUNCATED = -1;

    /** What a varint reader returns when a varint runs longer than 5 (or 10) bytes. */
    public static final long MALFORMED = -2;

    /** The longest varint of 64 bits. */
    public static final int MAX_VARINT64_BYTES = 10;

    private static final long CONTINUATION_BITS = 0x8080808080808080L;

    private static final VarHandle I64_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final byte[] TO_COMPACT = new byte[17];
    private static final byte[] FROM_COMPACT = new byte[16];

    static {
        java.util.Arrays.fill(TO_COMPACT, (byte) -1);
        java.util.Arrays.fill(FROM_COMPACT, (byte) -1);
        map(WireType.STOP, CT_STOP);
        map(WireType.BOOL, CT_BOOLEAN_TRUE);
        map(WireType.BYTE, CT_BYTE);
        map(WireType.I16, CT_I16);
        map(WireType.I32, CT_I32);
        map(WireType.I64, CT_I64);
        map(WireType.DOUBLE, CT_DOUBLE);
        map(WireType.STRING, CT_BINARY);
        map(WireType.LIST, CT_LIST);
        map(WireType.SET, CT_SET);
        map(WireType.MAP, CT_MAP);
        map(WireType.STRUCT, CT_STRUCT);
        map(WireType.UUID, CT_UUID);
        FROM_COMPACT[CT_BOOLEAN_FALSE] = WireType.BOOL;
    }

    private static void map(byte wireType, byte compactType) {
        TO_COMPACT[wireType] = compactType;
        FROM_COMPACT[compactType] = wireType;
    }

    private CompactWire() {}

    /** The compact code of a wire type (bool: {@link #CT_BOOLEAN_TRUE}), or -1 if it has none. */
    public static byte toCompact(byte wireType) {
        return wireType >= 0 && wireType < TO_COMPACT.length ? TO_COMPACT[wireType] : -1;
    }

    /** The wire type of a compact code (its low nibble), or -1 for 14 and 15. */
    public static byte fromCompact(int compactType) {
        return FROM_COMPACT[compactType & 0x0f];
    }

    public static int zigzag(int value) {
        return (value << 1) ^ (value >> 31);
    }

    public static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    public static int unzigzag(int value) {
        return (value >>> 1) ^ -(value & 1);
    }

    public static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    /** Bytes of {@code value} as an unsigned varint: 1 to 5. */
    public static int varintSize(int value) {
        return (31 - Integer.numberOfLeadingZeros(value | 1)) / 7 + 1;
    }

    /** Bytes of {@code value} as an unsigned varint: 1 to 10. */
    public static int varintSize(long value) {
        return (63 - Long.numberOfLeadingZeros(value | 1)) / 7 + 1;
    }

    /** Encoded size of an i16 or i32: its zigzag varint. */
    public static int i32Size(int value) {
        return varintSize(zigzag(value));
    }

    /** Encoded size of an i64: its zigzag varint. */
    public static int i64Size(long value) {
        return varintSize(zigzag(value));
    }

    /** Encoded size of a string or binary of {@code length} bytes: varint length, then bytes. */
    public static int stringSize(int length) {
        return varintSize(length) + length;
    }

    /**
     * Writes {@code value} as an unsigned varint at {@code offset}; returns the offset after it.
     */
    public static int putVarint(byte[] buffer, int offset, int value) {
        while ((value & ~0x7f) != 0) {
            buffer[offset++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        buffer[offset++] = (byte) value;
        return offset;
    }

    /**
     * Writes {@code value} as an unsigned varint at {@code offset}; returns the offset after it.
     */
    public static int putVarint(byte[] buffer, int offset, long value) {
        while ((value & ~0x7fL) != 0) {
            buffer[offset++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        buffer[offset++] = (byte) value;
        return offset;
    }

    /**
     * Reads an unsigned 32-bit varint at {@code offset}, reading nothing at or past {@code limit}.
     * Returns the value in the low 32 bits and the count of bytes it took in the high 32 bits, or
     * {@link #TRUNCATED} / {@link #MALFORMED}. Bits above the 32nd in a fifth byte are dropped, as
     * libthrift drops them.
     */
    public static long getVarint32(byte[] buffer, int offset, int limit) {
        int result = 0;
        for (int i = 0; i < 5; i++) {
            if (offset + i >= limit) {
                return TRUNCATED;
            }
            byte b = buffer[offset + i];
            result |= (b & 0x7f) << (7 * i);
            if (b >= 0) {
                return ((long) (i + 1) << 32) | (result & 0xffffffffL);
            }
        }
        return MALFORMED;
    }

    /**
     * Count of bytes of the unsigned varint at {@code offset} (1 to 10), reading nothing at or past
     * {@code limit}, or {@link #TRUNCATED} / {@link #MALFORMED} (negative).
     */
    public static int varintLength(byte[] buffer, int offset, int limit) {
        for (int i = 0; i < 10; i++) {
            if (offset + i >= limit) {
                return (int) TRUNCATED;
            }
            if (buffer[offset + i] >= 0) {
                return i + 1;
            }
        }
        return (int) MALFORMED;
    }

    /**
     * The unsigned 64-bit varint at {@code offset}, whose length {@link #varintLength} has checked
     * (a view's index holds offsets of checked values). Reads at most 10 bytes; with ten bytes left
     * in the array, one word load and a {@link #packedGroups} of it.
     */
    public static long getVarint64(byte[] buffer, int offset) {
        if (buffer.length - offset >= MAX_VARINT64_BYTES) {
            long word = word(buffer, offset);
            int bits = endBits(word);
            if (bits != 0) {
                return packedGroups(word, bits);
            }
            return packedLongTail(word, buffer[offset + 8], buffer[offset + 9]);
        }
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = buffer[offset++];
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                break;
            }
        }
        return result;
    }

    /** The eight bytes at {@code offset} as a little-endian word: a varint's first byte lowest. */
    static long word(byte[] buffer, int offset) {
        return (long) I64_LE.get(buffer, offset);
    }

    /**
     * Bits of {@code word} (eight varint bytes, little-endian, the varint's first byte lowest) up
     * to and including the high bit of the varint's last byte: 8 times its length when it ends in
     * the word, else 0.
     */
    public static int endBits(long word) {
        long stops = ~word & CONTINUATION_BITS;
        return stops == 0 ? 0 : Long.numberOfTrailingZeros(stops) + 1;
    }

    /**
     * {@link #endBits} for a varint of 32 bits: its bits (8 to 40) when one of the word's five low
     * bytes ends it, else -1 (too long for an i32, an i16 or a length). Bits of a fifth byte past
     * the 32 of an int fall off in the caller's cast, as libthrift drops them.
     */
    public static int endBits32(long word) {
        long stops = ~word & 0x0000008080808080L;
        return stops == 0 ? -1 : Long.numberOfTrailingZeros(stops) + 1;
    }

    /**
     * The 7-bit groups of the varint in the low {@code bits} of {@code word} ({@link #endBits}, not
     * 0), packed ({@link SevenBitGroups#gather}).
     */
    public static long packedGroups(long word, int bits) {
        return SevenBitGroups.gather(word & -1L >>> (Long.SIZE - bits));
    }

    /**
     * A varint of nine or ten bytes: the eight of {@code word}, then {@code b8}, then {@code b9},
     * which counts only when {@code b8} continues, and only its low bit, as libthrift keeps it.
     */
    public static long packedLongTail(long word, long b8, long b9) {
        return SevenBitGroups.gather(word) | (b8 & 0x7f) << 56 | b9 << 63 & b8 >> 63;
    }

    /** The zigzag i64 at {@code offset} (a checked varint, as for {@link #getVarint64}). */
    public static long getI64(byte[] buffer, int offset) {
        return unzigzag(getVarint64(buffer, offset));
    }

    /** The zigzag i32 at {@code offset} (a checked varint, as for {@link #getVarint64}). */
    public static int getI32(byte[] buffer, int offset) {
        return unzigzag((int) getVarint64(buffer, offset));
    }

    public static double getDouble(byte[] buffer, int offset) {
        return Double.longBitsToDouble((long) I64_LE.get(buffer, offset));
    }

    public static void putDouble(byte[] buffer, int offset, double value) {
        I64_LE.set(buffer, offset, Double.doubleToLongBits(value));
    }

    /**
     * Bytes a value of {@code type} takes at least in the compact protocol; container counts are
     * checked against it. Returns -1 for a code that is not a value type.
     */
    public static int minSize(byte type) {
        return switch (type) {
            case WireType.BOOL,
                    WireType.BYTE,
                    WireType.I16,
                    WireType.I32,
                    WireType.I64,
                    WireType.STRING,
                    WireType.STRUCT,
                    WireType.LIST,
                    WireType.SET,
                    WireType.MAP ->
                    1;
            case WireType.DOUBLE -> 8;
            case WireType.UUID -> 16;
            default -> -1;
        };
    }
}
