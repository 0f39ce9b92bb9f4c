package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSink;

import java.util.Arrays;

/**
 * Writes the compact protocol as libthrift's {@code TCompactProtocol} does: a field id within 15
 * above the previous one goes in the header's high nibble (else the header is followed by the id as
 * a zigzag varint); a bool field's value is its header's type (1 true, 2 false), while a bool in a
 * container is a byte 1 or 2; a list or set of up to 14 elements has its count in the header's high
 * nibble; an empty map is one 0 byte.
 */
public final class CompactWriter extends ProtocolWriter {
    private static final int NO_FIELD = ProtocolException.NO_FIELD;

    private int lastFieldId;
    private int[] fieldStack = new int[8];
    private int structDepth;
    private int pendingBoolField = NO_FIELD;

    public CompactWriter(ByteSink sink) {
        super(sink);
    }

    @Override
    public CompactWriter reset(ByteSink sink) {
        super.reset(sink);
        lastFieldId = 0;
        structDepth = 0;
        pendingBoolField = NO_FIELD;
        return this;
    }

    @Override
    public void writeMessageBegin(String name, byte type, int seqid) {
        sink.ensure(7);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        buffer[position] = CompactWire.PROTOCOL_ID;
        buffer[position + 1] =
                (byte) (CompactWire.VERSION | ((type << CompactWire.TYPE_SHIFT) & 0xe0));
        int end = CompactWire.putVarint(buffer, position + 2, seqid);
        sink.advance(end - position);
        writeString(name);
    }

    @Override
    public void writeStructBegin() {
        if (structDepth == fieldStack.length) {
            fieldStack = Arrays.copyOf(fieldStack, structDepth * 2);
        }
        fieldStack[structDepth++] = lastFieldId;
        lastFieldId = 0;
    }

    @Override
    public void writeStructEnd() {
        lastFieldId = fieldStack[--structDepth];
    }

    /**
     * Writes a field header; for a bool field the header waits for {@link #writeBool}, which puts
     * the value in it.
     */
    @Override
    public void writeFieldBegin(byte type, int id) {
        if (type == WireType.BOOL) {
            pendingBoolField = (short) id;
            return;
        }
        byte compactType = CompactWire.toCompact(type);
        if (compactType <= 0) {
            throw badType(type);
        }
        writeFieldHeader(compactType, (short) id);
    }

    /** Writes a whole bool field: header and value in one byte (or four). */
    @Override
    public void writeBoolField(int id, boolean value) {
        writeFieldHeader(
                value ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE, (short) id);
    }

    /** The most bytes a field header takes: the type byte and the id as a zigzag varint. */
    private static final int MAX_HEADER = 4;

    private void writeFieldHeader(int compactType, short id) {
        sink.ensure(MAX_HEADER);
        int position = sink.position();
        sink.advance(putFieldHeader(sink.buffer(), position, compactType, id) - position);
    }

    /**
     * Puts a field header at {@code position} (room for {@link #MAX_HEADER} bytes), the id as a
     * delta from the previous field's when it is within 15 above it; returns the offset after it.
     */
    private int putFieldHeader(byte[] buffer, int position, int compactType, short id) {
        int last = lastFieldId;
        lastFieldId = id;
        if (id > last && id - last <= 15) {
            buffer[position] = (byte) ((id - last) << 4 | compactType);
            return position + 1;
        }
        buffer[position] = (byte) compactType;
        return CompactWire.putVarint(buffer, position + 1, CompactWire.zigzag((int) id));
    }

    /**
     * Opens a window for a field header and a value of at most {@code maxValue} bytes, and puts the
     * header; returns the offset of the value. The caller puts the value and advances the sink to
     * its end.
     */
    private int fieldHeader(int compactType, int id, int maxValue) {
        sink.ensure(MAX_HEADER + maxValue);
        return putFieldHeader(sink.buffer(), sink.position(), compactType, (short) id);
    }

    /** Puts {@code value} as a varint at {@code at}, and advances the sink past it. */
    private void finishVarint(int at, int value) {
        sink.advance(CompactWire.putVarint(sink.buffer(), at, value) - sink.position());
    }

    @Override
    public void writeByteField(int id, byte value) {
        int at = fieldHeader(CompactWire.CT_BYTE, id, 1);
        sink.buffer()[at] = value;
        sink.advance(at + 1 - sink.position());
    }

    @Override
    public void writeI16Field(int id, short value) {
        finishVarint(fieldHeader(CompactWire.CT_I16, id, 3), CompactWire.zigzag((int) value));
    }

    @Override
    public void writeI32Field(int id, int value) {
        finishVarint(fieldHeader(CompactWire.CT_I32, id, 5), CompactWire.zigzag(value));
    }

