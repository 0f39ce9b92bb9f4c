package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.BinaryReader;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.CompactWriter;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import java.util.Arrays;

/**
 * The fields of a struct that its IDL does not declare (a newer peer's), kept as raw bytes so that
 * a write sends them on: after the known fields, in the order read.
 *
 * <p>Each field is its id, its wire type and its value's bytes in the protocol it was read in (a
 * bool, whose compact encoding lives in the field header, as one byte 1 or 0). Written in the same
 * protocol the bytes are copied as they are; in the other one the value is converted once and the
 * conversion kept.
 *
 * <p>Immutable: reading a field returns a new instance ({@link #EMPTY} has none).
 */
public final class UnknownFields {
    /** No unknown fields. */
    public static final UnknownFields EMPTY = new UnknownFields(new Field[0]);

    // An array, not a list: the writes run per message, and a list's for-each would allocate an
    // iterator each time (escape analysis gives up on the large encode methods that call these).
    private final Field[] fields;

    private UnknownFields(Field[] fields) {
        this.fields = fields;
    }

    /** One unknown field. */
    private static final class Field {
        final short id;
        final byte type;
        final Protocol protocol;
        final byte[] bytes;

        /** The value in the other protocol, converted on first use. */
        private byte[] converted;

        Field(short id, byte type, Protocol protocol, byte[] bytes) {
            this.id = id;
            this.type = type;
            this.protocol = protocol;
            this.bytes = bytes;
        }

        byte[] bytes(Protocol target) {
            if (target == protocol || type == WireType.BOOL) {
                return bytes;
            }
            byte[] other = converted;
            if (other == null) {
                other = convert(target);
                converted = other;
            }
            return other;
        }

        private byte[] convert(Protocol target) {
            ArraySink sink = new ArraySink(bytes.length + 16);
            ProtocolReader reader = protocol.newReader(new ArraySource(bytes), Limits.DEFAULT);
            ValueCopier.copy(reader, target.newWriter(sink), type);
            return sink.toByteArray();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Field f
                    && f.id == id
                    && f.type == type
                    && f.protocol == protocol
                    && Arrays.equals(f.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return (id * 31 + type) * 31 + Arrays.hashCode(bytes);
        }
    }

    /**
     * Reads the value of field {@code id} (of wire type {@code type}, its header just read) and
     * returns {@code fields} with it added.
     */
    public static UnknownFields read(UnknownFields fields, ProtocolReader reader, byte type) {
        int id = reader.fieldId();
        Protocol protocol = reader instanceof BinaryReader ? Protocol.BINARY : Protocol.COMPACT;
        byte[] bytes;
        if (type == WireType.BOOL) {
            bytes = new byte[] {(byte) (reader.readBool() ? 1 : 0)};
        } else {
            ArraySink sink = new ArraySink(64);
            try {
                ValueCopier.copy(reader, protocol.newWriter(sink), type);
            } catch (ProtocolException e) {
                throw reader.annotate(e);
            }
            bytes = sink.toByteArray();
        }
        return fields.with(new Field((short) id, type, protocol, bytes));
    }

    /**
     * Returns {@code fields} with an i32 field added: an enum field whose value no member has is
     * kept this way, so that it is written back as it came.
     */
    public static UnknownFields addI32(
            UnknownFields fields, ProtocolReader reader, int id, int value) {
        Protocol protocol = reader instanceof BinaryReader ? Protocol.BINARY : Protocol.COMPACT;
        ArraySink sink = new ArraySink(16);
        protocol.newWriter(sink).writeI32(value);
        return fields.with(new Field((short) id, WireType.I32, protocol, sink.toByteArray()));
    }

    private UnknownFields with(Field field) {
        Field[] more = Arrays.copyOf(fields, fields.length + 1);
        more[fields.length] = field;
        return new UnknownFields(more);
    }

    public boolean isEmpty() {
        return fields.length == 0;
    }

    /** How many fields. */
    public int size() {
        return fields.length;
    }

    /** The ids, in the order read. */
    public int[] ids() {
        int[] ids = new int[fields.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = fields[i].id;
        }
        return ids;
    }

    /** Bytes the fields take in the binary protocol, headers included. */
    public int binaryLength() {
        int length = 0;
        for (Field f : fields) {
            length += Sizes.BINARY_FIELD_HEADER + f.bytes(Protocol.BINARY).length;
        }
        return length;
    }

    /** Bytes the fields take in the compact protocol after a field of id {@code last}. */
    public int compactLength(int last) {
        int length = 0;
        for (Field f : fields) {
            length += Sizes.compactFieldHeader(last, f.id);
            if (f.type != WireType.BOOL) {
                length += f.bytes(Protocol.COMPACT).length;
            }
            last = f.id;
        }
        return length;
    }

    /** Writes every field, header and value. */
    public void writeBinary(BinaryWriter writer) {
        write(writer, Protocol.BINARY);
    }

    /** Writes every field, header and value. */
    public void writeCompact(CompactWriter writer) {
        write(writer, Protocol.COMPACT);
    }

    /**
     * Puts every field, header and value, at {@code b[p]} in the binary protocol; returns the
     * offset after them (as {@link BinaryValues}: the room is the caller's).
     */
    public int encodeBinary(byte[] b, int p) {
        for (Field f : fields) {
            p = BinaryValues.putHeader(b, p, f.type, f.id);
            byte[] bytes = f.bytes(Protocol.BINARY);
            System.arraycopy(bytes, 0, b, p, bytes.length);
            p += bytes.length;
        }
        return p;
    }

    /**
     * Puts every field, header and value, at {@code b[p]} in the compact protocol after a known
     * field of id {@code last} (0 when none was written); returns the offset after them.
     */
    public int encodeCompact(byte[] b, int p, int last) {
        for (Field f : fields) {
            if (f.type == WireType.BOOL) {
                p = CompactValues.putBoolField(b, p, last, f.id, f.bytes[0] == 1);
            } else {
                p = CompactValues.putFieldHeader(b, p, last, f.id, CompactWire.toCompact(f.type));
                byte[] bytes = f.bytes(Protocol.COMPACT);
                System.arraycopy(bytes, 0, b, p, bytes.length);
                p += bytes.length;
            }
            last = f.id;
        }
        return p;
    }

    private void write(ProtocolWriter writer, Protocol protocol) {
        for (Field f : fields) {
            writer.writeFieldBegin(f.type, f.id);
            if (f.type == WireType.BOOL) {
                writer.writeBool(f.bytes[0] == 1);
            } else {
                byte[] bytes = f.bytes(protocol);
                writer.sink().writeBytes(bytes, 0, bytes.length);
            }
        }
    }

    /** The value of the field {@code id} read back, for tests and tools: its raw bytes. */
    public byte[] bytes(int id, Protocol protocol) {
        for (Field f : fields) {
            if (f.id == id) {
                return f.bytes(protocol).clone();
            }
        }
        throw new IllegalArgumentException("no unknown field " + id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownFields other && Arrays.equals(other.fields, fields);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return "UnknownFields" + Arrays.toString(ids());
    }
}
