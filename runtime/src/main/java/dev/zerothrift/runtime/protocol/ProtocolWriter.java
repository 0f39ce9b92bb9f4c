package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSink;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Writes either protocol into a {@link ByteSink}, in the call sequence of libthrift's {@code
 * TProtocol}: the same calls give the same bytes as libthrift. Nothing is allocated per call but
 * the UTF-8 array of a string longer than {@value #DIRECT_STRING_CHARS} characters, which then goes
 * to the sink by reference ({@link ByteSink#writeReference}).
 *
 * <p>The writers trust their caller for sizes (a container's count must be the count of elements
 * that follow) and reject what the wire cannot carry: a negative count or an unknown type code is
 * an {@link IllegalArgumentException}.
 *
 * <p>Not thread-safe.
 */
public abstract sealed class ProtocolWriter permits BinaryWriter, CompactWriter {
    /** Strings up to this many chars are encoded straight into the sink's window. */
    static final int DIRECT_STRING_CHARS = 2048;

    ByteSink sink;

    ProtocolWriter(ByteSink sink) {
        this.sink = sink;
    }

    /** Writes into another sink from now on, as a new message. */
    public ProtocolWriter reset(ByteSink sink) {
        this.sink = sink;
        return this;
    }

    public final ByteSink sink() {
        return sink;
    }

    public abstract void writeMessageBegin(String name, byte type, int seqid);

    public final void writeMessageBegin(ThriftMessage message) {
        writeMessageBegin(message.name(), message.type(), message.seqid());
    }

    public final void writeMessageEnd() {}

    public abstract void writeStructBegin();

    public abstract void writeStructEnd();

    /** Writes a field header; the id is taken as a 16-bit value, as Thrift field ids are. */
    public abstract void writeFieldBegin(byte type, int id);

    public final void writeFieldEnd() {}

    public final void writeFieldStop() {
        sink.writeByte(WireType.STOP);
    }

    /**
     * Writes a whole {@code bool} field, header and value, in one window (in the compact protocol
     * one byte, the value in the header's type): the bytes of {@link #writeFieldBegin} and {@link
     * #writeBool}.
     */
    public abstract void writeBoolField(int id, boolean value);

    /**
     * Writes a whole {@code i8} field in one window: {@link #writeFieldBegin} and {@link
     * #writeByte}.
     */
    public abstract void writeByteField(int id, byte value);

    /**
     * Writes a whole {@code i16} field in one window: {@link #writeFieldBegin} and {@link
     * #writeI16}.
     */
    public abstract void writeI16Field(int id, short value);

    /**
     * Writes a whole {@code i32} field in one window: {@link #writeFieldBegin} and {@link
     * #writeI32}.
     */
    public abstract void writeI32Field(int id, int value);

    /**
     * Writes a whole {@code i64} field in one window: {@link #writeFieldBegin} and {@link
     * #writeI64}.
     */
    public abstract void writeI64Field(int id, long value);

    /**
     * Writes a whole {@code double} field in one window: {@link #writeFieldBegin} and {@link
     * #writeDouble}.
     */
    public abstract void writeDoubleField(int id, double value);

    /**
     * Writes a whole {@code string} field: {@link #writeFieldBegin} and {@link #writeString}, in
     * one window and one pass over the chars when the window has room for the longest UTF-8 form.
     */
    public abstract void writeStringField(int id, String value);

    public abstract void writeListBegin(byte elementType, int count);

    public final void writeListEnd() {}

    public abstract void writeSetBegin(byte elementType, int count);

    public final void writeSetEnd() {}

    public abstract void writeMapBegin(byte keyType, byte valueType, int count);

    public final void writeMapEnd() {}

    public abstract void writeBool(boolean value);

    public final void writeByte(byte value) {
        sink.writeByte(value);
    }

    public abstract void writeI16(short value);

    public abstract void writeI32(int value);

    public abstract void writeI64(long value);

    public abstract void writeDouble(double value);

    /** Writes a uuid: 16 bytes, most significant first, in both protocols. */
    public final void writeUuid(long mostSignificant, long leastSignificant) {
        sink.ensure(16);
        BinaryWire.putUuid(sink.buffer(), sink.position(), mostSignificant, leastSignificant);
        sink.advance(16);
    }

    public final void writeUuid(UUID uuid) {
        writeUuid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    /** Writes {@code value} as UTF-8 ({@link Utf8}): the same bytes as {@code getBytes(UTF_8)}. */
    public final void writeString(String value) {
        int chars = value.length();
        if (chars <= DIRECT_STRING_CHARS) {
            writeShortString(value, chars);
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            writeBinaryLength(bytes.length);
            sink.writeReference(bytes, 0, bytes.length);
        }
    }

    abstract void writeShortString(String value, int chars);

    /** Binaries up to this many bytes are copied in one window with their length prefix. */
    static final int DIRECT_BINARY_BYTES = 256;

    /** Writes {@code length} bytes of {@code bytes} from {@code offset}, copied into the sink. */
    public final void writeBinary(byte[] bytes, int offset, int length) {
        if (length <= DIRECT_BINARY_BYTES && length >= 0) {
            sink.ensure(5 + length);
            byte[] buffer = sink.buffer();
            int position = sink.position();
            int start = putBinaryLength(buffer, position, length);
            System.arraycopy(bytes, offset, buffer, start, length);
            sink.advance(start + length - position);
            return;
        }
        writeBinaryLength(length);
        sink.writeBytes(bytes, offset, length);
    }

    /** Puts a length prefix at {@code position} (room for 5 bytes); returns the offset after it. */
    abstract int putBinaryLength(byte[] buffer, int position, int length);

    public final void writeBinary(byte[] bytes) {
        writeBinary(bytes, 0, bytes.length);
    }

    /**
     * Writes only the length prefix of a string or binary: the caller writes the {@code length}
     * bytes next (for example by {@link ByteSink#writeReference}).
     */
    public abstract void writeBinaryLength(int length);

    static IllegalArgumentException badType(byte type) {
        return new IllegalArgumentException("not a wire type: " + type);
    }

    static void checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative container size: " + count);
        }
    }
}
