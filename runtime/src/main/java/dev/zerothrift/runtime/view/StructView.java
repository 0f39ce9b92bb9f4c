package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A struct, union or exception read (and edited) in place in a {@link Chain}, through the index of
 * one walk over its bytes. Fields are addressed by <em>slot</em>, their index in the {@link
 * StructDescriptor}'s declaration order; a generated view class is a subclass whose typed getters
 * call these with constant slots.
 *
 * <pre>{@code
 * StructView request = new StructView(REQUEST, Protocol.BINARY);   // once
 * request.wrap(chain);                                             // per message: one walk
 * long id = request.getLong(0);                                    // one lookup, one load
 * boolean traced = request.has(5);
 * }</pre>
 *
 * <p>A root view ({@link #StructView(StructDescriptor, Protocol, ViewOptions)}) owns the index and
 * reuses it for every message it {@link #wrap}s; views of nested structs are flyweights pointed at
 * the same index ({@link #getStruct(int, StructView)}). The view never owns the chain: whoever
 * passed it releases it, after the last use of the view. Not thread-safe.
 *
 * <p>Absent fields read as their default ({@link FieldDescriptor#defaultValue()}), else zero, false
 * or the empty string; {@link #has} tells them apart.
 */
public class StructView implements AutoCloseable {
    private final StructDescriptor descriptor;
    private final Protocol protocol;
    private final ViewOptions options;
    MessageIndex index;
    int record = -1;
    private int from;
    private Chain wrapper; // the chain over a caller's array, from wrap(byte[], ...)

    /** A root view for messages of {@code descriptor} in {@code protocol}, with default options. */
    public StructView(StructDescriptor descriptor, Protocol protocol) {
        this(descriptor, protocol, ViewOptions.DEFAULT);
    }

    /** A root view for messages of {@code descriptor} in {@code protocol}. */
    public StructView(StructDescriptor descriptor, Protocol protocol, ViewOptions options) {
        this.descriptor = Objects.requireNonNull(descriptor);
        this.protocol = Objects.requireNonNull(protocol);
        this.options = Objects.requireNonNull(options);
    }

    /**
     * A view to be pointed at nested structs of {@code descriptor} by {@link #getStruct(int,
     * StructView)} or {@link ListView#getStruct}; it takes its protocol from the parent.
     */
    public StructView(StructDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor);
        this.protocol = null;
        this.options = null;
    }

    // ---------------------------------------------------------------- wrapping

    /** Indexes the whole of {@code chain} as one struct; trailing bytes are not an error here. */
    public StructView wrap(Chain chain) {
        return wrap(chain, 0, chain.length());
    }

    /**
     * Indexes the struct at {@code [from, from + length)} of {@code chain}, in one walk. Throws
     * {@link ProtocolException} (with the byte offset from {@code from} and the field id) when the
     * bytes are not a valid struct of this type; the view is then empty until the next wrap. With
     * {@link ViewOptions#lazy()} it only checks the range and the size limit: the fields are walked
     * as reads ask for them, and the read that reaches bad bytes throws the exception (see {@link
     * #validate()}).
     */
    public StructView wrap(Chain chain, int from, int length) {
        if (protocol == null) {
            throw new IllegalStateException("a nested view is pointed at structs by its parent");
        }
        if (index == null) {
            index = new MessageIndex(protocol, options);
        }
        if (wrapper != null && wrapper != chain) {
            releaseWrapper();
        }
        record = -1;
        record = index.index(chain, from, length, descriptor);
        this.from = from;
        return this;
    }

    /**
     * A view of {@code bytes[offset, offset + length)}, by reference (no copy): the view wraps them
     * in a chain of its own, released at the next {@code wrap} or at {@link #close()}.
     */
    public StructView wrap(byte[] bytes, int offset, int length) {
        releaseWrapper();
        wrapper = Chain.wrap(bytes, offset, length);
        return wrap(wrapper);
    }

    /** Releases the chain that {@link #wrap(byte[], int, int)} made, if any; the view is empty. */
    @Override
    public void close() {
        releaseWrapper();
        record = -1;
    }

    private void releaseWrapper() {
        if (wrapper != null) {
            Chain w = wrapper;
            wrapper = null;
            w.close();
        }
    }

    void attach(MessageIndex index, int record, StructDescriptor d) {
        if (d != descriptor) {
            throw new IllegalArgumentException(
                    "a view of " + descriptor.name() + " cannot show a " + d.name());
        }
        this.index = index;
        this.record = record;
    }

    /** Chain position just after the root struct's stop byte (a root view). */
    public int end() {
        checkWrapped();
        index.complete();
        return index.end;
    }

    /**
     * Indexes whatever of the message is not indexed yet: with {@link ViewOptions#lazy()}, walks
     * the rest of it, so that bad bytes anywhere fail here with {@link ProtocolException} and every
     * later read succeeds; a view indexed whole by {@code wrap} (the default) has nothing to do.
     */
    public final void validate() {
        checkWrapped();
        if (record == index.lazyRoot) {
            index.advance(-1);
        }
    }

    /** Whether the whole struct is indexed (always, unless {@link ViewOptions#lazy()}). */
    public final boolean indexedWhole() {
        checkWrapped();
        return record != index.lazyRoot;
    }

    /** Bytes of the root struct, from where it starts to just after its stop byte. */
    public int encodedLength() {
        return end() - from;
    }

    /**
     * Where the last failed {@link #wrap} (or, for a lazily indexed view, the last failed walk on
     * demand) stopped: the fields, elements and map entries from the root to the value being
     * indexed. Empty after a successful wrap.
     */
    public List<PathSegment> failurePath() {
        return index == null ? List.of() : index.failurePath();
    }

    public final StructDescriptor descriptor() {
        return descriptor;
    }

    /** The protocol of the message. */
    public final Protocol protocol() {
        checkWrapped();
        return index.protocol;
    }

    /** The chain the view reads. */
    public final Chain chain() {
        checkWrapped();
        return index.chain;
    }

    // ---------------------------------------------------------------- fields

    final int entry(int slot) {
        Objects.checkIndex(slot, descriptor.fieldCount());
        return record + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * slot;
    }

    /**
     * The entry of the field at {@code slot}, walked to first when the view is indexed on demand
     * and the walk has not passed the field yet (a field not recorded is absent, or not reached).
     */
    private int indexedEntry(int slot) {
        checkWrapped();
        int e = entry(slot);
        if (index.arena.pos[e] < 0 && record == index.lazyRoot) {
            index.advance(slot);
        }
        return e;
    }

    /** Whether the field at {@code slot} is present in the message. */
    public final boolean has(int slot) {
        int e = indexedEntry(slot); // before reading the arrays, which the walk may grow
        return index.arena.pos[e] >= 0;
    }

    /** Chain position of the field's header, or -1 when absent. */
    public final int headerPosition(int slot) {
        int e = indexedEntry(slot);
        return index.arena.pos[e];
    }

    /**
     * Chain position of the field's value, or -1 when absent (a compact-protocol bool field's value
     * is in its header).
     */
    public final int valuePosition(int slot) {
        int e = indexedEntry(slot);
        IndexArena a = index.arena;
        return a.pos[e] < 0 ? -1 : a.pos[e] + a.link[e + 1];
    }

    /** Chain position just after the field's last byte, or -1 when absent. */
    public final int valueEnd(int slot) {
        int e = indexedEntry(slot);
        return index.arena.pos[e] < 0 ? -1 : index.arena.pos[e + 2] + 1;
    }

    /** Position of the value of a present field, or -1. */
    private int at(int slot) {
        checkWrapped();
        int e = entry(slot);
        IndexArena a = index.arena;
        int h = a.pos[e];
        if (h < 0) {
            if (record != index.lazyRoot) {
                return -1;
            }
            index.advance(slot);
            h = a.pos[e];
            if (h < 0) {
                return -1;
            }
        }
        return h + a.link[e + 1];
    }

    public final boolean getBool(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultLong() != 0;
        }
        return index.compact ? index.compactBoolField(p) : index.i8(p) == 1;
    }

    public final byte getByte(int slot) {
        int p = at(slot);
        return p < 0 ? (byte) descriptor.field(slot).defaultLong() : index.i8(p);
    }

    public final short getShort(int slot) {
        int p = at(slot);
        return p < 0 ? (short) descriptor.field(slot).defaultLong() : index.i16(p);
    }

    public final int getInt(int slot) {
        int p = at(slot);
        return p < 0 ? (int) descriptor.field(slot).defaultLong() : index.i32(p);
    }

    /** An enum field's value (declared or not). */
    public final int getEnum(int slot) {
        return getInt(slot);
    }

    public final long getLong(int slot) {
        int p = at(slot);
        return p < 0 ? descriptor.field(slot).defaultLong() : index.i64(p);
    }

    public final double getDouble(int slot) {
        int p = at(slot);
        return p < 0 ? descriptor.field(slot).defaultDouble() : index.f64(p);
    }

    /** The uuid's most significant 64 bits (0 when absent without default). */
    public final long getUuidMostSignificant(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultValue() instanceof UUID u
                    ? u.getMostSignificantBits()
                    : 0;
        }
        return index.chain.getLong(p);
    }

    /** The uuid's least significant 64 bits (0 when absent without default). */
    public final long getUuidLeastSignificant(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultValue() instanceof UUID u
                    ? u.getLeastSignificantBits()
                    : 0;
        }
        return index.chain.getLong(p + 8);
    }

    /** The uuid, or its default, or null when absent without one. */
    public final UUID getUuid(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultValue() instanceof UUID u ? u : null;
        }
        return new UUID(index.chain.getLong(p), index.chain.getLong(p + 8));
    }

    /** A string field, decoded (its default, or "", when absent). */
    public final String getString(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultValue() instanceof String s ? s : "";
        }
        return index.string(p);
    }

    /**
     * A string field as a {@link CharSequence} over its bytes, in {@code target}; an absent field
     * gives the empty text.
     */
    public final Utf8Text getUtf8(int slot, Utf8Text target) {
        int p = at(slot);
        if (p < 0) {
            return target.reset(index.chain, 0, 0);
        }
        Chain c = index.chain;
        return target.reset(
                c,
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p));
    }

    /** {@link #getUtf8(int, Utf8Text)} in a new text. */
    public final Utf8Text getUtf8(int slot) {
        return getUtf8(slot, new Utf8Text());
    }

    /** Whether the string field is present and is {@code s}, compared without decoding. */
    public final boolean stringEquals(int slot, CharSequence s) {
        int p = at(slot);
        if (p < 0) {
            return false;
        }
        Chain c = index.chain;
        return WireValues.stringEquals(
                c,
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p),
                s);
    }

    /** Chain position of a string or binary field's bytes (after the length), or -1. */
    public final int bytesPosition(int slot) {
        int p = at(slot);
        return p < 0 ? -1 : WireValues.stringStart(index.chain, index.compact, p);
    }

    /** Length of a string or binary field's bytes, or -1 when absent. */
    public final int bytesLength(int slot) {
        int p = at(slot);
        return p < 0 ? -1 : WireValues.stringLength(index.chain, index.compact, p);
    }

    /**
     * A binary field as a read-only buffer over the chain's bytes when they are in one node (else
     * over a copy); null when absent without default.
     */
    public final ByteBuffer getBinary(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultValue() instanceof byte[] b
                    ? ByteBuffer.wrap(b).asReadOnlyBuffer()
                    : null;
        }
        Chain c = index.chain;
        return WireValues.buffer(
                c,
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p));
    }

    /** A binary field's bytes, copied; null when absent without default. */
    public final byte[] getBinaryBytes(int slot) {
        int p = at(slot);
        if (p < 0) {
            return descriptor.field(slot).defaultValue() instanceof byte[] b ? b.clone() : null;
        }
        Chain c = index.chain;
        return WireValues.bytes(
                c,
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p));
    }

    /**
     * A binary field's bytes as a slice of the chain (no copy; the caller releases it), or null.
     */
    public final Chain sliceBinary(int slot) {
        int p = at(slot);
        if (p < 0) {
            return null;
        }
        Chain c = index.chain;
        return c.slice(
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p));
    }

    /**
     * Appends a binary field's bytes to {@code into} as a slice of the message's chain (no copy;
     * {@code into} holds references to the blocks until it is cleared or released); false, and
     * {@code into} unchanged, when absent. A reader that keeps one chain for the field and clears
     * it after each message allocates nothing here once warm ({@link Chain#slice(int, int,
     * Chain)}).
     */
    public final boolean sliceBinary(int slot, Chain into) {
        int p = at(slot);
        if (p < 0) {
            return false;
        }
        Chain c = index.chain;
        c.slice(
                WireValues.stringStart(c, index.compact, p),
                WireValues.stringLength(c, index.compact, p),
                into);
        return true;
    }

    /** A struct field in {@code target} (a view of the field's struct type); false when absent. */
    public final boolean getStruct(int slot, StructView target) {
        int e = indexedEntry(slot);
        if (index.arena.pos[e] < 0) {
            return false;
        }
        target.attach(index, index.arena.link[e], descriptor.field(slot).type().struct());
        return true;
    }

    /** A list or set field in {@code target}; false (and {@code target} unchanged) when absent. */
    public final boolean getList(int slot, ListView target) {
        int e = indexedEntry(slot);
        if (index.arena.pos[e] < 0) {
            return false;
        }
        target.attachCollection(index, index.arena.link[e], descriptor.field(slot).type());
        return true;
    }

    /** A map field in {@code target}; false when absent. */
    public final boolean getMap(int slot, MapView target) {
        int e = indexedEntry(slot);
        if (index.arena.pos[e] < 0) {
            return false;
        }
        target.reset(index, index.arena.link[e], descriptor.field(slot).type());
        return true;
    }

    // ---------------------------------------------------------------- setters

    /*
     * Edits in place (see ViewEditor): after any of them the chain holds a valid message of this
     * type, every view of the same message reads the new value, and the index stays valid.
     * Absent fields are inserted where libthrift would write them, so a message in declaration
     * order stays in declaration order, byte for byte what libthrift writes for the new value.
     */

    private void checkKind(int slot, ValueKind kind) {
        checkWrapped();
        ValueKind actual = descriptor.field(slot).type().kind();
        if (actual != kind) {
            throw new IllegalArgumentException(
                    "field "
                            + descriptor.field(slot).name()
                            + " is "
                            + descriptor.field(slot).type()
                            + ", not "
                            + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public final void setBool(int slot, boolean value) {
        checkKind(slot, ValueKind.BOOL);
        ViewEditor.setScalar(index, record, descriptor, slot, value ? 1 : 0, 0);
    }

    public final void setByte(int slot, byte value) {
        checkKind(slot, ValueKind.I8);
        ViewEditor.setScalar(index, record, descriptor, slot, value, 0);
    }

    public final void setShort(int slot, short value) {
        checkKind(slot, ValueKind.I16);
        ViewEditor.setScalar(index, record, descriptor, slot, value, 0);
    }

    public final void setInt(int slot, int value) {
        checkKind(slot, ValueKind.I32);
        ViewEditor.setScalar(index, record, descriptor, slot, value, 0);
    }

    /** Sets an enum field to {@code value} (declared or not). */
    public final void setEnum(int slot, int value) {
        checkKind(slot, ValueKind.ENUM);
        ViewEditor.setScalar(index, record, descriptor, slot, value, 0);
    }

    public final void setLong(int slot, long value) {
        checkKind(slot, ValueKind.I64);
        ViewEditor.setScalar(index, record, descriptor, slot, value, 0);
    }

    /** Sets a double field (a NaN is written as the one NaN libthrift writes). */
    public final void setDouble(int slot, double value) {
        checkKind(slot, ValueKind.DOUBLE);
        ViewEditor.setScalar(index, record, descriptor, slot, Double.doubleToLongBits(value), 0);
    }

    public final void setUuid(int slot, long mostSignificant, long leastSignificant) {
        checkKind(slot, ValueKind.UUID);
        ViewEditor.setScalar(index, record, descriptor, slot, mostSignificant, leastSignificant);
    }

    public final void setUuid(int slot, UUID value) {
        setUuid(slot, value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    /** Sets a string field: its bytes replace the old ones (a new node in the chain). */
    public final void setString(int slot, String value) {
        checkKind(slot, ValueKind.STRING);
        byte[] utf8 = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ViewEditor.setBytes(index, record, descriptor, slot, utf8, 0, utf8.length);
    }

    /**
     * Sets a binary field to {@code bytes[offset, offset + length)}; more than {@link
     * MessageBuilder#REFERENCE_BYTES} bytes are linked into the chain without a copy, so the caller
     * leaves them unchanged while the chain refers to them.
     */
    public final void setBinary(int slot, byte[] bytes, int offset, int length) {
        checkKind(slot, ValueKind.BINARY);
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ViewEditor.setBytes(index, record, descriptor, slot, bytes, offset, length);
    }

    public final void setBinary(int slot, byte[] bytes) {
        setBinary(slot, bytes, 0, bytes.length);
    }

    /**
     * Sets the field (of any type) to the value encoded in {@code value}, in this protocol: a
     * struct written by a {@link MessageBuilder}, say, or a list written by a {@code
     * ProtocolWriter}. The chain {@code value} gives its nodes up (it is left empty, still the
     * caller's to release). The new value is indexed first: bad bytes throw {@link
     * ProtocolException} and the message is unchanged. Views of the old value are no longer valid.
     */
    public final void setEncoded(int slot, Chain value) {
        checkWrapped();
        Objects.checkIndex(slot, descriptor.fieldCount());
        ViewEditor.setEncoded(index, record, descriptor, slot, value);
    }

    /** Removes the field's bytes from the message (nothing when absent). */
    public final void unset(int slot) {
        checkWrapped();
        if (descriptor.field(slot).requiredness() == Requiredness.REQUIRED) {
            throw new IllegalArgumentException(
                    "field " + descriptor.field(slot).name() + " is required");
        }
        ViewEditor.unset(index, record, descriptor, slot);
    }

    // ---------------------------------------------------------------- unknown fields

    /** Fields the schema does not know (or, leniently, of another wire type), in wire order. */
    public final int unknownCount() {
        validate();
        int n = 0;
        for (int u = index.arena.link[record]; u >= 0; u = index.arena.link[u]) {
            n++;
        }
        return n;
    }

    /** The {@code i}th unknown field. */
    public final UnknownField unknown(int i) {
        validate();
        int u = index.arena.link[record];
        for (int k = 0; k < i && u >= 0; k++) {
            u = index.arena.link[u];
        }
        if (u < 0 || i < 0) {
            throw new IndexOutOfBoundsException("unknown field " + i + " of " + unknownCount());
        }
        IndexArena a = index.arena;
        return new UnknownField(
                a.link[u + 3],
                (byte) a.link[u + 2],
                a.pos[u],
                a.pos[u] + a.link[u + 1],
                a.pos[u + 2] + 1);
    }

    /** Chain position of the struct's stop byte. */
    public final int stopPosition() {
        validate();
        return index.arena.pos[record];
    }

    final void checkWrapped() {
        if (record < 0) {
            throw new IllegalStateException("the view of " + descriptor.name() + " shows nothing");
        }
    }

    @Override
    public String toString() {
        return record < 0 ? "view of " + descriptor.name() + " (empty)" : "view of " + descriptor;
    }
}
