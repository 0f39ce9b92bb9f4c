package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.bulk.BulkCodec;
import dev.zerothrift.runtime.bulk.BulkCodecs;
import dev.zerothrift.runtime.bulk.CompactLists;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.CompactWire;

import java.nio.ByteBuffer;
import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The elements of a list or set in place, or the keys or the values of a map ({@link MapView#keys},
 * {@link MapView#values}). {@link #get} methods take the element's index, in wire order, and are
 * O(1): elements of a fixed size (numbers in the binary protocol; bool, i8, double and uuid in
 * both) are found by arithmetic, others through the table of positions the indexer recorded.
 *
 * <p>Lists and sets of compact-protocol varints (i16, i32, i64, enum) have no table: the view
 * remembers where the element after the last one read starts, so reading them in order is O(1) per
 * element, and any other element is found by a walk from the nearest remembered point (the first
 * element, the last one read, the end), counting varints eight bytes at a time. {@link #getLongs}
 * and {@link #getInts} read such a list in bulk.
 *
 * <p>A flyweight: {@link StructView#getList(int, ListView)} points it at a container, so one
 * instance serves any number of lists. Valid while the message's index is (see {@code
 * package-info}).
 */
public final class ListView {
    private MessageIndex index;
    private TypeDescriptor elementType;
    private TypeDescriptor container; // the list or set type; for a map's keys or values, the map
    private int fixedOffset;
    private int stride;
    private int tableOffset;
    private int tableStride;
    private int record = -1;

    // Compact varint elements, which have no table: element cursorIndex starts cursorOffset bytes
    // after the first, as long as the index has seen no edit since (its edit count is cursorEdits).
    private boolean varints;
    private int cursorIndex;
    private int cursorOffset;
    private int cursorEdits;
    // The node of the element read last: chain positions [nodeStart, nodeLimit) at
    // nodeBytes[p + nodeDelta]; valid with the cursor.
    private byte[] nodeBytes;
    private int nodeDelta;
    private int nodeStart;
    private int nodeLimit;
    private ChainCursor bulk; // the source of bulk reads of compact lists, made on first use
    // What the forEach methods read other lists into, a chunk at a time; each made on first use.
    private long[] visitLongs;
    private int[] visitInts;
    private double[] visitDoubles;

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
        // the count and the table are read from the record on each call: an element added or
        // removed through any view of the container shows in every view of it
        this.tableOffset = tableOffset;
        this.tableStride = tableStride;
        this.fixedOffset = fixedOffset;
        this.stride = fixedStride;
        this.varints =
                index.arena.link[record + 2] < 0
                        && index.compact
                        && WireValues.isVarint(elementType.kind());
        forgetCursor();
        return this;
    }

    private void forgetCursor() {
        cursorIndex = 0;
        cursorOffset = 0;
        cursorEdits = index.edits;
        nodeBytes = null;
        nodeStart = nodeLimit = 0;
    }

    /** Elements (or entries, for a map's keys and values). */
    public int size() {
        return index.arena.link[record];
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Start of this view's entries in the container's table, or -1 when it has none. */
    private int table() {
        int t = index.arena.link[record + 2];
        return t < 0 ? -1 : t + tableOffset;
    }

    /** The schema's element type. */
    public TypeDescriptor elementType() {
        return elementType;
    }

    /** Chain position of element {@code i}'s first byte. */
    public int position(int i) {
        int count = size();
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("element " + i + " of " + count);
        }
        IndexArena a = index.arena;
        int table = table();
        // read from the arena on each call, so that an edit before the list moves it too
        if (table >= 0) {
            return a.pos[table + i * tableStride];
        }
        return varints ? varintPosition(i) : a.pos[record + 1] + fixedOffset + i * stride;
    }

    /**
     * Chain position of varint element {@code i} (in range), walked to from the nearest point
     * known: the first element, the cursor, or the list's end; the cursor is left at {@code i}.
     */
    private int varintPosition(int i) {
        MessageIndex x = index;
        if (cursorEdits != x.edits) {
            forgetCursor(); // an edit may have moved the elements, or the nodes
        }
        int first = x.arena.pos[record + 1];
        int known = cursorIndex;
        int p;
        if (known <= i) {
            p = WireValues.skipVarints(x.chain, first + cursorOffset, i - known);
        } else if (known - i < i / 8) { // a walk back goes byte by byte: only when much nearer
            p = first + cursorOffset;
            for (int k = known; k > i; k--) {
                p = WireValues.previousVarint(x.chain, first, p);
            }
        } else if (size() - i < i / 8) {
            p = x.arena.pos[record + 2] + 1; // after the last element
            for (int k = size(); k > i; k--) {
                p = WireValues.previousVarint(x.chain, first, p);
            }
        } else {
            p = WireValues.skipVarints(x.chain, first, i);
        }
        cursorIndex = i;
        cursorOffset = p - first;
        return p;
    }

    /**
     * Varint element {@code i}, unsigned and without zigzag; the cursor is left on the element
     * after it, so that reading in order walks nothing.
     */
    private long varint(int i) {
        int p = position(i);
        if (p < nodeStart || nodeLimit - p < CompactLists.MAX_I64_BYTES) {
            takeNode(p);
        }
        long result;
        int length;
        if (nodeLimit - p >= CompactLists.MAX_I64_BYTES) {
            byte[] a = nodeBytes;
            int q = p + nodeDelta;
            long b = a[q];
            if (b >= 0) {
                result = b;
                length = 1;
            } else {
                result = b & 0x7f;
                length = 1;
                int shift = 7;
                do {
                    b = a[q + length++];
                    result |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
            }
        } else {
            Chain c = chain();
            result = WireValues.varint(c, p);
            length = WireValues.varintLength(c, p);
        }
        cursorIndex = i + 1;
        cursorOffset += length;
        return result;
    }

    private void takeNode(int p) {
        Chain c = chain();
        int node = c.nodeIndex(p);
        nodeStart = c.nodeStart(node);
        nodeLimit = nodeStart + c.nodeLength(node);
        nodeBytes = c.nodeArray(node);
        nodeDelta = c.nodeOffset(node) - nodeStart;
    }

    /** The arena entry of element {@code i}, or -1 when elements have no table. */
    private int entry(int i) {
        int table = table();
        if (table >= 0) {
            return table + i * tableStride;
        }
        // a replaced first varint must not move the list's first position, which is its start
        return varints && i == 0 ? record + 1 : -1;
    }

    private int child(int i) {
        position(i);
        return index.arena.link[table() + i * tableStride];
    }

    private Chain chain() {
        return index.chain;
    }

    public boolean getBool(int i) {
        return index.i8(position(i)) == 1; // binary: 1 true; compact element: CT_BOOLEAN_TRUE
    }

    public byte getByte(int i) {
        return index.i8(position(i));
    }

    public short getShort(int i) {
        return varints ? (short) CompactWire.unzigzag((int) varint(i)) : index.i16(position(i));
    }

    public int getInt(int i) {
        return varints ? CompactWire.unzigzag((int) varint(i)) : index.i32(position(i));
    }

    /** An enum element's value. */
    public int getEnum(int i) {
        return getInt(i);
    }

    public long getLong(int i) {
        return varints ? CompactWire.unzigzag(varint(i)) : index.i64(position(i));
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
        return target.attachCollection(index, child(i), elementType);
    }

    /** Map element {@code i}, in {@code target}. */
    public MapView getMap(int i, MapView target) {
        return target.reset(index, child(i), elementType);
    }

    // ---------------------------------------------------------------- bulk reads

    /**
     * Copies elements {@code [from, from + count)} of an i64 list into {@code dst}: in the binary
     * protocol a run of whole elements within a node is decoded in bulk ({@link
     * BulkCodecs#selected()}, or the scalar loop for a run of fewer than 32), and only an element
     * straddling two nodes is read alone.
     */
    public void getLongs(int from, long[] dst, int dstOffset, int count) {
        checkBulk(ValueKind.I64, from, dst.length, dstOffset, count);
        if (varints && count > 0) {
            int p = position(from);
            int i = 0;
            while (i < count) {
                if (p < nodeStart || p >= nodeLimit) {
                    takeNode(p);
                }
                int d = nodeDelta;
                long done =
                        CompactVarints.longs(
                                nodeBytes, p + d, nodeLimit + d, dst, dstOffset + i, count - i);
                i += (int) done;
                p = (int) (done >>> 32) - d;
                if (i < count && nodeLimit - p < CompactLists.MAX_I64_BYTES) {
                    // near the node's end: one element through the chain
                    Chain c = chain();
                    dst[dstOffset + i++] = CompactWire.unzigzag(WireValues.varint(c, p));
                    p += WireValues.varintLength(c, p);
                }
            }
            leaveCursor(from + count, p);
            return;
        }
        if (count == 0 || !contiguousRun(8)) { // an empty run has no first position
            for (int i = 0; i < count; i++) {
                dst[dstOffset + i] = getLong(from + i);
            }
            return;
        }
        int p = position(from);
        byte[] flat = index.flatBytes();
        if (flat != null) { // the message in one node: the run is all in it
            codecFor(count).decodeLongs(flat, p + index.flatDelta(), dst, dstOffset, count);
            return;
        }
        Chain c = chain();
        int i = 0;
        while (i < count) {
            int node = c.nodeIndex(p);
            int within = p - c.nodeStart(node);
            int whole = Math.min((c.nodeLength(node) - within) / 8, count - i);
            if (whole > 0) {
                codecFor(whole)
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
        if (varints && count > 0) {
            int p = position(from);
            int i = 0;
            while (i < count) {
                if (p < nodeStart || p >= nodeLimit) {
                    takeNode(p);
                }
                int d = nodeDelta;
                long done =
                        CompactVarints.ints(
                                nodeBytes, p + d, nodeLimit + d, dst, dstOffset + i, count - i);
                i += (int) done;
                p = (int) (done >>> 32) - d;
                if (i < count && nodeLimit - p < Long.BYTES) {
                    // near the node's end: one element through the chain
                    Chain c = chain();
                    dst[dstOffset + i++] = CompactWire.unzigzag((int) WireValues.varint(c, p));
                    p += WireValues.varintLength(c, p);
                }
            }
            leaveCursor(from + count, p);
            return;
        }
        if (count == 0 || !contiguousRun(4)) { // an empty run has no first position
            for (int i = 0; i < count; i++) {
                dst[dstOffset + i] = getInt(from + i);
            }
            return;
        }
        int p = position(from);
        byte[] flat = index.flatBytes();
        if (flat != null) { // the message in one node: the run is all in it
            codecFor(count).decodeInts(flat, p + index.flatDelta(), dst, dstOffset, count);
            return;
        }
        Chain c = chain();
        int i = 0;
        while (i < count) {
            int node = c.nodeIndex(p);
            int within = p - c.nodeStart(node);
            int whole = Math.min((c.nodeLength(node) - within) / 4, count - i);
            if (whole > 0) {
                codecFor(whole)
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
        if (index.compact && table() < 0 && stride == 8 && count > 0) { // little-endian
            CompactLists.readDoubles(compactRun(from), dst, dstOffset, count);
            bulk.clear();
            return;
        }
        if (count == 0 || !contiguousRun(8)) { // an empty run has no first position
            for (int i = 0; i < count; i++) {
                dst[dstOffset + i] = getDouble(from + i);
            }
            return;
        }
        int p = position(from);
        byte[] flat = index.flatBytes();
        if (flat != null) { // the message in one node: the run is all in it
            codecFor(count).decodeDoubles(flat, p + index.flatDelta(), dst, dstOffset, count);
            return;
        }
        Chain c = chain();
        int i = 0;
        while (i < count) {
            int node = c.nodeIndex(p);
            int within = p - c.nodeStart(node);
            int whole = Math.min((c.nodeLength(node) - within) / 8, count - i);
            if (whole > 0) {
                codecFor(whole)
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

    // ---------------------------------------------------------------- visiting every element

    /*
     * The forEach methods give every element to an action, in order, in one pass: the elements of
     * a binary list go from the bytes of the node they sit in straight to the action, with no array
     * between them. That is the cheapest way to read a long list whole: ListReadBench (mytest-1m's
     * 131,072 i64s, binary, 2026-12-06, 3 forks) visited them in 31.7 us, read them in bulk reads
     * of 512 in 51.2 us, and consumed the fast codec's array, decoded already, in 24.6 us. Other lists
     * (compact varints, compact doubles, a map's keys or values, which have a stride) go through
     * the bulk getters a chunk at a time, into an array the view keeps.
     *
     * There is one method per element type, as the JDK's primitive spliterators have, because the
     * loop that hands elements over is the point: one shared loop would box them or call the
     * action through an adapter.
     *
     * An action may read the message but not edit it: the visit ends with
     * ConcurrentModificationException right after the element whose action made an edit, as the
     * positions it would go on from may have moved.
     */

    /** Elements the forEach methods read at a time through the bulk getters. */
    private static final int VISIT_CHUNK = 256;

    /**
     * Gives every element of an i64 list to {@code action}, in order (see {@link #getLongs} for
     * reading some of them into an array).
     *
     * @throws IllegalArgumentException if the elements are not i64s
     * @throws ConcurrentModificationException if {@code action} edits the message
     */
    public void forEachLong(LongConsumer action) {
        checkVisit(ValueKind.I64, action);
        int n = size();
        MessageIndex x = index;
        int edits = x.edits;
        if (n > 0 && contiguousRun(8)) {
            int p = position(0);
            int i = 0;
            while (i < n) {
                Run run = run(p, 8, n - i);
                if (run.whole == 0) { // the element straddles two nodes
                    action.accept(chain().getLong(p));
                    checkUnedited(edits);
                    i++;
                    p += 8;
                    continue;
                }
                byte[] b = run.bytes;
                int q = run.offset;
                for (int k = run.whole; k > 0; k--, q += 8) {
                    action.accept(BinaryWire.getI64(b, q));
                    if (x.edits != edits) {
                        throw edited();
                    }
                }
                i += run.whole;
                p += 8 * run.whole;
            }
            run.bytes = null; // a visit that ends keeps no block's array
            return;
        }
        long[] chunk = visitLongs == null ? visitLongs = new long[VISIT_CHUNK] : visitLongs;
        for (int from = 0; from < n; from += chunk.length) {
            int k = Math.min(chunk.length, n - from);
            getLongs(from, chunk, 0, k);
            for (int j = 0; j < k; j++) {
                action.accept(chunk[j]);
                checkUnedited(edits);
            }
        }
    }

    /**
     * {@link #forEachLong} for an i32 list.
     *
     * @throws IllegalArgumentException if the elements are not i32s
     * @throws ConcurrentModificationException if {@code action} edits the message
     */
    public void forEachInt(IntConsumer action) {
        checkVisit(ValueKind.I32, action);
        int n = size();
        MessageIndex x = index;
        int edits = x.edits;
        if (n > 0 && contiguousRun(4)) {
            int p = position(0);
            int i = 0;
            while (i < n) {
                Run run = run(p, 4, n - i);
                if (run.whole == 0) {
                    action.accept(chain().getInt(p));
                    checkUnedited(edits);
                    i++;
                    p += 4;
                    continue;
                }
                byte[] b = run.bytes;
                int q = run.offset;
                for (int k = run.whole; k > 0; k--, q += 4) {
                    action.accept(BinaryWire.getI32(b, q));
                    if (x.edits != edits) {
                        throw edited();
                    }
                }
                i += run.whole;
                p += 4 * run.whole;
            }
            run.bytes = null;
            return;
        }
        int[] chunk = visitInts == null ? visitInts = new int[VISIT_CHUNK] : visitInts;
        for (int from = 0; from < n; from += chunk.length) {
            int k = Math.min(chunk.length, n - from);
            getInts(from, chunk, 0, k);
            for (int j = 0; j < k; j++) {
                action.accept(chunk[j]);
                checkUnedited(edits);
            }
        }
    }

    /**
     * {@link #forEachLong} for a double list.
     *
     * @throws IllegalArgumentException if the elements are not doubles
     * @throws ConcurrentModificationException if {@code action} edits the message
     */
    public void forEachDouble(DoubleConsumer action) {
        checkVisit(ValueKind.DOUBLE, action);
        int n = size();
        MessageIndex x = index;
        int edits = x.edits;
        if (n > 0 && contiguousRun(8)) {
            int p = position(0);
            int i = 0;
            while (i < n) {
                Run run = run(p, 8, n - i);
                if (run.whole == 0) {
                    action.accept(Double.longBitsToDouble(chain().getLong(p)));
                    checkUnedited(edits);
                    i++;
                    p += 8;
                    continue;
                }
                byte[] b = run.bytes;
                int q = run.offset;
                for (int k = run.whole; k > 0; k--, q += 8) {
                    action.accept(BinaryWire.getDouble(b, q));
                    if (x.edits != edits) {
                        throw edited();
                    }
                }
                i += run.whole;
                p += 8 * run.whole;
            }
            run.bytes = null; // a visit that ends keeps no block's array
            return;
        }
        double[] chunk =
                visitDoubles == null ? visitDoubles = new double[VISIT_CHUNK] : visitDoubles;
        for (int from = 0; from < n; from += chunk.length) {
            int k = Math.min(chunk.length, n - from);
            getDoubles(from, chunk, 0, k);
            for (int j = 0; j < k; j++) {
                action.accept(chunk[j]);
                checkUnedited(edits);
            }
        }
    }

    private void checkVisit(ValueKind kind, Object action) {
        Objects.requireNonNull(action, "action");
        if (elementType.kind() != kind) {
            throw new IllegalArgumentException("elements are " + elementType + ", not " + kind);
        }
    }

    private void checkUnedited(int edits) {
        if (index.edits != edits) {
            throw edited();
        }
    }

    private static ConcurrentModificationException edited() {
        return new ConcurrentModificationException(
                "the message was edited while its list was visited");
    }

    /** The bytes of a run of whole elements in one node: where, and how many. */
    private final Run run = new Run();

    private static final class Run {
        byte[] bytes;
        int offset;
        int whole;
    }

    /**
     * The whole elements of {@code size} bytes, at most {@code max}, from chain position {@code p}
     * to the end of its node (all of them when the message is in one node); none when the element
     * at {@code p} straddles two nodes. The same {@link Run}, refilled.
     */
    private Run run(int p, int size, int max) {
        Run r = run;
        byte[] flat = index.flatBytes();
        if (flat != null) {
            r.bytes = flat;
            r.offset = p + index.flatDelta();
            r.whole = max;
            return r;
        }
        Chain c = chain();
        int node = c.nodeIndex(p);
        int within = p - c.nodeStart(node);
        r.bytes = c.nodeArray(node);
        r.offset = c.nodeOffset(node) + within;
        r.whole = Math.min((c.nodeLength(node) - within) / size, max);
        return r;
    }

    /**
     * Runs shorter than this are decoded by the scalar loop whatever {@link BulkCodecs#selected()}
     * is: a few elements are done before a vector loop has paid for its setup (the threshold the
     * fast codecs' lists use, {@code BinaryLists.SCALAR_BELOW}, measured there).
     */
    private static final int SCALAR_BELOW = 32;

    private static BulkCodec codecFor(int count) {
        return count < SCALAR_BELOW ? BulkCodecs.scalar() : BulkCodecs.selected();
    }

    private void checkBulk(ValueKind kind, int from, int dstLength, int dstOffset, int n) {
        if (elementType.kind() != kind) {
            throw new IllegalArgumentException("elements are " + elementType + ", not " + kind);
        }
        Objects.checkFromIndexSize(from, n, size());
        Objects.checkFromIndexSize(dstOffset, n, dstLength);
    }

    /**
     * A source over the elements of a compact list from element {@code from} to the list's end, for
     * the bulk decoders of {@link CompactLists} (the bytes were checked when indexed).
     */
    private ChainCursor compactRun(int from) {
        int p = position(from);
        if (bulk == null) {
            bulk = new ChainCursor();
        }
        return bulk.reset(chain(), p, index.arena.pos[record + 2] + 1 - p);
    }

    /**
     * After a bulk read of varints up to element {@code next}, at {@code p}: the cursor is there.
     */
    private void leaveCursor(int next, int p) {
        cursorIndex = next;
        cursorOffset = p - index.arena.pos[record + 1];
    }

    /** Whether the elements are big-endian values of {@code size} bytes, one after the other. */
    private boolean contiguousRun(int size) {
        return !index.compact && table() < 0 && stride == size;
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

    // ---------------------------------------------------------------- adding and removing

    /*
     * Structural edits of a list or set (see ContainerEditor): an element goes in encoded apart,
     * in the message's protocol, and is indexed before the message changes; the count in the
     * header is encoded again. Afterwards every view of this container, this one or another, sees
     * the new count and positions, and views of its elements keep showing the same elements;
     * views of a removed or replaced element (and of anything inside it) are no longer valid. In a
     * set, elements compare by their encoded bytes: adding one that is there already changes
     * nothing and returns false. A map's entries are edited through its MapView.
     */

    /**
     * Inserts the element encoded in {@code element} (one value of the element type, in the
     * message's protocol; left empty when it goes in) before element {@code i} ({@code size()}: at
     * the end). Returns false, changing nothing, in a set that holds those bytes already.
     *
     * @throws dev.zerothrift.runtime.protocol.ProtocolException when {@code element} is not one
     *     value of the element type (the message is then unchanged).
     */
    public boolean insertEncoded(int i, Chain element) {
        checkCollection();
        if (container.kind() == ValueKind.SET
                && ContainerEditor.find(index, record, container, element) >= 0) {
            return false;
        }
        ContainerEditor.insert(index, record, container, i, element, null);
        return true;
    }

    /** {@link #insertEncoded} at the end. */
    public boolean addEncoded(Chain element) {
        return insertEncoded(size(), element);
    }

    /** Removes element {@code i}. */
    public void remove(int i) {
        checkCollection();
        ContainerEditor.remove(index, record, container, i);
    }

    /**
     * Replaces element {@code i} by the element encoded in {@code element} (indexed first, left
     * empty when it goes in), of any length. In a set that holds those bytes at another element
     * already, element {@code i} is removed instead and the result is false.
     */
    public boolean replaceEncoded(int i, Chain element) {
        checkCollection();
        if (container.kind() == ValueKind.SET) {
            int same = ContainerEditor.find(index, record, container, element);
            if (same == i) {
                return true;
            }
            if (same >= 0) {
                remove(i);
                return false;
            }
        }
        ContainerEditor.replace(index, record, container, i, element);
        return true;
    }

    /** The index of the element whose encoding is {@code element}'s bytes, or -1. */
    public int indexOfEncoded(Chain element) {
        return ContainerEditor.find(index, record, container, element);
    }

    private boolean insertScalar(int i, ValueKind kind, long bits, long low) {
        checkCollection();
        if (elementType.kind() != kind) {
            throw new IllegalArgumentException("elements are " + elementType + ", not " + kind);
        }
        byte[] encoded = new byte[16];
        int n = ViewEditor.encodeElement(index, kind, bits, low, encoded);
        return insertBytes(i, encoded, n);
    }

    private boolean insertBytes(int i, byte[] encoded, int n) {
        try (Chain element = new Chain(chain().pool())) {
            element.append(encoded, 0, n);
            return insertEncoded(i, element);
        }
    }

    /** Inserts {@code value} before element {@code i}; false in a set that holds it already. */
    public boolean insertBool(int i, boolean value) {
        return insertScalar(i, ValueKind.BOOL, value ? 1 : 0, 0);
    }

    /** Appends {@code value}; false in a set that holds it already. */
    public boolean addBool(boolean value) {
        return insertBool(size(), value);
    }

    /** Inserts {@code value} before element {@code i}; false in a set that holds it already. */
    public boolean insertByte(int i, byte value) {
        return insertScalar(i, ValueKind.I8, value, 0);
    }

    /** Appends {@code value}; false in a set that holds it already. */
    public boolean addByte(byte value) {
        return insertByte(size(), value);
    }

    /** Inserts {@code value} before element {@code i}; false in a set that holds it already. */
    public boolean insertShort(int i, short value) {
        return insertScalar(i, ValueKind.I16, value, 0);
    }

    /** Appends {@code value}; false in a set that holds it already. */
    public boolean addShort(short value) {
        return insertShort(size(), value);
    }

    /** Inserts {@code value} before element {@code i}; false in a set that holds it already. */
    public boolean insertInt(int i, int value) {
        return insertScalar(i, ValueKind.I32, value, 0);
    }

    /** Appends {@code value}; false in a set that holds it already. */
    public boolean addInt(int value) {
        return insertInt(size(), value);
    }

    /** Inserts enum value {@code value} before element {@code i}; false in a set holding it. */
    public boolean insertEnum(int i, int value) {
        return insertScalar(i, ValueKind.ENUM, value, 0);
    }

    /** Appends enum value {@code value}; false in a set that holds it already. */
    public boolean addEnum(int value) {
        return insertEnum(size(), value);
    }

    /** Inserts {@code value} before element {@code i}; false in a set that holds it already. */
    public boolean insertLong(int i, long value) {
        return insertScalar(i, ValueKind.I64, value, 0);
    }

    /** Appends {@code value}; false in a set that holds it already. */
    public boolean addLong(long value) {
        return insertLong(size(), value);
    }

    /**
     * Inserts {@code value} before element {@code i}; false in a set that holds its bits already.
     */
    public boolean insertDouble(int i, double value) {
        return insertScalar(i, ValueKind.DOUBLE, Double.doubleToLongBits(value), 0);
    }

    /** Appends {@code value}; false in a set that holds its bits already. */
    public boolean addDouble(double value) {
        return insertDouble(size(), value);
    }

    /** Inserts a uuid before element {@code i}; false in a set that holds it already. */
    public boolean insertUuid(int i, long mostSignificant, long leastSignificant) {
        return insertScalar(i, ValueKind.UUID, mostSignificant, leastSignificant);
    }

    /** Appends a uuid; false in a set that holds it already. */
    public boolean addUuid(long mostSignificant, long leastSignificant) {
        return insertUuid(size(), mostSignificant, leastSignificant);
    }

    /** Inserts {@code value} before element {@code i}; false in a set that holds it already. */
    public boolean insertString(int i, String value) {
        checkCollection();
        if (elementType.kind() != ValueKind.STRING) {
            throw new IllegalArgumentException("elements are " + elementType + ", not string");
        }
        byte[] encoded =
                ViewEditor.encodeBytes(
                        index, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return insertBytes(i, encoded, encoded.length);
    }

    /** Appends {@code value}; false in a set that holds it already. */
    public boolean addString(String value) {
        return insertString(size(), value);
    }

    /** Inserts {@code value} (copied) before element {@code i}; false in a set holding it. */
    public boolean insertBinary(int i, byte[] value) {
        checkCollection();
        if (elementType.kind() != ValueKind.BINARY) {
            throw new IllegalArgumentException("elements are " + elementType + ", not binary");
        }
        byte[] encoded = ViewEditor.encodeBytes(index, value);
        return insertBytes(i, encoded, encoded.length);
    }

    /** Appends {@code value} (copied); false in a set that holds it already. */
    public boolean addBinary(byte[] value) {
        return insertBinary(size(), value);
    }

    private void checkCollection() {
        if (container == null || container.kind() == ValueKind.MAP) {
            throw new UnsupportedOperationException(
                    "a map's entries are added and removed through its MapView");
        }
    }

    /** Points the view at the list or set of type {@code collection} at {@code record}. */
    ListView attachCollection(MessageIndex index, int record, TypeDescriptor collection) {
        TypeDescriptor element = collection.element();
        int size = index.fixedSize(element.kind());
        reset(index, record, element, 0, size, 0, 1);
        this.container = collection;
        return this;
    }

    /** The map whose keys or values this view shows: {@code map}. */
    ListView ofMap(TypeDescriptor map) {
        this.container = map;
        return this;
    }

    /** The container's record in the index (for the runtime's own tools). */
    int record() {
        return record;
    }
}
