package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.bulk.CompactLists;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.SevenBitGroups;
import dev.zerothrift.runtime.protocol.Utf8;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * Values of the compact protocol at an absolute offset of an array, for the generated {@code
 * encodeCompact} methods: as {@link BinaryValues}, each returns the offset after what it wrote and
 * leaves the checks to the JVM's (the room is the length computed first). The bytes are those of
 * {@code CompactWriter}, call for call; types are compact codes ({@code CompactWire.CT_*}), and the
 * id of the field written before is the caller's (generated code keeps it in a local, a constant
 * wherever the fields before are always written).
 */
public final class CompactValues {
    private CompactValues() {}

    /**
     * A field header after a field of id {@code last} (0 first in a struct): the id's distance in
     * the high nibble when it is 1 to 15 above {@code last}, else the type byte and the id as a
     * zigzag varint.
     */
    public static int putFieldHeader(byte[] b, int p, int last, int id, byte compactType) {
        short shortId = (short) id;
        if (shortId > last && shortId - last <= 15) {
            b[p] = (byte) ((shortId - last) << 4 | compactType);
            return p + 1;
        }
        b[p] = compactType;
        return CompactWire.putVarint(b, p + 1, CompactWire.zigzag((int) shortId));
    }

    /** A whole bool field: its value is the header's type (1 true, 2 false). */
    public static int putBoolField(byte[] b, int p, int last, int id, boolean value) {
        return putFieldHeader(
                b, p, last, id, value ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE);
    }

    /** A list or set header: count and type in one byte up to 14 elements, else a varint after. */
    public static int putListHeader(byte[] b, int p, byte compactType, int count) {
        if (count <= 14) {
            b[p] = (byte) (count << 4 | compactType);
            return p + 1;
        }
        b[p] = (byte) (0xf0 | compactType);
        return CompactWire.putVarint(b, p + 1, count);
    }

    /** A map header: one 0 byte when empty, else the count as a varint and the types byte. */
    public static int putMapHeader(byte[] b, int p, byte keyType, byte valueType, int count) {
        if (count == 0) {
            b[p] = 0;
            return p + 1;
        }
        p = CompactWire.putVarint(b, p, count);
        b[p] = (byte) (keyType << 4 | valueType);
        return p + 1;
    }

    /** A bool inside a container: one byte 1 (true) or 2 (false). */
    public static int putBool(byte[] b, int p, boolean value) {
        b[p] = value ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE;
        return p + 1;
    }

    public static int putByte(byte[] b, int p, byte value) {
        b[p] = value;
        return p + 1;
    }

    /** An i16: the zigzag varint of its 32-bit value. */
    public static int putI16(byte[] b, int p, short value) {
        return putI32(b, p, value);
    }

    public static int putI32(byte[] b, int p, int value) {
        int zz = CompactWire.zigzag(value);
        if ((zz & ~0x7f) == 0) {
            b[p] = (byte) zz;
            return p + 1;
        }
        if ((zz & ~0x3fff) == 0) {
            b[p] = (byte) (zz | 0x80);
            b[p + 1] = (byte) (zz >>> 7);
            return p + 2;
        }
        if (b.length - p < Long.BYTES) {
            return CompactWire.putVarint(b, p, zz);
        }
        int length = CompactWire.varintSize(zz);
        LONG_LE.set(b, p, SevenBitGroups.spread(Integer.toUnsignedLong(zz)) | continuation(length));
        return p + length;
    }

    public static int putI64(byte[] b, int p, long value) {
        long zz = CompactWire.zigzag(value);
        if ((zz & ~0x7fL) == 0) {
            b[p] = (byte) zz;
            return p + 1;
        }
        if ((zz & ~0x3fffL) == 0) {
            b[p] = (byte) (zz | 0x80);
            b[p + 1] = (byte) (zz >>> 7);
            return p + 2;
        }
        if (b.length - p < MAX_VARINT64) {
            return CompactWire.putVarint(b, p, zz);
        }
        int length = CompactWire.varintSize(zz);
        long low = SevenBitGroups.spread(zz);
        if (length <= Long.BYTES) {
            LONG_LE.set(b, p, low | continuation(length));
        } else {
            LONG_LE.set(b, p, low | CONTINUATION);
            // Bits 56 to 63: with bit 63 set (10 bytes) it is byte 8's continuation bit and byte
            // 9 is 1; with 9 bytes, byte 9 is a 0 past the end, overwritten by what comes next.
            long high = zz >>> 56;
            b[p + 8] = (byte) high;
            b[p + 9] = (byte) (high >>> 7);
        }
        return p + length;
    }

