package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

import java.nio.ByteBuffer;

/**
 * What generated codecs call besides the protocol readers and writers: binaries as {@link
 * ByteBuffer}s, and the errors for required fields, unions and enum values.
 */
public final class Fields {
    private Fields() {}

    /**
     * Writes the {@code remaining()} bytes of {@code value} (its position and limit unchanged): an
     * array-backed buffer of at least the sink's reference threshold by reference, anything else
     * copied.
     */
    public static void writeBinary(ProtocolWriter writer, ByteBuffer value) {
        int length = value.remaining();
        if (value.hasArray()) {
            byte[] array = value.array();
            int offset = value.arrayOffset() + value.position();
            if (length <= 256) {
                writer.writeBinary(array, offset, length);
            } else {
                writer.writeBinaryLength(length);
                writer.sink().writeReference(array, offset, length);
            }
            return;
        }
        writer.writeBinaryLength(length);
        ByteSink sink = writer.sink();
        ByteBuffer copy = value.duplicate();
        while (copy.hasRemaining()) {
            sink.ensure(1);
            int chunk = Math.min(copy.remaining(), sink.limit() - sink.position());
            copy.get(sink.buffer(), sink.position(), chunk);
            sink.advance(chunk);
        }
    }

    /**
     * Reads a binary: from a {@link SharedArraySource}, a buffer over its bytes where they are (no
     * copy); from any other source, a new array, as a buffer over all of it.
     */
    public static ByteBuffer readBinary(ProtocolReader reader) {
        if (reader.source() instanceof SharedArraySource shared) {
            int length = reader.readBinaryLength(); // checked against the bytes left
            ByteBuffer value = ByteBuffer.wrap(shared.buffer(), shared.position(), length);
            shared.skip(length);
            return value;
        }
        return ByteBuffer.wrap(reader.readBinary());
    }

    /** A required field (or a union's one field) is unset when a value is written or validated. */
    public static ProtocolException unsetOnWrite(String struct, String field) {
        return new ProtocolException(
                ProtocolException.Kind.MISSING_REQUIRED,
                -1,
                "required field '" + field + "' of " + struct + " is not set");
    }

    /**
     * A null element of a list or set, or a null map value, found when a value's length is computed
     * (so before any byte is written): Thrift has no null inside a container. {@code path} leads
     * from the field to the element: an {@code Integer} per list or set index (in iteration order
     * for a set), a {@link #mapKey} per map value.
     */
    public static ProtocolException nullElement(
            String struct, String field, int id, Object... path) {
        return nullInContainer(struct, field, id, "a null element at " + field + path(path));
    }

    /** A null map key, found when a value's length is computed; {@code path} leads to the map. */
    public static ProtocolException nullMapKey(
            String struct, String field, int id, Object... path) {
        return nullInContainer(struct, field, id, "a null key in the map " + field + path(path));
    }

    /** The step of a {@link #nullElement} path to the value of a map's {@code key}. */
    public static Object mapKey(Object key) {
        return new MapKey(key);
    }

    private record MapKey(Object key) {
        @Override
        public String toString() {
            return key instanceof String s ? '"' + s + '"' : String.valueOf(key);
        }
    }

    private static String path(Object[] path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append('[').append(step).append(']');
        }
        return text.toString();
    }

    private static ProtocolException nullInContainer(
            String struct, String field, int id, String what) {
        return new ProtocolException(
                ProtocolException.Kind.INVALID_DATA,
                -1,
                id,
                "cannot write "
                        + struct
                        + ": field '"
                        + field
                        + "' ("
                        + id
                        + ") holds "
                        + what
                        + ", and Thrift containers cannot hold null");
    }

    /** A required field was not in the bytes read. */
    public static ProtocolException missingOnRead(
            ProtocolReader reader, String struct, String field, int id) {
        long offset = reader.source().offset();
        return new ProtocolException(
                ProtocolException.Kind.MISSING_REQUIRED,
                offset,
                "required field '"
                        + field
                        + "' ("
                        + id
                        + ") of "
                        + struct
                        + " is missing, at byte "
                        + offset);
    }

    /** A union read with {@code count} fields, not one. */
    public static ProtocolException unionFieldCount(
            ProtocolReader reader, String union, int count) {
        long offset = reader.source().offset();
        return new ProtocolException(
                ProtocolException.Kind.MISSING_REQUIRED,
                offset,
                "union "
                        + union
                        + " has "
                        + (count == 0 ? "no field" : count + " fields")
                        + ", expected one, at byte "
                        + offset);
    }

    /** A union written or validated with no field set. */
    public static ProtocolException unionUnset(String union) {
        return new ProtocolException(
                ProtocolException.Kind.MISSING_REQUIRED,
                -1,
                "union " + union + " has no field set");
    }

    /**
     * An enum value no member has, inside a container (a field's unknown value is kept as an
     * unknown field instead, and written back).
     */
    public static ProtocolException unknownEnumValue(
            ProtocolReader reader, String enumName, int value) {
        long offset = reader.source().offset();
        return reader.annotate(
                new ProtocolException(
                        ProtocolException.Kind.INVALID_DATA,
                        offset,
                        "no member of enum "
                                + enumName
                                + " has the value "
                                + value
                                + ", at byte "
                                + offset));
    }
}
