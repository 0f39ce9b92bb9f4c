package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.BinaryReader;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.CompactReader;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.Utf8;
import dev.zerothrift.runtime.protocol.WireType;

import java.util.Arrays;
import java.util.List;

/**
 * One message seen through views: the chain, its protocol, and the index built by one walk over its
 * bytes. Shared by the root view and every nested view, list view and map view taken from it;
 * reused (with its arrays) when the root view wraps the next message.
 *
 * <p>The walk reads with the runtime's {@link ProtocolReader} (which checks every length against
 * the bytes left, the depth and the message size) and records, for each field the schema knows,
 * where its header, value and last byte are, and for each struct or container value the record of
 * its own index. See {@code package-info} for the layout.
 */
final class MessageIndex {
    // Struct record: [stop | first unknown], then per slot [header | child] [- | value offset]
    // [last | -]: the value is at header + offset, so an edit never separates the two.
    static final int STRUCT_HEADER = 1;
    static final int PER_SLOT = 3;
    // Unknown field record: [header | next] [- | value offset] [last | wire type] [- | id].
    static final int UNKNOWN_ENTRIES = 4;
    // Container record: [header | count] [first element | types] [last | table or -1].
    static final int CONTAINER_ENTRIES = 3;

    final Protocol protocol;
    final boolean compact;
    final ViewOptions options;
    final IndexArena arena = new IndexArena();
    private final ChainCursor cursor = new ChainCursor();
    private final ProtocolReader reader;
    private final BinaryIndexer binary; // the happy path of the binary protocol, or null
    private final CompactIndexer compactPath; // the happy path of the compact protocol, or null
    private final HappyPathWalk happyPath; // whichever of the two there is, or null
    Chain chain;

    // The path from the root to what is being indexed, kept for the error message.
    private final WalkPath path = new WalkPath();
    private List<PathSegment> failurePath = List.of();

    MessageIndex(Protocol protocol, ViewOptions options) {
        this(protocol, options, true);
    }

    /** With {@code happyPath} false, every walk is the generic one (for tests that compare). */
    MessageIndex(Protocol protocol, ViewOptions options, boolean happyPath) {
        this.protocol = protocol;
        this.compact = protocol == Protocol.COMPACT;
        this.options = options;
        this.reader =
                compact
                        ? new CompactReader(cursor, options.limits())
                        : new BinaryReader(cursor, options.limits(), false);
        this.binary = compact || !happyPath ? null : new BinaryIndexer(arena, options);
        this.compactPath = compact && happyPath ? new CompactIndexer(arena, options) : null;
        this.happyPath = binary != null ? binary : compactPath;
    }

    /**
     * Indexes the struct of type {@code descriptor} at {@code [from, from + length)} of {@code
     * target}; returns its record. The struct may end before the range does ({@link #end}). With
     * {@link ViewOptions#lazy()}, only the range and the size are checked and the record is empty:
     * the fields are walked by {@link #advance}.
     */
    int index(Chain target, int from, int length, StructDescriptor descriptor) {
        chain = null;
        root = descriptor;
        flat = null;
        arena.clear();
        failurePath = List.of();
        edits++;
        endLazy();
        forgetWindow();
        if (options.lazy()) {
            int r = startLazy(target, from, length, descriptor);
            windowed = true;
            return r;
        }
        if (binary != null || compactPath != null) {
            checkRange(target, from, length);
            int record =
                    binary != null
                            ? binary.tryIndex(target, from, length, descriptor)
                            : compactPath.tryIndex(target, from, length, descriptor);
            if (record >= 0) {
                end = binary != null ? binary.next : compactPath.next;
                chain = target;
                takeFlat(target, from, length);
                windowed = true;
                return record;
            }
            arena.clear(); // off the happy path: the generic walk decides, and names the path
        }
        path.clear();
        cursor.reset(target, from, length);
        try {
            reader.reset(cursor);
            int record = indexStruct(descriptor);
            chain = target;
            takeFlat(target, from, length);
            windowed = true;
            return record;
        } catch (ProtocolException e) {
            failurePath = path.snapshot();
            throw e == ownError ? e : reader.annotate(e);
        } finally {
            ownError = null;
            cursor.clear();
        }
    }

    // ---------------------------------------------------------------- indexing on demand