    /*
     * Varints of three bytes or more are put as one little-endian word, without a branch per byte
     * (the technique of CompactLists' window encoder): the value's 7-bit groups spread into the
     * word's bytes, continuation bits ORed on all but the last. The word may reach past the
     * varint's last byte, onto bytes that what follows overwrites (or, after the last value, onto
     * the window's free room), so it is only stored where the array has the word's bytes; near the
     * array's end the varint goes byte by byte.
     */

    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes of the longest 64-bit varint, the most a word put reaches. */
    private static final int MAX_VARINT64 = 10;

    /** Continuation bits of all eight bytes of a word. */
    private static final long CONTINUATION = 0x8080808080808080L;

    /**
     * Continuation bits of the first {@code length - 1} bytes of a word ({@code length} 1 to 8).
     */
    private static long continuation(int length) {
        return CONTINUATION & ((1L << ((length - 1) << 3)) - 1);
    }

    /** A double: its {@link Double#doubleToLongBits} little-endian. */
    public static int putDouble(byte[] b, int p, double value) {
        CompactWire.putDouble(b, p, value);
        return p + 8;
    }

    /** A uuid: 16 bytes, most significant first, as in the binary protocol. */
    public static int putUuid(byte[] b, int p, UUID value) {
        BinaryWire.putUuid(b, p, value.getMostSignificantBits(), value.getLeastSignificantBits());
        return p + 16;
    }

    /**
     * Strings of up to this many chars take at most 127 bytes of UTF-8 (3 a char), so their length
     * is one varint byte whatever they hold.
     */
    private static final int ONE_BYTE_LENGTH_CHARS = 127 / 3;

    /**
     * A string: varint length, then UTF-8. A short one is encoded first and its one-byte length put
     * in front after (one scan of the string); a longer one is measured first.
     */
    public static int putString(byte[] b, int p, String value) {
        if (value.length() <= ONE_BYTE_LENGTH_CHARS) {
            int end = Utf8.encode(value, b, p + 1);
            b[p] = (byte) (end - p - 1);
            return end;
        }
        int start = CompactWire.putVarint(b, p, Utf8.encodedLength(value));
        return Utf8.encode(value, b, start);
    }

    /**
     * A binary: varint length, then the {@code remaining()} bytes (position and limit unchanged).
     */
    public static int putBinary(byte[] b, int p, ByteBuffer value) {
        int length = value.remaining();
        p = CompactWire.putVarint(b, p, length);
        if (value.hasArray()) {
            System.arraycopy(value.array(), value.arrayOffset() + value.position(), b, p, length);
        } else {
            value.get(value.position(), b, p, length);
        }
        return p + length;
    }

    /** The elements of a list of i64, zigzag varints (the header is {@link #putListHeader}'s). */
    public static int putLongs(byte[] b, int p, long[] values) {
        for (long value : values) {
            p = putI64(b, p, value);
        }
        return p;
    }

    /** The elements of a list of i32, zigzag varints. */
    public static int putInts(byte[] b, int p, int[] values) {
        for (int value : values) {
            p = putI32(b, p, value);
        }
        return p;
    }

    /** The elements of a list of i16, zigzag varints of their 32-bit values. */
    public static int putShorts(byte[] b, int p, short[] values) {
        for (short value : values) {
            p = putI32(b, p, value);
        }
        return p;
    }

    /** The elements of a list of double, 8 bytes little-endian each, NaNs canonical. */
    public static int putDoubles(byte[] b, int p, double[] values) {
        return CompactLists.encode(values, 0, values.length, b, p);
    }
}
