package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.ChainSink;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

import java.util.Objects;
import java.util.UUID;

/**
 * Writes a new message straight into a {@link Chain}, in one pass, field by field as the caller
 * calls: typed by the descriptors (a field written with the method of another type is an {@link
 * IllegalArgumentException}, not a corrupt message), strings and binaries of more than {@value
 * #REFERENCE_BYTES} bytes linked into the chain without a copy ({@code ByteSink.writeReference}, so
 * the caller leaves those arrays unchanged until the chain is sent).
 *
 * <pre>{@code
 * builder.begin(chain);                      // a struct, appended to chain
 * builder.i64(REQUEST_ID, 42);
 * builder.beginStruct(USER);                 // field 3: a nested struct
 * builder.string(USER_NAME, "ada");
 * builder.endStruct();
 * builder.beginList(IDS, 2); builder.elementI64(7); builder.elementI64(8); builder.endContainer();
 * builder.end();                             // the root's stop byte
 * }</pre>
 *
 * Field order is the caller's: a generated builder writes fixed-size fields first, with the sizes
 * it can know computed ahead; writing in declaration order gives libthrift's bytes exactly. The
 * builder reuses its writer across messages and allocates nothing per field. Not thread-safe.
 */
public final class MessageBuilder {
    /** Longer strings and binaries go to the sink by reference, shorter ones are copied. */
    public static final int REFERENCE_BYTES = 256;

    private final Protocol protocol;
    private ProtocolWriter writer;
    private ChainSink sink;
    private int depth;
    private long start;

    public MessageBuilder(Protocol protocol) {
        this.protocol = Objects.requireNonNull(protocol);
    }

    public Protocol protocol() {
        return protocol;
    }

    /** Starts a struct at the end of {@code target}. */
    public MessageBuilder begin(Chain target) {
        sink = target.sink();
        writer = writer == null ? protocol.newWriter(sink) : writer.reset(sink);
        start = sink.written();
        depth = 1;
        writer.writeStructBegin();
        return this;
    }

    /** Ends the root struct (its stop byte); returns the bytes the message took. */
    public long end() {
        if (depth != 1) {
            throw new IllegalStateException(
                    depth == 0 ? "no message begun" : (depth - 1) + " structs or containers open");
        }
        writer.writeFieldStop();
        writer.writeStructEnd();
        depth = 0;
        long written = sink.written() - start;
        sink = null;
        return written;
    }

    /** The protocol writer, for values the typed methods do not cover. */
    public ProtocolWriter writer() {
        return writer;
    }

    // ---------------------------------------------------------------- fields

    /** Checks that {@code f} is a field of {@code kind} and that a message is begun. */
    private void check(FieldDescriptor f, ValueKind kind) {
        if (f.type().kind() != kind) {
            throw new IllegalArgumentException(
                    "field " + f.name() + " is " + f.type() + ", not " + kind.name().toLowerCase());
        }
        if (depth == 0) {
            throw new IllegalStateException("no message begun");
        }
    }

    private void header(FieldDescriptor f, ValueKind kind) {
        check(f, kind);
        writer.writeFieldBegin(kind.wireType(), f.id());
    }

    // fixed-size fields and strings go out whole: header and value in one window

    public void bool(FieldDescriptor f, boolean value) {
        check(f, ValueKind.BOOL);
        writer.writeBoolField(f.id(), value);
    }

    public void i8(FieldDescriptor f, byte value) {
        check(f, ValueKind.I8);
        writer.writeByteField(f.id(), value);
    }

    public void i16(FieldDescriptor f, short value) {
        check(f, ValueKind.I16);
        writer.writeI16Field(f.id(), value);
    }

    public void i32(FieldDescriptor f, int value) {
        check(f, ValueKind.I32);
        writer.writeI32Field(f.id(), value);
    }

    /** An enum field, by value. */
    public void enumValue(FieldDescriptor f, int value) {
        check(f, ValueKind.ENUM);
        writer.writeI32Field(f.id(), value);
    }

    public void i64(FieldDescriptor f, long value) {
        check(f, ValueKind.I64);
        writer.writeI64Field(f.id(), value);
    }

    public void f64(FieldDescriptor f, double value) {
        check(f, ValueKind.DOUBLE);
        writer.writeDoubleField(f.id(), value);
    }