    /*
     * A lazily indexed root: its record is allocated empty and its fields are recorded as advance()
     * walks past them. A nested struct or container is indexed whole when the walk passes it (it
     * has to be walked to be passed, and recording as it goes costs a few stores), so only the
     * root is ever partly indexed. The walk is the protocol's happy path (HappyPathWalk.tryFields,
     * BinaryIndexer's or CompactIndexer's, which keeps where it stopped: the next header, and the
     * slot and id of the field before it, as a compact field header is a delta from that id) until
     * it meets anything unusual; from there the generic walk goes on, its reader kept inside the root
     * struct between two calls (the reader remembers the previous field's id too).
     */

    /** The root's record while it is partly indexed, else -1. */
    int lazyRoot = -1;

    private StructDescriptor lazyType;
    private int lazyFrom;
    private int lazyLength;
    private int resume; // chain position of the next field header of the root
    private int lazyLastUnknown;
    private boolean readerInside; // the generic reader is at resume, inside the root struct
    private int rootFrame;
    private ProtocolException failure; // where the walk stopped for good, thrown again

    /** How many times a lazy walk went on with the generic walk (for tests of the happy path). */
    int genericRootWalks;

    private int startLazy(Chain target, int from, int length, StructDescriptor d) {
        checkRange(target, from, length);
        options.limits().checkMessageSize(length, 0);
        int n = STRUCT_HEADER + PER_SLOT * d.fieldCount();
        int r = arena.allocUnfilled(n);
        Arrays.fill(arena.pos, r, r + n, -1); // as alloc does, in two loops the JIT vectorises
        Arrays.fill(arena.link, r, r + n, -1);
        chain = target;
        takeFlat(target, from, length);
        lazyType = d;
        lazyFrom = from;
        lazyLength = length;
        resume = from;
        lazyLastUnknown = -1;
        lazyRoot = r;
        end = -1;
        if (happyPath != null) {
            happyPath.startRoot(from);
        }
        return r;
    }

    private void endLazy() {
        lazyRoot = -1;
        lazyType = null;
        failure = null;
        if (readerInside) {
            readerInside = false;
            cursor.clear();
        }
    }

    /**
     * Walks the partly indexed root on, from where the last walk stopped, until the field at {@code
     * wanted} is recorded or the stop byte is passed (with {@code wanted} -1: to the stop byte,
     * which leaves the root indexed whole). Throws the {@link ProtocolException} of the bad bytes
     * it reaches, and the same one again at every later call.
     */
    void advance(int wanted) {
        if (failure != null) {
            throw failure;
        }
        StructDescriptor d = lazyType;
        int r = lazyRoot;
        if (happyPath != null && !readerInside) {
            boolean done =
                    happyPath.tryFields(
                            chain, lazyFrom + lazyLength, d, r, wanted, flat, flatDelta);
            resume = happyPath.resume;
            if (done) {
                if (arena.pos[r] >= 0) {
                    end = resume;
                    endLazy();
                }
                return;
            }
            // off the happy path at resume: the generic walk decides, and names the path
        }
        try {
            if (!readerInside) {
                enterRoot(d);
            }
            lazyLastUnknown = indexFields(d, r, rootFrame, wanted, lazyLastUnknown);
            resume = cursor.chainPosition();
            if (arena.pos[r] >= 0) {
                checkPresence(d, r);
                reader.readStructEnd();
                path.pop();
                end = cursor.chainPosition();
                endLazy();
            }
        } catch (ProtocolException e) {
            failurePath = path.snapshot();
            failure = e == ownError ? e : reader.annotate(e);
            readerInside = false;
            cursor.clear();
            throw failure;
        } finally {
            ownError = null;
        }
    }

    /** Indexes the rest of a partly indexed root (nothing when it is whole). */
    void complete() {
        if (lazyRoot >= 0) {
            advance(-1);
        }
    }

    /**
     * Puts the generic reader inside the root struct at {@link #resume}: the fields already
     * recorded are read again and skipped, which leaves the reader as the walk would have (the
     * previous field id, the bytes left).
     */
    private void enterRoot(StructDescriptor d) {
        genericRootWalks++;
        path.clear();
        cursor.reset(chain, lazyFrom, lazyLength);
        readerInside = true;
        reader.reset(cursor);
        reader.readStructBegin();
        rootFrame = path.pushStruct(d);
        while (cursor.chainPosition() < resume) {
            reader.skip(reader.readFieldBegin());
        }
    }

    private static void checkRange(Chain target, int from, int length) {
        int total = target.length();
        if (from < 0 || length < 0 || from > total - length) {
            throw new IndexOutOfBoundsException(
                    "range [" + from + ", " + from + " + " + length + ") of a chain of " + total);
        }
    }

