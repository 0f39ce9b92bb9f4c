package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;

import java.util.UUID;

/**
 * Reads one message of either protocol from a {@link ByteSource}, in the call sequence of
 * libthrift's {@code TProtocol}, without allocating anything but the strings and arrays asked for.
 *
 * <p>Every check happens here, before anything is allocated: the message size against {@link
 * Limits#maxMessageSize()} when the reader is reset; every string, binary and container length
 * against the bytes remaining (a container's count times the least bytes an element can take);
 * container element types and field types against the wire types; the nesting of structs and
 * containers against {@link Limits#maxDepth()} (each {@code read*Begin} counts one level, its
 * {@code read*End} gives it back). A bad input throws {@link ProtocolException} and nothing else;
 * the reader must then be {@link #reset} before it is used again.
 *
 * <p>The two implementations are final, so code written against {@link BinaryReader} or {@link
 * CompactReader} gets direct calls; code written against this class (skip, generic tools) gets at
 * most a bimorphic call site.
 *
 * <p>Not thread-safe.
 */
public abstract sealed class ProtocolReader permits BinaryReader, CompactReader {
    static final int NO_FIELD = ProtocolException.NO_FIELD;

    private static final byte FRAME_STRUCT = 0;
    private static final byte FRAME_COLLECTION = 1;
    private static final byte FRAME_MAP = 2;

    final Limits limits;
    ByteSource source;

    /** Structs and containers open now. */
    int depth;

    /** Id of the last field header read in the innermost open struct, or NO_FIELD. */
    int fieldId = NO_FIELD;

    byte elementType;
    byte keyType;
    byte valueType;

    private int[] fieldStack = new int[8];
    private int structDepth;

    // The explicit stack of skip(), kept between calls so skipping allocates nothing.
    private byte[] frameKind;
    private byte[] frameType1;
    private byte[] frameType2;
    private long[] frameLeft;

    ProtocolReader(ByteSource source, Limits limits) {
        this.limits = limits;
        reset(source);
    }

    /**
     * Starts reading another message from {@code source}; throws {@code SIZE_LIMIT} when it holds
     * more bytes than {@link Limits#maxMessageSize()}.
     */
    public ProtocolReader reset(ByteSource source) {
        this.source = source;
        depth = 0;
        structDepth = 0;
        fieldId = NO_FIELD;
        clearPending();
        limits.checkMessageSize(source.remaining(), source.offset());
        return this;
    }

    void clearPending() {}

    public final ByteSource source() {
        return source;
    }

    public final Limits limits() {
        return limits;
    }

    /** Structs and containers open now. */
    public final int depth() {
        return depth;
    }

    /**
     * Id of the field whose header was read last in the innermost open struct, or {@link
     * ProtocolException#NO_FIELD}.
     */
    public final int fieldId() {
        return fieldId;
    }

    /** Element type of the list or set whose header was read last. */
    public final byte elementType() {
        return elementType;
    }

    /** Key type of the map whose header was read last. */
    public final byte keyType() {
        return keyType;
    }

    /** Value type of the map whose header was read last. */
    public final byte valueType() {
        return valueType;
    }

    /** Reads a message header. */
    public abstract ThriftMessage readMessageBegin();

    public final void readMessageEnd() {}

    /** Opens a struct (nothing on the wire; counts one level of depth). */
    public final void readStructBegin() {
        enter();
        if (structDepth == fieldStack.length) {
            fieldStack = java.util.Arrays.copyOf(fieldStack, structDepth * 2);
        }
        fieldStack[structDepth++] = fieldId;
        fieldId = NO_FIELD;
    }

    public final void readStructEnd() {
        fieldId = fieldStack[--structDepth];
        depth--;
    }

    /**
     * Reads a field header: returns its wire type, or {@link WireType#STOP} at the end of the
     * struct; {@link #fieldId()} then gives the field's id. Throws {@code INVALID_DATA} for a type
     * that is not a value type.
     */
    public abstract byte readFieldBegin();

    public final void readFieldEnd() {}

    /** Reads a list header: returns the element count; {@link #elementType()} gives the type. */
    public abstract int readListBegin();

    /** Reads a list header of a non-empty list of {@code type}, or throws {@code TYPE_MISMATCH}. */
    public final int readListBegin(byte type) {
        int count = readListBegin();
        checkElement(count, type, elementType, "list element");
        return count;
    }

    public final void readListEnd() {
        depth--;
    }

    /** Reads a set header: returns the element count; {@link #elementType()} gives the type. */
    public abstract int readSetBegin();

