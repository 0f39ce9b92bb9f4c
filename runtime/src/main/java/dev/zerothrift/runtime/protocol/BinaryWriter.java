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