    /** The last error the walk made itself: it names its field already, or none on purpose. */
    private ProtocolException ownError;

    /** Chain position just after the struct indexed last. */
    int end;

    /** The root struct's type (its record is the arena's first), for the container editor. */
    StructDescriptor root;

    /*
     * The bytes of the message when they lie in one node of the chain (the usual case: a message
     * read into one block, or a caller's array): reads go straight to the array, position p at
     * flat[p + flatDelta]. Null otherwise, and after any edit.
     */
    private byte[] flat;
    private int flatDelta;

    private void takeFlat(Chain target, int from, int length) {
        flat = null;
        if (length == 0) {
            return;
        }
        int i = target.nodeIndex(from);
        int start = target.nodeStart(i);
        if (from + length <= start + target.nodeLength(i)) {
            flatDelta = target.nodeOffset(i) - start;
            flat = target.nodeArray(i);
        }
    }

    /**
     * Counts the edits of the chain (and the messages indexed): what a list view remembers of the
     * positions of compact varint elements is valid while this is unchanged.
     */
    int edits;

    /**
     * Whether the elements of a list or set of {@code element}s are recorded without a table of
     * positions: compact varints, which {@link ListView} walks (see package-info); the editors keep
     * such lists table-less.
     */
    boolean untabled(ValueKind element) {
        return compact && WireValues.isVarint(element);
    }

    /**
     * Called before every edit of the chain: the nodes may change, and a partly indexed root is
     * indexed whole first (an edit moves what follows it, and the insertion point of a field is
     * found among the fields present).
     */
    void edited() {
        complete();
        flat = null;
        forgetWindow();
        edits++;
    }

    /*
     * Reads of a message in several nodes (a frame read into pooled blocks, say) keep the node of
     * the last read in hand, the window: the next read in the same node goes straight to its
     * array, as a read of a message in one node does (flat), after two compares; only a value
     * that straddles two nodes is read through the chain. The window is taken only while the
     * chain is as it was indexed (windowed): an edit may split or replace nodes, so from the first
     * edit on every read goes through the chain, as with flat.
     */
    private boolean windowed;
    private byte[] window;
    private int windowDelta; // chain position q is at window[q + windowDelta]
    private int windowStart;
    private int windowLimit; // chain positions [windowStart, windowLimit) are in the window

    private void forgetWindow() {
        windowed = false;
        window = null;
        windowStart = windowLimit = 0; // no position p >= 0 has n >= 1 bytes before 0
    }

    /** Whether the {@code n} bytes at {@code p} are in the window, taking p's node if need be. */
    private boolean inWindow(int p, int n) {
        if (p >= windowStart && windowLimit - p >= n) {
            return true;
        }
        return windowed && takeWindow(p, n);
    }

    private boolean takeWindow(int p, int n) {
        Chain c = chain;
        int i = c.nodeIndex(p);
        int start = c.nodeStart(i);
        window = c.nodeArray(i);
        windowDelta = c.nodeOffset(i) - start;
        windowStart = start;
        windowLimit = start + c.nodeLength(i);
        return windowLimit - p >= n;
    }

    byte i8(int p) {
        byte[] f = flat;
        if (f != null) {
            return f[p + flatDelta];
        }
        return inWindow(p, 1) ? window[p + windowDelta] : chain.getByte(p);
    }

    short i16(int p) {
        byte[] f = flat;
        int d = flatDelta;
        if (f == null) {
            if (!inWindow(p, compact ? MAX_VARINT32 : Short.BYTES)) {
                return WireValues.i16(chain, compact, p);
            }
            f = window;
            d = windowDelta;
        }
        return compact ? (short) CompactWire.getI32(f, p + d) : BinaryWire.getI16(f, p + d);
    }

    int i32(int p) {
        byte[] f = flat;
        int d = flatDelta;
        if (f == null) {
            if (!inWindow(p, compact ? MAX_VARINT32 : Integer.BYTES)) {
                return WireValues.i32(chain, compact, p);
            }
            f = window;
            d = windowDelta;
        }
        return compact ? CompactWire.getI32(f, p + d) : BinaryWire.getI32(f, p + d);
    }

    long i64(int p) {
        byte[] f = flat;
        int d = flatDelta;
        if (f == null) {
            if (!inWindow(p, compact ? MAX_VARINT64 : Long.BYTES)) {
                return WireValues.i64(chain, compact, p);
            }
            f = window;
            d = windowDelta;
        }
        return compact ? CompactWire.getI64(f, p + d) : BinaryWire.getI64(f, p + d);
    }