    /** Reads a set header of a non-empty set of {@code type}, or throws {@code TYPE_MISMATCH}. */
    public final int readSetBegin(byte type) {
        int count = readSetBegin();
        checkElement(count, type, elementType, "set element");
        return count;
    }

    public final void readSetEnd() {
        depth--;
    }

    /**
     * Reads a map header: returns the entry count; {@link #keyType()} and {@link #valueType()} give
     * the types (both {@link WireType#STOP} for an empty compact map, which carries none).
     */
    public abstract int readMapBegin();

    /** Reads the header of a non-empty map of the given types, or throws {@code TYPE_MISMATCH}. */
    public final int readMapBegin(byte key, byte value) {
        int count = readMapBegin();
        checkElement(count, key, keyType, "map key");
        checkElement(count, value, valueType, "map value");
        return count;
    }

    public final void readMapEnd() {
        depth--;
    }

    /** Reads a bool: any byte but 1 is false, as in libthrift. */
    public abstract boolean readBool();

    public abstract byte readByte();

    public abstract short readI16();

    public abstract int readI32();

    public abstract long readI64();

    public abstract double readDouble();

    /** Reads a uuid: 16 bytes, most significant first, in both protocols. */
    public final UUID readUuid() {
        source.require(16);
        byte[] buffer = source.buffer();
        int position = source.position();
        UUID uuid =
                new UUID(
                        BinaryWire.getI64(buffer, position),
                        BinaryWire.getI64(buffer, position + 8));
        source.skip(16);
        return uuid;
    }

    /** Reads a string, decoding UTF-8 as {@link Utf8#decode} does. */
    public final String readString() {
        int length = readBinaryLength();
        if (length == 0) {
            return "";
        }
        if (source.limit() - source.position() >= length) {
            String s = Utf8.decode(source.buffer(), source.position(), length);
            source.skip(length);
            return s;
        }
        byte[] bytes = new byte[length];
        source.readBytes(bytes, 0, length);
        return Utf8.decode(bytes, 0, length);
    }

    /** Reads a binary into a new array. */
    public final byte[] readBinary() {
        int length = readBinaryLength();
        byte[] bytes = new byte[length];
        source.readBytes(bytes, 0, length);
        return bytes;
    }

    /**
     * Reads the length of a string or binary, checked to be neither negative nor more than the
     * bytes remaining; the bytes follow in {@link #source()}, for the caller to take (zero-copy
     * access) or {@link #skipBytes} past.
     */
    public abstract int readBinaryLength();

    /** Consumes {@code count} bytes of the source, across windows, copying nothing. */
    public final void skipBytes(long count) {
        if (count > source.remaining()) {
            throw ProtocolException.truncated(source.offset(), count, source.remaining());
        }
        while (count > 0) {
            if (source.position() == source.limit()) {
                source.require(1);
            }
            int chunk = (int) Math.min(count, source.limit() - source.position());
            source.skip(chunk);
            count -= chunk;
        }
    }

    /**
     * Skips one value of {@code type}, however nested, with an explicit stack (no recursion)
     * bounded by {@link Limits#maxDepth()}. An error carries the id of the innermost field it was
     * in.
     */
    public final void skip(byte type) {
        try {
            skipValue(type);
        } catch (ProtocolException e) {
            throw annotate(e);
        }
    }

    /** {@code e}, with the id of the innermost field being read if it has none yet. */
    public final ProtocolException annotate(ProtocolException e) {
        int id = innermostFieldId();
        return id == NO_FIELD ? e : e.inField(id);
    }

    private int innermostFieldId() {
        if (fieldId != NO_FIELD) {
            return fieldId;
        }
        for (int i = structDepth - 1; i >= 0; i--) {
            if (fieldStack[i] != NO_FIELD) {
                return fieldStack[i];
            }
        }
        return NO_FIELD;
    }

