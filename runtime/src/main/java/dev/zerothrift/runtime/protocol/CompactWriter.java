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

    /** Writes a whole bool field: header and value in one byte (or three). */
    public void writeBoolField(int id, boolean value) {
        writeFieldHeader(
                value ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE, (short) id);
    }

    private void writeFieldHeader(int compactType, short id) {
        int last = lastFieldId;
        if (id > last && id - last <= 15) {
            sink.writeByte((id - last) << 4 | compactType);
        } else {
            sink.ensure(4);
            byte[] buffer = sink.buffer();
            int position = sink.position();
            buffer[position] = (byte) compactType;
            int end = CompactWire.putVarint(buffer, position + 1, CompactWire.zigzag((int) id));
            sink.advance(end - position);
        }
        lastFieldId = id;
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