    public void uuid(FieldDescriptor f, long mostSignificant, long leastSignificant) {
        header(f, ValueKind.UUID);
        writer.writeUuid(mostSignificant, leastSignificant);
    }

    public void uuid(FieldDescriptor f, UUID value) {
        uuid(f, value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    public void string(FieldDescriptor f, String value) {
        check(f, ValueKind.STRING);
        writer.writeStringField(f.id(), value);
    }

    /** A string field given as its UTF-8 bytes (not checked), linked when long. */
    public void stringUtf8(FieldDescriptor f, byte[] utf8, int offset, int length) {
        header(f, ValueKind.STRING);
        bytes(utf8, offset, length);
    }

    /** A binary field; more than {@link #REFERENCE_BYTES} bytes are linked, not copied. */
    public void binary(FieldDescriptor f, byte[] bytes, int offset, int length) {
        header(f, ValueKind.BINARY);
        bytes(bytes, offset, length);
    }

    /** Opens a struct field; {@link #endStruct()} closes it. */
    public void beginStruct(FieldDescriptor f) {
        header(f, ValueKind.STRUCT);
        beginStruct();
    }

    /** Opens a list field of {@code count} elements; {@link #endContainer()} closes it. */
    public void beginList(FieldDescriptor f, int count) {
        header(f, ValueKind.LIST);
        writer.writeListBegin(f.type().element().wireType(), count);
        depth++;
    }

    public void beginSet(FieldDescriptor f, int count) {
        header(f, ValueKind.SET);
        writer.writeSetBegin(f.type().element().wireType(), count);
        depth++;
    }

    public void beginMap(FieldDescriptor f, int count) {
        header(f, ValueKind.MAP);
        writer.writeMapBegin(f.type().key().wireType(), f.type().value().wireType(), count);
        depth++;
    }

    // ---------------------------------------------------------------- elements, keys, values

    public void elementBool(boolean value) {
        writer.writeBool(value);
    }

    public void elementI8(byte value) {
        writer.writeByte(value);
    }

    public void elementI16(short value) {
        writer.writeI16(value);
    }

    /** An i32 or enum element. */
    public void elementI32(int value) {
        writer.writeI32(value);
    }

    public void elementI64(long value) {
        writer.writeI64(value);
    }

    public void elementF64(double value) {
        writer.writeDouble(value);
    }

    public void elementUuid(long mostSignificant, long leastSignificant) {
        writer.writeUuid(mostSignificant, leastSignificant);
    }

    public void elementString(String value) {
        writer.writeString(value);
    }

    /** A string or binary element given as bytes, linked when long. */
    public void elementBytes(byte[] bytes, int offset, int length) {
        bytes(bytes, offset, length);
    }

    /** Opens a struct element (or map key or value). */
    public void beginStruct() {
        writer.writeStructBegin();
        depth++;
    }

    /** Closes a struct field or element: its stop byte. */
    public void endStruct() {
        if (depth <= 1) {
            throw new IllegalStateException("no nested struct open");
        }
        writer.writeFieldStop();
        writer.writeStructEnd();
        depth--;
    }

    /** Opens a list element of {@code listType} (a list or set) with {@code count} elements. */
    public void beginList(TypeDescriptor listType, int count) {
        if (listType.kind() == ValueKind.SET) {
            writer.writeSetBegin(listType.element().wireType(), count);
        } else {
            writer.writeListBegin(listType.element().wireType(), count);
        }
        depth++;
    }

    /** Opens a map element of {@code mapType} with {@code count} entries. */
    public void beginMap(TypeDescriptor mapType, int count) {
        writer.writeMapBegin(mapType.key().wireType(), mapType.value().wireType(), count);
        depth++;
    }

    /** Closes a list, set or map (nothing on the wire). */
    public void endContainer() {
        if (depth <= 1) {
            throw new IllegalStateException("no container open");
        }
        depth--;
    }

    private void bytes(byte[] bytes, int offset, int length) {
        if (length > REFERENCE_BYTES) {
            writer.writeBinaryLength(length);
            sink.writeReference(bytes, offset, length);
        } else {
            writer.writeBinary(bytes, offset, length);
        }
    }
}