    double f64(int p) {
        byte[] f = flat;
        int d = flatDelta;
        if (f == null) {
            if (!inWindow(p, Double.BYTES)) {
                return WireValues.f64(chain, compact, p);
            }
            f = window;
            d = windowDelta;
        }
        return compact ? CompactWire.getDouble(f, p + d) : BinaryWire.getDouble(f, p + d);
    }

    /** Whether the compact bool field whose header is at {@code p} is true (its type nibble). */
    boolean compactBoolField(int p) {
        return (i8(p) & 0x0f) == CompactWire.CT_BOOLEAN_TRUE;
    }

    /** The string or binary whose length prefix is at {@code p}, decoded. */
    String string(int p) {
        byte[] f = flat;
        if (compact) {
            // one node lookup for the length and the bytes (from the chain's hint) when not flat
            return f != null
                    ? WireValues.compactString(f, p + flatDelta)
                    : WireValues.compactString(chain, p);
        }
        if (f != null) {
            int at = p + flatDelta;
            int length = BinaryWire.getI32(f, at);
            return length == 0 ? "" : Utf8.decode(f, at + 4, length);
        }
        if (inWindow(p, 4)) {
            int at = p + windowDelta;
            int length = BinaryWire.getI32(window, at);
            if (length == 0) {
                return "";
            }
            if (windowLimit - (p + 4) >= length) {
                return Utf8.decode(window, at + 4, length);
            }
            return WireValues.string(chain, p + 4, length); // the bytes straddle nodes
        }
        return WireValues.string(
                chain,
                WireValues.stringStart(chain, compact, p),
                WireValues.stringLength(chain, compact, p));
    }

    /**
     * The array holding the whole message when it lies in one node and no edit was made since it
     * was indexed (chain position q is at {@code flatBytes()[q + flatDelta()]}), else null: for
     * bulk reads, which then need no lookup of nodes.
     */
    byte[] flatBytes() {
        return flat;
    }

    int flatDelta() {
        return flatDelta;
    }

    /** Longest checked varint of an i16 or i32, and of an i64. */
    private static final int MAX_VARINT32 = 5;

    private static final int MAX_VARINT64 = 10;

    /** Room for one encoded scalar or length prefix, for the editor. */
    final byte[] scratch = new byte[32];

    /** After an edit that added {@code delta} bytes at {@code from}: moves what follows. */
    void shift(int from, int delta) {
        flat = null;
        forgetWindow();
        edits++;
        if (delta != 0) {
            arena.shift(from, delta);
            if (end >= from) {
                end += delta;
            }
        }
    }

    /**
     * Indexes one value of type {@code t} that {@code value} holds alone, appending its records to
     * the arena with positions relative to {@code value}; returns its record (or -1 for a scalar).
     * On bad bytes the arena is as before and {@link ProtocolException} is thrown.
     */
    int indexDetached(Chain value, TypeDescriptor t) {
        int top = arena.top;
        int rootEnd = end;
        path.clear();
        cursor.reset(value, 0, value.length());
        try {
            reader.reset(cursor);
            int child = indexValue(t, t.wireType());
            if (cursor.chainPosition() != value.length()) {
                throw error(
                        Kind.INVALID_DATA,
                        cursor.chainPosition(),
                        ProtocolException.NO_FIELD,
                        (value.length() - cursor.chainPosition())
                                + " bytes after the value of "
                                + t);
            }
            return child;
        } catch (ProtocolException e) {
            arena.top = top;
            throw e == ownError ? e : reader.annotate(e);
        } finally {
            ownError = null;
            end = rootEnd;
            cursor.clear();
        }
    }

    List<PathSegment> failurePath() {
        return failurePath;
    }

    // ---------------------------------------------------------------- the walk

    private int indexStruct(StructDescriptor d) {
        reader.readStructBegin();
        int frame = path.pushStruct(d);
        int r = arena.alloc(STRUCT_HEADER + PER_SLOT * d.fieldCount());
        indexFields(d, r, frame, -1, -1);
        checkPresence(d, r);
        reader.readStructEnd();
        path.pop();
        end = cursor.chainPosition();
        return r;
    }