    @Override
    public void writeI64Field(int id, long value) {
        int at = fieldHeader(CompactWire.CT_I64, id, 10);
        int end = CompactWire.putVarint(sink.buffer(), at, CompactWire.zigzag(value));
        sink.advance(end - sink.position());
    }

    @Override
    public void writeDoubleField(int id, double value) {
        int at = fieldHeader(CompactWire.CT_DOUBLE, id, 8);
        CompactWire.putDouble(sink.buffer(), at, value);
        sink.advance(at + 8 - sink.position());
    }

    @Override
    public void writeStringField(int id, String value) {
        int chars = value.length();
        int worst = 3 * chars;
        if (worst < 128 && sink.limit() - sink.position() >= MAX_HEADER + 1 + worst) {
            // The length fits one varint byte whatever it is: encode, then put it in front.
            int start = fieldHeader(CompactWire.CT_BINARY, id, 1 + worst);
            byte[] buffer = sink.buffer();
            int end = Utf8.encode(value, buffer, start + 1);
            buffer[start] = (byte) (end - start - 1);
            sink.advance(end - sink.position());
            return;
        }
        writeFieldBegin(WireType.STRING, id);
        writeString(value);
    }

    @Override
    public void writeListBegin(byte elementType, int count) {
        writeCollectionBegin(elementType, count);
    }

    @Override
    public void writeSetBegin(byte elementType, int count) {
        writeCollectionBegin(elementType, count);
    }

    private void writeCollectionBegin(byte elementType, int count) {
        checkCount(count);
        byte compactType = CompactWire.toCompact(elementType);
        if (compactType <= 0) {
            throw badType(elementType);
        }
        if (count <= 14) {
            sink.writeByte(count << 4 | compactType);
        } else {
            sink.ensure(6);
            byte[] buffer = sink.buffer();
            int position = sink.position();
            buffer[position] = (byte) (0xf0 | compactType);
            int end = CompactWire.putVarint(buffer, position + 1, count);
            sink.advance(end - position);
        }
    }

    @Override
    public void writeMapBegin(byte keyType, byte valueType, int count) {
        checkCount(count);
        byte key = CompactWire.toCompact(keyType);
        byte value = CompactWire.toCompact(valueType);
        if (key <= 0) {
            throw badType(keyType);
        }
        if (value <= 0) {
            throw badType(valueType);
        }
        if (count == 0) {
            sink.writeByte(0);
            return;
        }
        sink.ensure(6);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        int end = CompactWire.putVarint(buffer, position, count);
        buffer[end++] = (byte) (key << 4 | value);
        sink.advance(end - position);
    }

    @Override
    public void writeBool(boolean value) {
        int field = pendingBoolField;
        if (field != NO_FIELD) {
            pendingBoolField = NO_FIELD;
            writeBoolField(field, value);
        } else {
            sink.writeByte(value ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE);
        }
    }

    @Override
    public void writeI16(short value) {
        writeVarint32(CompactWire.zigzag((int) value));
    }

    @Override
    public void writeI32(int value) {
        writeVarint32(CompactWire.zigzag(value));
    }

    @Override
    public void writeI64(long value) {
        sink.ensure(10);
        int position = sink.position();
        int end = CompactWire.putVarint(sink.buffer(), position, CompactWire.zigzag(value));
        sink.advance(end - position);
    }

    @Override
    public void writeDouble(double value) {
        sink.ensure(8);
        CompactWire.putDouble(sink.buffer(), sink.position(), value);
        sink.advance(8);
    }

    /** Writes an unsigned varint (no zigzag): lengths, counts, the message sequence id. */
    public void writeVarint32(int value) {
        sink.ensure(5);
        int position = sink.position();
        int end = CompactWire.putVarint(sink.buffer(), position, value);
        sink.advance(end - position);
    }

    @Override
    void writeShortString(String value, int chars) {
        int worst = 3 * chars;
        if (worst < 128 && sink.limit() - sink.position() >= 1 + worst) {
            // The length fits one varint byte whatever it is: encode, then write it in front.
            byte[] buffer = sink.buffer();
            int position = sink.position();
            int end = Utf8.encode(value, buffer, position + 1);
            buffer[position] = (byte) (end - position - 1);
            sink.advance(end - position);
            return;
        }
        int length = Utf8.encodedLength(value);
        sink.ensure(5 + length);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        int start = CompactWire.putVarint(buffer, position, length);
        int end = Utf8.encode(value, buffer, start);
        sink.advance(end - position);
    }

    @Override
    int putBinaryLength(byte[] buffer, int position, int length) {
        return CompactWire.putVarint(buffer, position, length);
    }

    @Override
    public void writeBinaryLength(int length) {
        checkCount(length);
        writeVarint32(length);
    }
}
