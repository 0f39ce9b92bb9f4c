package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.bulk.BulkCodecs;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.UUID;

/**
 * The elements of a list or set in place, or the keys or the values of a map ({@link MapView#keys},
 * {@link MapView#values}). {@link #get} methods take the element's index, in wire order, and are
 * O(1): elements of a fixed size (numbers in the binary protocol; bool, i8, double and uuid in
 * both) are found by arithmetic, others through the table of positions the indexer recorded.
 *
 * <p>A flyweight: {@link StructView#getList(int, ListView)} points it at a container, so one
 * instance serves any number of lists. Valid while the message's index is (see {@code
 * package-info}).
 */
public final class ListView {
    private MessageIndex index;
    private TypeDescriptor elementType;
    private int count;
    private int fixedOffset;
    private int stride;
    private int table = -1;
    private int tableStride;
    private int record = -1;

    /** An empty view, to be pointed at a container by a struct, list or map view. */
    public ListView() {}

    ListView reset(
            MessageIndex index,
            int record,
            TypeDescriptor elementType,
            int fixedOffset,
            int fixedStride,
            int tableOffset,
            int tableStride) {
        this.index = index;
        this.record = record;
        this.elementType = elementType;
        IndexArena a = index.arena;
        this.count = a.link[record];
        int t = a.link[record + 2];
        if (t >= 0) {
            this.table = t + tableOffset;
            this.tableStride = tableStride;
        } else {
            this.table = -1;
            this.fixedOffset = fixedOffset;
            this.stride = fixedStride;
        }
        return this;
    }

    /** Elements (or entries, for a map's keys and values). */
    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The schema's element type. */
    public TypeDescriptor elementType() {
        return elementType;
    }

