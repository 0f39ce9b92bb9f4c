package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;

/**
 * Reads the compact protocol as libthrift's {@code TCompactProtocol} writes it: zigzag varints,
 * field ids as deltas in the field header, bool fields folded into the header's type, list and set
 * counts up to 14 in the header byte, little-endian doubles.
 *
 * <p>Stricter than libthrift on input no writer produces: a varint longer than 5 (i32) or 10 (i64)
 * bytes, a field header of compact type 0 with a delta, and type codes 14 and 15 are {@code
 * INVALID_DATA}.
 */
public final class CompactReader extends ProtocolReader {
    /** -1: no bool field pending; else the value of the bool field whose header was read. */
    private int pendingBool = -1;

    /** A reader with {@link Limits#DEFAULT}. */
    public CompactReader(ByteSource source) {
        this(source, Limits.DEFAULT);
    }

    public CompactReader(ByteSource source, Limits limits) {
        super(source, limits);
    }

    @Override
    public CompactReader reset(ByteSource source) {
        super.reset(source);
        return this;
    }

    @Override
    void clearPending() {
        pendingBool = -1;
    }

    @Override
    public ThriftMessage readMessageBegin() {
        byte id = source.readByte();
        if (id != CompactWire.PROTOCOL_ID) {
            throw error(
                    Kind.INVALID_DATA,
                    source.offset() - 1,
                    "expected compact protocol id 0x82, got 0x" + Integer.toHexString(id & 0xff));
        }
        byte versionAndType = source.readByte();
        int version = versionAndType & CompactWire.VERSION_MASK;
        if (version != CompactWire.VERSION) {
            throw error(
                    Kind.INVALID_DATA,
                    source.offset() - 1,
                    "expected compact protocol version 1, got " + version);
        }
        byte type = (byte) ((versionAndType >> CompactWire.TYPE_SHIFT) & 0x07);
        int seqid = readVarint32();
        return new ThriftMessage(readString(), type, seqid);
    }

    @Override
    public byte readFieldBegin() {
        byte header = source.readByte();
        if (header == 0) {
            return WireType.STOP;
        }
        int compactType = header & 0x0f;
        byte type = CompactWire.fromCompact(compactType);
        if (type <= WireType.STOP) {
            throw error(
                    Kind.INVALID_DATA,
                    source.offset() - 1,
                    "invalid compact field type " + compactType);
        }
        int delta = (header >> 4) & 0x0f;
        if (delta == 0) {
            fieldId = readI16();
        } else {
            fieldId = (short) ((fieldId == NO_FIELD ? 0 : fieldId) + delta);
        }
        if (type == WireType.BOOL) {
            pendingBool = compactType == CompactWire.CT_BOOLEAN_TRUE ? 1 : 0;
        }
        return type;
    }

    @Override
    public int readListBegin() {
        return readCollectionBegin("list");
    }

    @Override
    public int readSetBegin() {
        return readCollectionBegin("set");
    }

    private int readCollectionBegin(String what) {
        byte header = source.readByte();
        int count = (header >> 4) & 0x0f;
        if (count == 15) {
            count = readVarint32();
        }
        byte type = CompactWire.fromCompact(header);
        checkContainer(what, count, type, type, CompactWire.minSize(type));
        elementType = type;
        enter();
        return count;
    }

    @Override
    public int readMapBegin() {
        int count = readVarint32();
        byte key = WireType.STOP;
        byte value = WireType.STOP;
        if (count != 0) {
            if (count < 0) {
                throw error(Kind.NEGATIVE_SIZE, "map of negative size: " + count);
            }
            byte types = source.readByte();
            key = CompactWire.fromCompact(types >> 4);
            value = CompactWire.fromCompact(types);
        }
        checkContainer(
                "map", count, key, value, CompactWire.minSize(key) + CompactWire.minSize(value));
        keyType = key;
        valueType = value;
        enter();
        return count;
    }

    @Override
    public boolean readBool() {
        int pending = pendingBool;
        if (pending >= 0) {
            pendingBool = -1;
            return pending == 1;
        }
        return source.readByte() == CompactWire.CT_BOOLEAN_TRUE;
    }

    @Override
    public byte readByte() {
        return source.readByte();
    }

    @Override
    public short readI16() {
        return (short) CompactWire.unzigzag(readVarint32());
    }

    @Override
    public int readI32() {
        return CompactWire.unzigzag(readVarint32());
    }

    @Override
    public long readI64() {
        return CompactWire.unzigzag(readVarint64());
    }

    @Override
    public double readDouble() {
        source.require(8);
        double value = CompactWire.getDouble(source.buffer(), source.position());
        source.skip(8);
        return value;
    }

    @Override
    public int readBinaryLength() {
        int length = readVarint32();
        checkLength(length, CompactWire.varintSize(length));
        return length;
    }

    /** Reads an unsigned varint of at most 5 bytes (bits past the 32nd dropped, as libthrift). */
    public int readVarint32() {
        byte[] buffer = source.buffer();
        int position = source.position();
        if (source.limit() - position >= Long.BYTES) {
            byte b = buffer[position];
            if (b >= 0) { // field ids, counts and short lengths: one byte, the common case
                source.skip(1);
                return b;
            }
            long word = CompactWire.word(buffer, position);
            int bits = CompactWire.endBits32(word);
            if (bits < 0) {
                throw malformed(5);
            }
            source.skip(bits >>> 3);
            return (int) CompactWire.packedGroups(word, bits);
        }
        if (source.limit() - position >= 5) {
            long packed = CompactWire.getVarint32(buffer, position, position + 5);
            if (packed < 0) {
                throw malformed(5);
            }
            source.skip((int) (packed >>> 32));
            return (int) packed;
        }
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = source.readByte();
            result |= (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw malformed(5);
    }

    /** Reads an unsigned varint of at most 10 bytes. */
    public long readVarint64() {
        byte[] buffer = source.buffer();
        int position = source.position();
        if (source.limit() - position >= CompactWire.MAX_VARINT64_BYTES) {
            // one word load for all ten bytes' worth, no branch per byte
            long word = CompactWire.word(buffer, position);
            int bits = CompactWire.endBits(word);
            if (bits != 0) {
                source.skip(bits >>> 3);
                return CompactWire.packedGroups(word, bits);
            }
            long b8 = buffer[position + 8];
            long b9 = buffer[position + 9];
            if ((b8 & b9) < 0) {
                throw malformed(10);
            }
            source.skip(9 + (int) (b8 >>> 63));
            return CompactWire.packedLongTail(word, b8, b9);
        }
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte b = source.readByte();
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw malformed(10);
    }

    private ProtocolException malformed(int max) {
        return error(Kind.INVALID_DATA, "varint longer than " + max + " bytes");
    }
}
