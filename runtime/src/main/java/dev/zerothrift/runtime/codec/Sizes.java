package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.bulk.CompactLists;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.Utf8;

import java.nio.ByteBuffer;

/**
 * Encoded sizes of the parts of a struct, in both protocols, for the {@code binaryLength} and
 * {@code compactLength} methods of generated code. Each is exactly what the protocol writers write.
 */
public final class Sizes {
    /** A binary field header: type byte and i16 id. */
    public static final int BINARY_FIELD_HEADER = 3;

    /** A binary list or set header: element type and i32 count. */
    public static final int BINARY_LIST_HEADER = 5;

    /** A binary map header: key type, value type and i32 count. */
    public static final int BINARY_MAP_HEADER = 6;

    private Sizes() {}

    /** A bulk-encoded list field of {@code i64} in the compact protocol: header and elements. */
    public static int compactList(long[] values) {
        return compactListHeader(values.length)
                + (int) CompactLists.encodedLength(values, 0, values.length);
    }

    /** A bulk-encoded list field of {@code i32} in the compact protocol: header and elements. */
    public static int compactList(int[] values) {
        return compactListHeader(values.length)
                + (int) CompactLists.encodedLength(values, 0, values.length);
    }

    /** A bulk-encoded list field of {@code i16} in the compact protocol: header and elements. */
    public static int compactList(short[] values) {
        return compactListHeader(values.length)
                + (int) CompactLists.encodedLength(values, 0, values.length);
    }

    /** A bulk-encoded list field of {@code double} in the compact protocol: 8 bytes each. */
    public static int compactList(double[] values) {
        return compactListHeader(values.length) + 8 * values.length;
    }

    /** A string in the binary protocol: i32 length, then UTF-8. */
    public static int binaryString(String value) {
        return 4 + Utf8.encodedLength(value);
    }

    /** A string in the compact protocol: varint length, then UTF-8. */
    public static int compactString(String value) {
        return CompactWire.stringSize(Utf8.encodedLength(value));
    }

    /** A binary ({@code remaining()} bytes) in the binary protocol. */
    public static int binaryBinary(ByteBuffer value) {
        return 4 + value.remaining();
    }

    /** A binary ({@code remaining()} bytes) in the compact protocol. */
    public static int compactBinary(ByteBuffer value) {
        return CompactWire.stringSize(value.remaining());
    }

    /**
     * A compact field header after a field of id {@code last} (0 at the start of a struct): one
     * byte for an id 1 to 15 above it, else a type byte and the zigzag varint of the id.
     */
    public static int compactFieldHeader(int last, int id) {
        short shortId = (short) id;
        if (shortId > last && shortId - last <= 15) {
            return 1;
        }
        return 1 + CompactWire.varintSize(CompactWire.zigzag((int) shortId));
    }

    /** A compact list or set header: count and type in one byte below 15, else a varint after. */
    public static int compactListHeader(int count) {
        return count <= 14 ? 1 : 1 + CompactWire.varintSize(count);
    }

    /** A compact map header: one zero byte when empty, else a varint count and the types byte. */
    public static int compactMapHeader(int count) {
        return count == 0 ? 1 : CompactWire.varintSize(count) + 1;
    }

    /** An i16 or i32 in the compact protocol. */
    public static int compactI32(int value) {
        return CompactWire.i32Size(value);
    }

    /** An i64 in the compact protocol. */
    public static int compactI64(long value) {
        return CompactWire.i64Size(value);
    }

    /**
     * Bytes of a string a writer links by reference at {@code threshold}: only strings longer than
     * the writers' direct-encoding limit are first encoded into an array of their own.
     */
    public static long referenced(String value, int threshold) {
        if (value.length() <= DIRECT_STRING_CHARS) {
            return 0;
        }
        int length = Utf8.encodedLength(value);
        return length >= threshold ? length : 0;
    }

    /** Bytes of a binary linked by reference at {@code threshold}: an array-backed one as large. */
    public static long referenced(ByteBuffer value, int threshold) {
        int length = value.remaining();
        return value.hasArray() && length >= threshold && length > 0 ? length : 0;
    }

    /** Strings of more chars are encoded into an array and go to the sink by reference. */
    static final int DIRECT_STRING_CHARS = 2048;
}
