package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.bulk.BulkCodec;
import dev.zerothrift.runtime.bulk.BulkCodecs;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.Utf8;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Values of the binary protocol at an absolute offset of an array, for the generated {@code
 * encodeBinary} methods, which write a whole message into one window whose room the length computed
 * first has made: each method returns the offset after what it wrote and checks nothing the JVM
 * does not (an index past the array throws {@link IndexOutOfBoundsException}, which {@link
 * FastCodec} reports as a {@link LengthMismatchException}: only a value that grew after its length
 * was computed writes past that room). The bytes are those of {@code BinaryWriter}, call for call.
 */
public final class BinaryValues {
    /**
     * Lists shorter than this are encoded by the scalar loop whatever the selected bulk codec: the
     * rule of {@code BinaryLists}, whose measurements are there.
     */
    static final int SCALAR_BELOW = 32;

    private BinaryValues() {}

    /** A field header: type byte and i16 id. */
    public static int putHeader(byte[] b, int p, byte type, int id) {
        b[p] = type;
        BinaryWire.putI16(b, p + 1, (short) id);
        return p + 3;
    }

    /** A list or set header: element type and i32 count. */
    public static int putListHeader(byte[] b, int p, byte elementType, int count) {
        b[p] = elementType;
        BinaryWire.putI32(b, p + 1, count);
        return p + 5;
    }

    /** A map header: key type, value type and i32 count. */
    public static int putMapHeader(byte[] b, int p, byte keyType, byte valueType, int count) {
        b[p] = keyType;
        b[p + 1] = valueType;
        BinaryWire.putI32(b, p + 2, count);
        return p + 6;
    }

    public static int putBool(byte[] b, int p, boolean value) {
        b[p] = (byte) (value ? 1 : 0);
        return p + 1;
    }

    public static int putByte(byte[] b, int p, byte value) {
        b[p] = value;
        return p + 1;
    }

    public static int putI16(byte[] b, int p, short value) {
        BinaryWire.putI16(b, p, value);
        return p + 2;
    }

    public static int putI32(byte[] b, int p, int value) {
        BinaryWire.putI32(b, p, value);
        return p + 4;
    }

    public static int putI64(byte[] b, int p, long value) {
        BinaryWire.putI64(b, p, value);
        return p + 8;
    }

    /** A double as {@link Double#doubleToLongBits} gives it (one NaN), as libthrift writes it. */
    public static int putDouble(byte[] b, int p, double value) {
        BinaryWire.putDouble(b, p, value);
        return p + 8;
    }

    public static int putUuid(byte[] b, int p, UUID value) {
        BinaryWire.putUuid(b, p, value.getMostSignificantBits(), value.getLeastSignificantBits());
        return p + 16;
    }

    /**
     * A string: i32 length, then UTF-8. Encoded first and its length put in front after, so the
     * string is scanned once here ({@link Utf8#encode(String, byte[], int)}).
     */
    public static int putString(byte[] b, int p, String value) {
        int end = Utf8.encode(value, b, p + 4);
        BinaryWire.putI32(b, p, end - p - 4);
        return end;
    }

    /** A binary: i32 length, then the {@code remaining()} bytes (position and limit unchanged). */
    public static int putBinary(byte[] b, int p, ByteBuffer value) {
        int length = value.remaining();
        BinaryWire.putI32(b, p, length);
        p += 4;
        if (value.hasArray()) {
            System.arraycopy(value.array(), value.arrayOffset() + value.position(), b, p, length);
        } else {
            value.get(value.position(), b, p, length);
        }
        return p + length;
    }

    /** The elements of a list of i64 (the header is {@link #putListHeader}'s). */
    public static int putLongs(byte[] b, int p, long[] values) {
        int count = values.length;
        bulk(count).encodeLongs(values, 0, b, p, count);
        return p + (count << 3);
    }

    /** The elements of a list of i32. */
    public static int putInts(byte[] b, int p, int[] values) {
        int count = values.length;
        bulk(count).encodeInts(values, 0, b, p, count);
        return p + (count << 2);
    }

    /** The elements of a list of i16. */
    public static int putShorts(byte[] b, int p, short[] values) {
        int count = values.length;
        bulk(count).encodeShorts(values, 0, b, p, count);
        return p + (count << 1);
    }

    /** The elements of a list of double, NaNs canonical. */
    public static int putDoubles(byte[] b, int p, double[] values) {
        int count = values.length;
        bulk(count).encodeDoubles(values, 0, b, p, count);
        return p + (count << 3);
    }

    private static BulkCodec bulk(int count) {
        return count < SCALAR_BELOW ? BulkCodecs.scalar() : BulkCodecs.selected();
    }
}