    /** Chain position of element {@code i}'s first byte. */
    public int position(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("element " + i + " of " + count);
        }
        IndexArena a = index.arena;
        // read from the arena on each call, so that an edit before the list moves it too
        return table >= 0
                ? a.pos[table + i * tableStride]
                : a.pos[record + 1] + fixedOffset + i * stride;
    }

    /** The arena entry of element {@code i}, or -1 when elements have no table. */
    private int entry(int i) {
        return table >= 0 ? table + i * tableStride : -1;
    }

    private int child(int i) {
        position(i);
        return index.arena.link[table + i * tableStride];
    }

    private Chain chain() {
        return index.chain;
    }

    public boolean getBool(int i) {
        return WireValues.bool(chain(), index.compact, position(i));
    }

    public byte getByte(int i) {
        return chain().getByte(position(i));
    }

    public short getShort(int i) {
        return index.i16(position(i));
    }

    public int getInt(int i) {
        return index.i32(position(i));
    }

    /** An enum element's value. */
    public int getEnum(int i) {
        return getInt(i);
    }

    public long getLong(int i) {
        return index.i64(position(i));
    }

    public double getDouble(int i) {
        return index.f64(position(i));
    }

    public long getUuidMostSignificant(int i) {
        return chain().getLong(position(i));
    }

    public long getUuidLeastSignificant(int i) {
        return chain().getLong(position(i) + 8);
    }

    public UUID getUuid(int i) {
        int p = position(i);
        return new UUID(chain().getLong(p), chain().getLong(p + 8));
    }

    /** A string element, decoded. */
    public String getString(int i) {
        return index.string(position(i));
    }

    /** A string element as a {@link CharSequence} over its bytes, in {@code target}. */
    public Utf8Text getUtf8(int i, Utf8Text target) {
        int p = position(i);
        Chain c = chain();
        return target.reset(
                c,
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p));
    }

    /** Whether string element {@code i} is {@code s}, compared without decoding. */
    public boolean stringEquals(int i, CharSequence s) {
        int p = position(i);
        Chain c = chain();
        return WireValues.stringEquals(
                c,
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p),
                s);
    }

    /** Chain position of the bytes of string or binary element {@code i} (after its length). */
    public int bytesPosition(int i) {
        return WireValues.stringStart(chain(), index.compact, position(i));
    }

    /** Length of the bytes of string or binary element {@code i}. */
    public int bytesLength(int i) {
        return WireValues.stringLength(chain(), index.compact, position(i));
    }

    /** A binary element as a read-only buffer: the chain's bytes when in one node, else a copy. */
    public ByteBuffer getBinary(int i) {
        return WireValues.buffer(chain(), bytesPosition(i), bytesLength(i));
    }

    /** A binary element, copied. */
    public byte[] getBinaryBytes(int i) {
        return WireValues.bytes(chain(), bytesPosition(i), bytesLength(i));
    }

    /** Struct element {@code i}, in {@code target}. */
    public <V extends StructView> V getStruct(int i, V target) {
        target.attach(index, child(i), elementType.struct());
        return target;
    }

    /** List or set element {@code i}, in {@code target}. */
    public ListView getList(int i, ListView target) {
        return target.attachCollection(index, child(i), elementType.element());
    }

    /** Map element {@code i}, in {@code target}. */
    public MapView getMap(int i, MapView target) {
        return target.reset(index, child(i), elementType);
    }

    // ---------------------------------------------------------------- bulk reads

    /**
     * Copies elements {@code [from, from + count)} of an i64 list into {@code dst}: in the binary
     * protocol a run of whole elements within a node is decoded in bulk ({@link
     * BulkCodecs#selected()}), and only an element straddling two nodes is read alone.
     */
    public void getLongs(int from, long[] dst, int dstOffset, int count) {
        checkBulk(ValueKind.I64, from, dst.length, dstOffset, count);
        if (count == 0 || !contiguousRun(8)) { // an empty run has no first position
            for (int i = 0; i < count; i++) {
                dst[dstOffset + i] = getLong(from + i);
            }
            return;
        }
        Chain c = chain();
        int p = position(from);
        int i = 0;
        while (i < count) {
            int node = c.nodeIndex(p);
            int within = p - c.nodeStart(node);
            int whole = Math.min((c.nodeLength(node) - within) / 8, count - i);
            if (whole > 0) {
                BulkCodecs.selected()
                        .decodeLongs(
                                c.nodeArray(node),
                                c.nodeOffset(node) + within,
                                dst,
                                dstOffset + i,
                                whole);
                i += whole;
                p += whole * 8;
            } else {
                dst[dstOffset + i++] = c.getLong(p);
                p += 8;
            }
        }
    }

    /** {@link #getLongs} for an i32 list. */
    public void getInts(int from, int[] dst, int dstOffset, int count) {
        checkBulk(ValueKind.I32, from, dst.length, dstOffset, count);
        if (count == 0 || !contiguousRun(4)) { // an empty run has no first position
            for (int i = 0; i < count; i++) {
                dst[dstOffset + i] = getInt(from + i);
            }
            return;
        }
        Chain c = chain();
        int p = position(from);
        int i = 0;
        while (i < count) {
            int node = c.nodeIndex(p);
            int within = p - c.nodeStart(node);
            int whole = Math.min((c.nodeLength(node) - within) / 4, count - i);
            if (whole > 0) {
                BulkCodecs.selected()
                        .decodeInts(
                                c.nodeArray(node),
                                c.nodeOffset(node) + within,
                                dst,
                                dstOffset + i,
                                whole);
                i += whole;
                p += whole * 4;
            } else {
                dst[dstOffset + i++] = c.getInt(p);
                p += 4;
            }
        }
    }

    /** {@link #getLongs} for a double list. */
    public void getDoubles(int from, double[] dst, int dstOffset, int count) {
        checkBulk(ValueKind.DOUBLE, from, dst.length, dstOffset, count);
        if (count == 0 || !contiguousRun(8)) { // an empty run has no first position
            for (int i = 0; i < count; i++) {
                dst[dstOffset + i] = getDouble(from + i);
            }
            return;
        }
        Chain c = chain();
        int p = position(from);
        int i = 0;
        while (i < count) {
            int node = c.nodeIndex(p);
            int within = p - c.nodeStart(node);
            int whole = Math.min((c.nodeLength(node) - within) / 8, count - i);
            if (whole > 0) {
                BulkCodecs.selected()
                        .decodeDoubles(
                                c.nodeArray(node),
                                c.nodeOffset(node) + within,
                                dst,
                                dstOffset + i,
                                whole);
                i += whole;
                p += whole * 8;
            } else {
                dst[dstOffset + i++] = Double.longBitsToDouble(c.getLong(p));
                p += 8;
            }
        }
    }

    private void checkBulk(ValueKind kind, int from, int dstLength, int dstOffset, int n) {
        if (elementType.kind() != kind) {
            throw new IllegalArgumentException("elements are " + elementType + ", not " + kind);
        }
        Objects.checkFromIndexSize(from, n, count);
        Objects.checkFromIndexSize(dstOffset, n, dstLength);
    }

    /** Whether the elements are big-endian values of {@code size} bytes, one after the other. */
    private boolean contiguousRun(int size) {
        return !index.compact && table < 0 && stride == size;
    }

    // ---------------------------------------------------------------- setters

    /*
     * Element setters replace one element in place (the same length) or by Chain.replace (a
     * compact varint or a string of another length); the count is unchanged and the index stays
     * valid. They apply to lists, sets and the keys and values of maps alike; setting a set
     * element or a map key to a value it already holds makes a message libthrift reads but
     * inspect rejects.
     */

    private void setScalar(int i, ValueKind kind, long bits, long low) {
        if (elementType.kind() != kind) {
            throw new IllegalArgumentException("elements are " + elementType + ", not " + kind);
        }
        int p = position(i);
        byte[] scratch = index.scratch;
        int n = ViewEditor.encodeElement(index, kind, bits, low, scratch);
        int old = n;
        if (index.compact
                && (kind == ValueKind.I16
                        || kind == ValueKind.I32
                        || kind == ValueKind.I64
                        || kind == ValueKind.ENUM)) {
            old = WireValues.varintLength(index.chain, p);
        }
        ViewEditor.replaceElement(index, p, old, scratch, n, entry(i));
    }

    public void setBool(int i, boolean value) {
        setScalar(i, ValueKind.BOOL, value ? 1 : 0, 0);
    }

    public void setByte(int i, byte value) {
        setScalar(i, ValueKind.I8, value, 0);
    }

    public void setShort(int i, short value) {
        setScalar(i, ValueKind.I16, value, 0);
    }

    public void setInt(int i, int value) {
        setScalar(i, ValueKind.I32, value, 0);
    }

    public void setEnum(int i, int value) {
        setScalar(i, ValueKind.ENUM, value, 0);
    }

    public void setLong(int i, long value) {
        setScalar(i, ValueKind.I64, value, 0);
    }

    public void setDouble(int i, double value) {
        setScalar(i, ValueKind.DOUBLE, Double.doubleToLongBits(value), 0);
    }

    public void setUuid(int i, long mostSignificant, long leastSignificant) {
        setScalar(i, ValueKind.UUID, mostSignificant, leastSignificant);
    }

    /** Replaces string element {@code i}: its length prefix and bytes, as one new node. */
    public void setString(int i, String value) {
        if (elementType.kind() != ValueKind.STRING) {
            throw new IllegalArgumentException("elements are " + elementType + ", not string");
        }
        setBytes(i, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Replaces binary element {@code i} (copied). */
    public void setBinary(int i, byte[] value) {
        if (elementType.kind() != ValueKind.BINARY) {
            throw new IllegalArgumentException("elements are " + elementType + ", not binary");
        }
        setBytes(i, value);
    }

    private void setBytes(int i, byte[] value) {
        int p = position(i);
        Chain c = chain();
        int old =
                WireValues.stringStart(c, index.compact, p)
                        - p
                        + WireValues.stringLength(c, index.compact, p);
        byte[] encoded = ViewEditor.encodeBytes(index, value);
        ViewEditor.replaceElement(index, p, old, encoded, encoded.length, entry(i));
    }

    ListView attachCollection(MessageIndex index, int record, TypeDescriptor element) {
        int size = index.fixedSize(element.kind());
        return reset(index, record, element, 0, size, 0, 1);
    }

    /** The container's record in the index (for the runtime's own tools). */
    int record() {
        return record;
    }
}