    /**
     * Walks the fields of the struct of record {@code r} from the reader's position, recording
     * each, until the field at slot {@code wanted} is recorded or the stop byte is read (its
     * position then in {@code pos[r]}); {@code lastUnknown} is the last unknown field recorded so
     * far, or -1, and the last one after the walk is returned.
     */
    private int indexFields(StructDescriptor d, int r, int frame, int wanted, int lastUnknown) {
        IndexArena a = arena;
        boolean once = options.strict() || r == lazyRoot;
        while (true) {
            int header = cursor.chainPosition();
            byte type = reader.readFieldBegin();
            if (type == WireType.STOP) {
                a.pos[r] = header;
                break;
            }
            int id = reader.fieldId();
            path.set(frame, id);
            int slot = d.slotOf(id);
            if (slot >= 0 && d.wireType(slot) == type) {
                int e = r + STRUCT_HEADER + PER_SLOT * slot;
                if (a.pos[e] >= 0 && once) {
                    throw error(
                            Kind.INVALID_DATA,
                            header,
                            id,
                            "field "
                                    + d.field(slot).name()
                                    + " (id "
                                    + id
                                    + ") repeated"
                                    + (options.strict() ? "" : " (a lazily indexed view)"));
                }
                int value = compact && type == WireType.BOOL ? header : cursor.chainPosition();
                int child = indexValue(d.field(slot).type(), type);
                a.pos[e] = header;
                a.link[e] = child;
                a.link[e + 1] = value - header;
                a.pos[e + 2] = cursor.chainPosition() - 1;
                if (slot == wanted) {
                    break;
                }
            } else {
                if (slot >= 0 && options.strict()) {
                    throw error(
                            Kind.TYPE_MISMATCH,
                            header,
                            id,
                            "field "
                                    + d.field(slot).name()
                                    + " (id "
                                    + id
                                    + ") has wire type "
                                    + WireType.name(type)
                                    + ", expected "
                                    + WireType.name(d.wireType(slot)));
                }
                int value = compact && type == WireType.BOOL ? header : cursor.chainPosition();
                reader.skip(type);
                int u = a.alloc(UNKNOWN_ENTRIES);
                a.pos[u] = header;
                a.link[u + 1] = value - header;
                a.pos[u + 2] = cursor.chainPosition() - 1;
                a.link[u + 2] = type;
                a.link[u + 3] = id;
                if (lastUnknown < 0) {
                    a.link[r] = u;
                } else {
                    a.link[lastUnknown] = u;
                }
                lastUnknown = u;
            }
            path.set(frame, ProtocolException.NO_FIELD);
        }
        path.set(frame, ProtocolException.NO_FIELD);
        return lastUnknown;
    }

    private void checkPresence(StructDescriptor d, int r) {
        int stop = arena.pos[r];
        int enclosing = path.enclosingFieldId();
        for (int slot : d.requiredSlots()) {
            if (arena.pos[r + STRUCT_HEADER + PER_SLOT * slot] < 0) {
                FieldDescriptor f = d.field(slot);
                throw error(
                        Kind.MISSING_REQUIRED,
                        stop,
                        enclosing,
                        "required field "
                                + f.name()
                                + " (id "
                                + f.id()
                                + ") of "
                                + d.name()
                                + " is missing");
            }
        }
        int present = d.kind() == StructDescriptor.Kind.UNION ? presentFields(d, r) : 1;
        if (present != 1) {
            throw error(
                    Kind.MISSING_REQUIRED,
                    stop,
                    enclosing,
                    "union " + d.name() + " has " + present + " fields set, expected exactly one");
        }
    }

