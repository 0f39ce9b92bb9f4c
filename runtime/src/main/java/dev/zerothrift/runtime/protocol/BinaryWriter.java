package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSink;

/**
 * Writes the binary protocol as libthrift's {@code TBinaryProtocol} does; message headers strict
 * (version word first, libthrift's default) or old-style (name first).
 */
public final class BinaryWriter extends ProtocolWriter {
    private final boolean strictWrite;

    /** A writer of strict message headers. */
    public BinaryWriter(ByteSink sink) {
        this(sink, true);
    }

    public BinaryWriter(ByteSink sink, boolean strictWrite) {
        super(sink);
        this.strictWrite = strictWrite;
    }

    @Override
    public BinaryWriter reset(ByteSink sink) {
        super.reset(sink);
        return this;
    }

    @Override
    public void writeMessageBegin(String name, byte type, int seqid) {
        if (strictWrite) {
            writeI32(BinaryWire.VERSION_1 | (type & 0xff));
            writeString(name);
        } else {
            writeString(name);
            writeByte(type);
        }
        writeI32(seqid);
    }

    @Override
    public void writeStructBegin() {}

    @Override
    public void writeStructEnd() {}

    @Override
    public void writeFieldBegin(byte type, int id) {
        sink.ensure(3);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        buffer[position] = type;
        BinaryWire.putI16(buffer, position + 1, (short) id);
        sink.advance(3);
    }

    /**
     * Opens a window of {@code 3 + size} bytes and puts a field header of {@code type} and {@code
     * id} in front of it; returns the offset of the value, which the caller puts before {@code
     * advance(3 + size)}.
     */
    private int fieldHeader(byte type, int id, int size) {
        ByteSink out = sink;
        out.ensure(3 + size);
        byte[] buffer = out.buffer();
        int position = out.position();
        buffer[position] = type;
        BinaryWire.putI16(buffer, position + 1, (short) id);
        return position + 3;
    }

    @Override
    public void writeBoolField(int id, boolean value) {
        int at = fieldHeader(WireType.BOOL, id, 1);
        sink.buffer()[at] = (byte) (value ? 1 : 0);
        sink.advance(4);
    }

    @Override
    public void writeByteField(int id, byte value) {
        int at = fieldHeader(WireType.BYTE, id, 1);
        sink.buffer()[at] = value;
        sink.advance(4);
    }

    @Override
    public void writeI16Field(int id, short value) {
        int at = fieldHeader(WireType.I16, id, 2);
        BinaryWire.putI16(sink.buffer(), at, value);
        sink.advance(5);
    }

    @Override
    public void writeI32Field(int id, int value) {
        int at = fieldHeader(WireType.I32, id, 4);
        BinaryWire.putI32(sink.buffer(), at, value);
        sink.advance(7);
    }

    @Override
    public void writeI64Field(int id, long value) {
        int at = fieldHeader(WireType.I64, id, 8);
        BinaryWire.putI64(sink.buffer(), at, value);
        sink.advance(11);
    }

    @Override
    public void writeDoubleField(int id, double value) {
        int at = fieldHeader(WireType.DOUBLE, id, 8);
        BinaryWire.putDouble(sink.buffer(), at, value);
        sink.advance(11);
    }

    @Override
    public void writeStringField(int id, String value) {
        int chars = value.length();
        ByteSink out = sink;
        if (chars <= DIRECT_STRING_CHARS && out.limit() - out.position() >= 7 + 3 * chars) {
            // Header, then the chars, then the length in front of them: one window, one pass.
            byte[] buffer = out.buffer();
            int position = out.position();
            buffer[position] = WireType.STRING;
            BinaryWire.putI16(buffer, position + 1, (short) id);
            int end = Utf8.encode(value, buffer, position + 7);
            BinaryWire.putI32(buffer, position + 3, end - position - 7);
            out.advance(end - position);
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
        sink.ensure(5);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        buffer[position] = elementType;
        BinaryWire.putI32(buffer, position + 1, count);
        sink.advance(5);
    }

    @Override
    public void writeMapBegin(byte keyType, byte valueType, int count) {
        checkCount(count);
        sink.ensure(6);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        buffer[position] = keyType;
        buffer[position + 1] = valueType;
        BinaryWire.putI32(buffer, position + 2, count);
        sink.advance(6);
    }

    @Override
    public void writeBool(boolean value) {
        sink.writeByte(value ? 1 : 0);
    }

    @Override
    public void writeI16(short value) {
        sink.ensure(2);
        BinaryWire.putI16(sink.buffer(), sink.position(), value);
        sink.advance(2);
    }

    @Override
    public void writeI32(int value) {
        sink.ensure(4);
        BinaryWire.putI32(sink.buffer(), sink.position(), value);
        sink.advance(4);
    }

    @Override
    public void writeI64(long value) {
        sink.ensure(8);
        BinaryWire.putI64(sink.buffer(), sink.position(), value);
        sink.advance(8);
    }

    @Override
    public void writeDouble(double value) {
        writeI64(Double.doubleToLongBits(value));
    }

    @Override
    void writeShortString(String value, int chars) {
        int worst = 4 + 3 * chars;
        if (sink.limit() - sink.position() >= worst) {
            // One pass: encode, then write the length in front.
            byte[] buffer = sink.buffer();
            int position = sink.position();
            int end = Utf8.encode(value, buffer, position + 4);
            BinaryWire.putI32(buffer, position, end - position - 4);
            sink.advance(end - position);
            return;
        }
        int length = Utf8.encodedLength(value);
        sink.ensure(4 + length);
        byte[] buffer = sink.buffer();
        int position = sink.position();
        BinaryWire.putI32(buffer, position, length);
        Utf8.encode(value, buffer, position + 4);
        sink.advance(4 + length);
    }

    @Override
    int putBinaryLength(byte[] buffer, int position, int length) {
        BinaryWire.putI32(buffer, position, length);
        return position + 4;
    }

    @Override
    public void writeBinaryLength(int length) {
        writeI32(length);
    }
}
