package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;

/**
 * Reads the binary protocol: big-endian fixed-size numbers, 4-byte lengths and counts, a field
 * header of type byte and i16 id. Message headers may be strict (version word first) or, unless
 * {@code strictRead}, old-style (name first), as libthrift's {@code TBinaryProtocol} reads them.
 */
public final class BinaryReader extends ProtocolReader {
    private final boolean strictRead;

    /** A reader with libthrift's defaults: {@link Limits#DEFAULT}, old-style headers accepted. */
    public BinaryReader(ByteSource source) {
        this(source, Limits.DEFAULT, false);
    }

    /**
     * @param strictRead reject message headers without a version word, as libthrift does with
     *     {@code strictRead}.
     */
    public BinaryReader(ByteSource source, Limits limits, boolean strictRead) {
        super(source, limits);
        this.strictRead = strictRead;
    }

    @Override
    public BinaryReader reset(ByteSource source) {
        super.reset(source);
        return this;
    }

    @Override
    public ThriftMessage readMessageBegin() {
        int word = readI32();
        if (word < 0) {
            if ((word & BinaryWire.VERSION_MASK) != BinaryWire.VERSION_1) {
                throw error(
                        Kind.INVALID_DATA,
                        source.offset() - 4,
                        "bad version in message header: 0x" + Integer.toHexString(word));
            }
            String name = readString();
            return new ThriftMessage(name, (byte) word, readI32());
        }
        if (strictRead) {
            throw error(
                    Kind.INVALID_DATA,
                    source.offset() - 4,
                    "message header without version word (strict read)");
        }
        checkLength(word, 4);
        String name;
        if (source.limit() - source.position() >= word) {
            name = Utf8.decode(source.buffer(), source.position(), word);
            source.skip(word);
        } else {
            byte[] bytes = new byte[word];
            source.readBytes(bytes, 0, word);
            name = Utf8.decode(bytes, 0, word);
        }
        byte type = readByte();
        return new ThriftMessage(name, type, readI32());
    }

    @Override
    public byte readFieldBegin() {
        byte type = source.readByte();
        if (type == WireType.STOP) {
            return type;
        }
        if (!WireType.isValue(type)) {
            throw error(
                    Kind.INVALID_DATA, source.offset() - 1, "invalid field " + WireType.name(type));
        }
        fieldId = readI16();
        return type;
    }

    @Override
    public int readListBegin() {
        readCollectionHeader("list");
        return enterCollection();
    }

    @Override
    public int readSetBegin() {
        readCollectionHeader("set");
        return enterCollection();
    }

    private int collectionCount;

    private void readCollectionHeader(String what) {
        source.require(5);
        byte[] buffer = source.buffer();
        int position = source.position();
        byte type = buffer[position];
        int count = BinaryWire.getI32(buffer, position + 1);
        source.skip(5);
        checkContainer(what, count, type, type, BinaryWire.minSize(type));
        elementType = type;
        collectionCount = count;
    }

    private int enterCollection() {
        enter();
        return collectionCount;
    }

    @Override
    public int readMapBegin() {
        source.require(6);
        byte[] buffer = source.buffer();
        int position = source.position();
        byte key = buffer[position];
        byte value = buffer[position + 1];
        int count = BinaryWire.getI32(buffer, position + 2);
        source.skip(6);
        checkContainer(
                "map", count, key, value, BinaryWire.minSize(key) + BinaryWire.minSize(value));
        keyType = key;
        valueType = value;
        enter();
        return count;
    }

    @Override
    public boolean readBool() {
        return source.readByte() == 1;
    }

    @Override
    public byte readByte() {
        return source.readByte();
    }

    @Override
    public short readI16() {
        source.require(2);
        short value = BinaryWire.getI16(source.buffer(), source.position());
        source.skip(2);
        return value;
    }

    @Override
    public int readI32() {
        source.require(4);
        int value = BinaryWire.getI32(source.buffer(), source.position());
        source.skip(4);
        return value;
    }

    @Override
    public long readI64() {
        source.require(8);
        long value = BinaryWire.getI64(source.buffer(), source.position());
        source.skip(8);
        return value;
    }

    @Override
    public double readDouble() {
        return Double.longBitsToDouble(readI64());
    }

    @Override
    public int readBinaryLength() {
        int length = readI32();
        checkLength(length, 4);
        return length;
    }
}