    private int presentFields(StructDescriptor d, int r) {
        int present = 0;
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            if (arena.pos[r + STRUCT_HEADER + PER_SLOT * slot] >= 0) {
                present++;
            }
        }
        return present;
    }

    /** Walks one value of {@code t} (whose wire type is {@code wire}); returns its record or -1. */
    private int indexValue(TypeDescriptor t, byte wire) {
        switch (wire) {
            case WireType.BOOL -> reader.readBool();
            case WireType.BYTE -> reader.readByte();
            case WireType.I16 -> reader.readI16();
            case WireType.I32 -> reader.readI32();
            case WireType.I64 -> reader.readI64();
            case WireType.DOUBLE -> reader.skipBytes(8);
            case WireType.UUID -> reader.skipBytes(16);
            case WireType.STRING -> reader.skipBytes(reader.readBinaryLength());
            case WireType.STRUCT -> {
                return indexStruct(t.struct());
            }
            case WireType.LIST, WireType.SET -> {
                return indexCollection(t, wire);
            }
            case WireType.MAP -> {
                return indexMap(t);
            }
            default -> throw new IllegalStateException("not a value type: " + wire);
        }
        return -1;
    }

    private int indexCollection(TypeDescriptor t, byte wire) {
        int header = cursor.chainPosition();
        int count = wire == WireType.LIST ? reader.readListBegin() : reader.readSetBegin();
        byte elementWire = reader.elementType();
        TypeDescriptor element = t.element();
        if (count > 0 && elementWire != element.wireType()) {
            throw error(
                    Kind.TYPE_MISMATCH,
                    header,
                    path.innermostFieldId(),
                    (wire == WireType.LIST ? "list" : "set")
                            + " elements have wire type "
                            + WireType.name(elementWire)
                            + ", expected "
                            + WireType.name(element.wireType()));
        }
        int c = arena.alloc(CONTAINER_ENTRIES);
        int first = cursor.chainPosition();
        arena.pos[c] = header;
        arena.link[c] = count;
        arena.pos[c + 1] = first;
        arena.link[c + 1] = elementWire;
        int size = fixedSize(element.kind());
        if (size > 0) {
            // count * size <= remaining: the reader checked count against its least size, which
            // for these types is their size
            reader.skipBytes((long) count * size);
        } else if (count > 0) {
            int table = untabled(element.kind()) ? -1 : arena.alloc(count);
            arena.link[c + 2] = table;
            int frame = path.pushList();
            for (int i = 0; i < count; i++) {
                path.set(frame, i);
                int p = cursor.chainPosition();
                int child = indexValue(element, elementWire);
                if (table >= 0) {
                    arena.pos[table + i] = p;
                    arena.link[table + i] = child;
                }
            }
            path.pop();
        }
        arena.pos[c + 2] = cursor.chainPosition() - 1;
        if (wire == WireType.LIST) {
            reader.readListEnd();
        } else {
            reader.readSetEnd();
        }
        return c;
    }

    private int indexMap(TypeDescriptor t) {
        int header = cursor.chainPosition();
        int count = reader.readMapBegin();
        byte keyWire = reader.keyType();
        byte valueWire = reader.valueType();
        if (count > 0 && (keyWire != t.key().wireType() || valueWire != t.value().wireType())) {
            throw error(
                    Kind.TYPE_MISMATCH,
                    header,
                    path.innermostFieldId(),
                    "map entries have wire types "
                            + WireType.name(keyWire)
                            + " -> "
                            + WireType.name(valueWire)
                            + ", expected "
                            + WireType.name(t.key().wireType())
                            + " -> "
                            + WireType.name(t.value().wireType()));
        }
        int c = arena.alloc(CONTAINER_ENTRIES);
        int first = cursor.chainPosition();
        arena.pos[c] = header;
        arena.link[c] = count;
        arena.pos[c + 1] = first;
        arena.link[c + 1] = (keyWire & 0xff) << 8 | (valueWire & 0xff);
        int keySize = fixedSize(t.key().kind());
        int valueSize = fixedSize(t.value().kind());
        if (keySize > 0 && valueSize > 0) {
            reader.skipBytes((long) count * (keySize + valueSize));
        } else if (count > 0) {
            int table = arena.alloc(2 * count);
            arena.link[c + 2] = table;
            int frame = path.pushMap();
            for (int i = 0; i < count; i++) {
                path.set(frame, 2 * i);
                int p = cursor.chainPosition();
                int child = indexValue(t.key(), keyWire);
                arena.pos[table + 2 * i] = p;
                arena.link[table + 2 * i] = child;
                path.set(frame, 2 * i + 1);
                p = cursor.chainPosition();
                child = indexValue(t.value(), valueWire);
                arena.pos[table + 2 * i + 1] = p;
                arena.link[table + 2 * i + 1] = child;
            }
            path.pop();
        }
        arena.pos[c + 2] = cursor.chainPosition() - 1;
        reader.readMapEnd();
        return c;
    }

    /** Bytes an element of {@code kind} takes in this protocol, or -1 when it varies. */
    int fixedSize(ValueKind kind) {
        return compact ? kind.compactSize() : kind.binarySize();
    }

    // ---------------------------------------------------------------- errors

    private ProtocolException error(Kind kind, int chainPosition, int fieldId, String message) {
        long offset = chainPosition - cursor.from();
        String where = " at byte " + offset;
        if (fieldId != ProtocolException.NO_FIELD) {
            where += " (in field " + fieldId + ")";
        }
        ownError = new ProtocolException(kind, offset, fieldId, message + where);
        return ownError;
    }
}