    private void skipValue(byte type) {
        if (frameKind == null) {
            int size = Math.min(limits.maxDepth(), 64) + 1;
            frameKind = new byte[size];
            frameType1 = new byte[size];
            frameType2 = new byte[size];
            frameLeft = new long[size];
        }
        int top = 0; // frames in use
        while (true) {
            switch (type) {
                case WireType.STRUCT -> {
                    readStructBegin();
                    top = push(top, FRAME_STRUCT, WireType.STOP, WireType.STOP, 0);
                }
                case WireType.LIST -> {
                    int count = readListBegin();
                    top = push(top, FRAME_COLLECTION, elementType, WireType.STOP, count);
                }
                case WireType.SET -> {
                    int count = readSetBegin();
                    top = push(top, FRAME_COLLECTION, elementType, WireType.STOP, count);
                }
                case WireType.MAP -> {
                    int count = readMapBegin();
                    top = push(top, FRAME_MAP, keyType, valueType, 2L * count);
                }
                default -> skipScalar(type);
            }
            // Find the next value to skip, closing every frame that is done.
            while (true) {
                if (top == 0) {
                    return;
                }
                int frame = top - 1;
                byte kind = frameKind[frame];
                if (kind == FRAME_STRUCT) {
                    byte next = readFieldBegin();
                    if (next != WireType.STOP) {
                        type = next;
                        break;
                    }
                    readStructEnd();
                    top--;
                } else {
                    long left = frameLeft[frame];
                    if (left > 0) {
                        frameLeft[frame] = left - 1;
                        type =
                                kind == FRAME_MAP && (left & 1) == 1
                                        ? frameType2[frame]
                                        : frameType1[frame];
                        break;
                    }
                    depth--; // readListEnd, readSetEnd, readMapEnd
                    top--;
                }
            }
        }
    }

    private int push(int top, byte kind, byte type1, byte type2, long left) {
        if (top == frameKind.length) {
            int size = top * 2;
            frameKind = java.util.Arrays.copyOf(frameKind, size);
            frameType1 = java.util.Arrays.copyOf(frameType1, size);
            frameType2 = java.util.Arrays.copyOf(frameType2, size);
            frameLeft = java.util.Arrays.copyOf(frameLeft, size);
        }
        frameKind[top] = kind;
        frameType1[top] = type1;
        frameType2[top] = type2;
        frameLeft[top] = left;
        return top + 1;
    }

    private void skipScalar(byte type) {
        switch (type) {
            case WireType.BOOL -> readBool();
            case WireType.BYTE -> readByte();
            case WireType.I16 -> readI16();
            case WireType.I32 -> readI32();
            case WireType.I64 -> readI64();
            case WireType.DOUBLE -> skipBytes(8);
            case WireType.UUID -> skipBytes(16);
            case WireType.STRING -> skipBytes(readBinaryLength());
            default ->
                    throw error(Kind.INVALID_DATA, "cannot skip a value of " + WireType.name(type));
        }
    }

    // Checks shared by both protocols.

    final void enter() {
        if (depth >= limits.maxDepth()) {
            throw error(
                    Kind.DEPTH_LIMIT,
                    "nesting deeper than the limit of " + limits.maxDepth() + " levels");
        }
        depth++;
    }

    /** Checks a string or binary length whose prefix took {@code prefix} bytes. */
    final void checkLength(int length, int prefix) {
        if (length < 0) {
            throw error(Kind.NEGATIVE_SIZE, source.offset() - prefix, "negative length: " + length);
        }
        if (length > source.remaining()) {
            throw error(
                    Kind.SIZE_LIMIT,
                    source.offset() - prefix,
                    "length " + length + " is more than the " + source.remaining() + " bytes left");
        }
    }

    /**
     * Checks a container header read just before: the count is not negative, the types are value
     * types (or STOP in an empty container), and {@code count} elements of at least {@code
     * minElement} bytes fit in the bytes remaining.
     */
    final void checkContainer(String what, int count, byte type1, byte type2, int minElement) {
        if (count < 0) {
            throw error(Kind.NEGATIVE_SIZE, what + " of negative size: " + count);
        }
        checkType(what, count, type1);
        checkType(what, count, type2);
        if ((long) count * minElement > source.remaining()) {
            throw error(
                    Kind.SIZE_LIMIT,
                    what
                            + " of "
                            + count
                            + " elements cannot fit in the "
                            + source.remaining()
                            + " bytes left");
        }
    }

    private void checkType(String what, int count, byte type) {
        if (!WireType.isValue(type) && (count != 0 || type != WireType.STOP)) {
            throw error(Kind.INVALID_DATA, what + " of invalid element " + WireType.name(type));
        }
    }

    private void checkElement(int count, byte expected, byte actual, String what) {
        if (count != 0 && expected != actual) {
            throw error(
                    Kind.TYPE_MISMATCH,
                    what
                            + " type is "
                            + WireType.name(actual)
                            + ", expected "
                            + WireType.name(expected));
        }
    }

    final ProtocolException error(Kind kind, String message) {
        return error(kind, source.offset(), message);
    }

    final ProtocolException error(Kind kind, long offset, String message) {
        int id = innermostFieldId();
        String where = " at byte " + offset + (id == NO_FIELD ? "" : " (in field " + id + ")");
        return new ProtocolException(kind, offset, id, message + where);
    }
}
