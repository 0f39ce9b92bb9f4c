package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.Arrays;

/**
 * Adds, removes and replaces the elements of a list or set and the entries of a map in place, and
 * keeps the index valid.
 *
 * <p>An <em>item</em> is an element (a list or set) or an entry (a map: key then value). A new item
 * arrives encoded apart (one value of the schema's type, in the message's protocol) and is indexed
 * before anything changes, so bad bytes throw {@link ProtocolException} and leave the message as it
 * was. Its bytes are linked in by {@link Chain#insert} (the node at the insertion point is split,
 * nothing else moves, no hole); a removed item's bytes are deleted; then the count in the
 * container's header is encoded again, the header replaced when its length changes (a compact list
 * header grows from one byte to two when the count passes 14, a compact map's from one to two when
 * it stops being empty). Positions after the edit move by the change in length; the ends that
 * coincide with the container's last byte (the container's own, and those of the values that end
 * with it: the field that holds it, an enclosing list whose last element it is) are found by a walk
 * from the root, and move too when the edit is at the container's end.
 *
 * <p>Items of a variable size have a table of positions: an insertion copies it to the arena's top
 * with room for one more (extended where it stands when it is the top already, so a run of appends
 * of scalars or strings does not copy), a removal closes the gap in place. The old copy stays in
 * the arena, unused, until the next wrap.
 *
 * <p>The first item's position of an empty container is not kept (an edit just after the container
 * may move it, and nothing is there to read): the editor works from the container's header and last
 * byte then.
 *
 * <p>Sets and map keys compare by their encoded bytes: adding an element whose bytes equal an
 * existing element's is a no-op ({@code false}); putting an entry whose key is already there
 * replaces that entry's value.
 */
final class ContainerEditor {
    private ContainerEditor() {}

    // ---------------------------------------------------------------- items

    private static boolean isMap(TypeDescriptor container) {
        return container.kind() == ValueKind.MAP;
    }

    /** Arena entries per item in the table: 1, or 2 for a map (key, value). */
    private static int width(TypeDescriptor container) {
        return isMap(container) ? 2 : 1;
    }

    /** Bytes of every item when they all have the same size, else -1 (there is a table). */
    private static int itemSize(MessageIndex index, TypeDescriptor container) {
        if (!isMap(container)) {
            return index.fixedSize(container.element().kind());
        }
        int k = index.fixedSize(container.key().kind());
        int v = index.fixedSize(container.value().kind());
        return k > 0 && v > 0 ? k + v : -1;
    }

    /** Whether the items are compact varints, found by walking from the first (no table). */
    private static boolean varints(MessageIndex index, TypeDescriptor container) {
        return !isMap(container) && index.untabled(container.element().kind());
    }

    private static int itemStart(MessageIndex index, int c, TypeDescriptor container, int i) {
        IndexArena a = index.arena;
        int size = itemSize(index, container);
        if (size > 0) {
            return a.pos[c + 1] + i * size;
        }
        if (varints(index, container)) {
            return WireValues.skipVarints(index.chain, a.pos[c + 1], i);
        }
        return a.pos[a.link[c + 2] + width(container) * i];
    }

    /** Chain position just after item {@code i}. */
    private static int itemEnd(MessageIndex index, int c, TypeDescriptor container, int i) {
        return i + 1 < index.arena.link[c]
                ? itemStart(index, c, container, i + 1)
                : index.arena.pos[c + 2] + 1;
    }

    /** Chain position of the value of map entry {@code i}. */
    private static int valueStart(MessageIndex index, int c, TypeDescriptor map, int i) {
        IndexArena a = index.arena;
        int size = itemSize(index, map);
        return size > 0
                ? a.pos[c + 1] + i * size + index.fixedSize(map.key().kind())
                : a.pos[a.link[c + 2] + 2 * i + 1];
    }

    /**
     * The item whose element (or, for a map, key) has the bytes of {@code value}, or -1. Items are
     * compared by their encoding, which for the values of a set or the keys of a map is the value.
     */
    static int find(MessageIndex index, int c, TypeDescriptor container, Chain value) {
        int count = index.arena.link[c];
        int length = value.length();
        for (int i = 0; i < count; i++) {
            int start = itemStart(index, c, container, i);
            int end =
                    isMap(container)
                            ? valueStart(index, c, container, i)
                            : itemEnd(index, c, container, i);
            if (end - start == length && sameBytes(index.chain, start, value, length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameBytes(Chain chain, int from, Chain value, int length) {
        for (int i = 0; i < length; i++) {
            if (chain.getByte(from + i) != value.getByte(i)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- insert

    /**
     * Inserts an item before item {@code i} ({@code i == count}: at the end): the element {@code
     * first}, or for a map the key {@code first} and the value {@code second}; both are left empty.
     * The caller has checked set and key semantics.
     */
    static void insert(
            MessageIndex index, int c, TypeDescriptor container, int i, Chain first, Chain second) {
        IndexArena a = index.arena;
        int count = a.link[c];
        if (i < 0 || i > count) {
            throw new IndexOutOfBoundsException("insertion at " + i + " of " + count);
        }
        index.edited();
        boolean map = isMap(container);
        int top = a.top;
        int firstChild = index.indexDetached(first, map ? container.key() : container.element());
        int mid = a.top;
        int secondChild = -1;
        if (map) {
            try {
                secondChild = index.indexDetached(second, container.value());
            } catch (ProtocolException e) {
                a.top = top;
                throw e;
            }
        }
        int newTop = a.top;
        int firstLength = first.length();
        int added = firstLength + (map ? second.length() : 0);
        a.top = top; // the edits below shift the message's records, not the new ones
        int last = a.pos[c + 2];
        int at = i < count ? itemStart(index, c, container, i) : last + 1;
        int[] ends = i == count ? endsHolding(index, c) : null;

        Chain chain = index.chain;
        if (map) {
            chain.insert(at, second);
        }
        chain.insert(at, first);
        index.shift(at, added);
        if (i == 0) {
            a.pos[c + 1] = at; // the new item is the first
        }
        if (ends != null) {
            moveEnds(a, ends, added);
        }
        a.top = newTop;
        a.offset(top, mid, at);
        a.offset(mid, newTop, at + firstLength);

        if (itemSize(index, container) < 0 && !varints(index, container)) {
            int w = width(container);
            int t = growTable(a, c, count, w, i);
            a.pos[t + w * i] = at;
            a.link[t + w * i] = firstChild;
            if (map) {
                a.pos[t + w * i + 1] = at + firstLength;
                a.link[t + w * i + 1] = secondChild;
            }
        }
        a.link[c] = count + 1;
        rewriteHeader(index, c, container);
    }

    /**
     * Makes the table of container {@code c} (count items of {@code w} entries) one item longer,
     * with a gap at item {@code i}; returns its start.
     */
    private static int growTable(IndexArena a, int c, int count, int w, int i) {
        int old = a.link[c + 2];
        int t;
        if (old >= 0 && old + w * count == a.top) {
            a.allocUnfilled(w); // the table is the arena's top: it grows where it stands
            t = old;
        } else {
            t = a.allocUnfilled(w * (count + 1));
            if (old >= 0) {
                System.arraycopy(a.pos, old, a.pos, t, w * i);
                System.arraycopy(a.link, old, a.link, t, w * i);
            }
        }
        if (old >= 0) {
            System.arraycopy(a.pos, old + w * i, a.pos, t + w * (i + 1), w * (count - i));
            System.arraycopy(a.link, old + w * i, a.link, t + w * (i + 1), w * (count - i));
        }
        a.link[c + 2] = t;
        return t;
    }

    // ---------------------------------------------------------------- remove and replace

    /** Removes item {@code i}; views of it (and of anything inside it) are no longer valid. */
    static void remove(MessageIndex index, int c, TypeDescriptor container, int i) {
        IndexArena a = index.arena;
        int count = a.link[c];
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("item " + i + " of " + count);
        }
        index.edited();
        int from = itemStart(index, c, container, i);
        int length = itemEnd(index, c, container, i) - from;
        int[] ends = i == count - 1 ? endsHolding(index, c) : null;
        index.chain.delete(from, length);
        index.shift(from + length, -length);
        if (ends != null) {
            moveEnds(a, ends, -length);
        }
        int t = a.link[c + 2];
        if (t >= 0) {
            int w = width(container);
            System.arraycopy(a.pos, t + w * (i + 1), a.pos, t + w * i, w * (count - 1 - i));
            System.arraycopy(a.link, t + w * (i + 1), a.link, t + w * i, w * (count - 1 - i));
        }
        a.link[c] = count - 1;
        rewriteHeader(index, c, container);
    }

    /**
     * Replaces element {@code i} of a list, or the value of entry {@code i} of a map, by {@code
     * value} (indexed first, left empty); the count does not change.
     */
    static void replace(MessageIndex index, int c, TypeDescriptor container, int i, Chain value) {
        IndexArena a = index.arena;
        int count = a.link[c];
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("item " + i + " of " + count);
        }
        index.edited();
        boolean map = isMap(container);
        int top = a.top;
        int child = index.indexDetached(value, map ? container.value() : container.element());
        int newTop = a.top;
        int length = value.length();
        a.top = top;
        int from = map ? valueStart(index, c, container, i) : itemStart(index, c, container, i);
        int old = itemEnd(index, c, container, i) - from;
        int[] ends = i == count - 1 ? endsHolding(index, c) : null;
        index.chain.replace(from, old, value);
        index.shift(from + old, length - old);
        if (ends != null) {
            moveEnds(a, ends, length - old);
        }
        a.top = newTop;
        a.offset(top, newTop, from);
        int t = a.link[c + 2];
        if (t >= 0) {
            a.link[t + width(container) * i + (map ? 1 : 0)] = child;
        }
    }

    // ---------------------------------------------------------------- the header

    /** Encodes the header of container {@code c} again for its count, as libthrift writes it. */
    private static void rewriteHeader(MessageIndex index, int c, TypeDescriptor container) {
        IndexArena a = index.arena;
        int at = a.pos[c];
        int count = a.link[c];
        // the count is the new one; the first item is where insert or remove put it
        int oldLength = a.pos[c + 1] - at;
        byte[] header = index.scratch;
        int n = encodeHeader(index.compact, container, count, header);
        if (n == oldLength) {
            index.chain.setBytes(at, header, 0, n);
            return;
        }
        // an empty container ends with its header: the ends that hold it move with the header
        int[] ends = count == 0 ? endsHolding(index, c) : null;
        index.chain.replace(at, oldLength, header, 0, n);
        index.shift(at + oldLength, n - oldLength);
        if (ends != null) {
            moveEnds(a, ends, n - oldLength);
        }
    }

    /** A list, set or map header as libthrift writes it, into {@code out}; returns its length. */
    static int encodeHeader(boolean compact, TypeDescriptor container, int count, byte[] out) {
        if (isMap(container)) {
            byte k = container.key().wireType();
            byte v = container.value().wireType();
            if (!compact) {
                out[0] = k;
                out[1] = v;
                putInt(out, 2, count);
                return 6;
            }
            if (count == 0) {
                out[0] = 0;
                return 1;
            }
            int n = CompactWire.putVarint(out, 0, count);
            out[n] = (byte) (CompactWire.toCompact(k) << 4 | CompactWire.toCompact(v));
            return n + 1;
        }
        byte e = container.element().wireType();
        if (!compact) {
            out[0] = e;
            putInt(out, 1, count);
            return 5;
        }
        byte type = CompactWire.toCompact(e);
        if (count <= 14) {
            out[0] = (byte) (count << 4 | type);
            return 1;
        }
        out[0] = (byte) (0xf0 | type);
        return CompactWire.putVarint(out, 1, count);
    }

    private static void putInt(byte[] out, int at, int v) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (v >>> (24 - 8 * i));
        }
    }

    // ---------------------------------------------------------------- the ends that hold it

    /**
     * The arena entries that hold the last byte of container {@code c} as an end: its own, and
     * those of the values that end with it (the field that holds it, an enclosing container whose
     * last item it is). Found, before the edit, by a walk from the root over the values the message
     * holds now.
     */
    private static int[] endsHolding(MessageIndex index, int c) {
        Path path = new Path();
        IndexArena a = index.arena;
        if (!inStruct(a, 0, index.root, c, path)) {
            throw new IllegalStateException(
                    "the container is no longer in the message: its view is stale");
        }
        int last = a.pos[c + 2];
        int n = 0;
        int[] ends = new int[path.size];
        for (int k = 0; k < path.size; k++) {
            if (a.pos[path.entries[k]] == last) {
                ends[n++] = path.entries[k];
            }
        }
        return Arrays.copyOf(ends, n);
    }

    /** Moves the ends that {@link #endsHolding} found by {@code delta}. */
    private static void moveEnds(IndexArena a, int[] ends, int delta) {
        for (int e : ends) {
            a.pos[e] += delta;
        }
    }

    /** A stack of arena entries: the ends on the way from the root. */
    private static final class Path {
        int[] entries = new int[16];
        int size;

        void push(int entry) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, 2 * size);
            }
            entries[size++] = entry;
        }
    }

    private static boolean inStruct(IndexArena a, int r, StructDescriptor d, int c, Path path) {
        for (int s = 0; s < d.fieldCount(); s++) {
            int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
            if (a.pos[e] < 0 || a.link[e] < 0) {
                continue;
            }
            path.push(e + 2);
            if (inValue(a, a.link[e], d.field(s).type(), c, path)) {
                return true;
            }
            path.size--;
        }
        return false;
    }

    private static boolean inValue(IndexArena a, int record, TypeDescriptor t, int c, Path path) {
        switch (t.kind()) {
            case STRUCT -> {
                return inStruct(a, record, t.struct(), c, path);
            }
            case LIST, SET, MAP -> {
                path.push(record + 2);
                if (record == c) {
                    return true;
                }
                int table = a.link[record + 2];
                if (table >= 0) {
                    boolean map = t.kind() == ValueKind.MAP;
                    int w = map ? 2 : 1;
                    for (int i = 0, n = a.link[record]; i < n; i++) {
                        for (int part = 0; part < w; part++) {
                            int child = a.link[table + w * i + part];
                            TypeDescriptor type =
                                    !map ? t.element() : part == 0 ? t.key() : t.value();
                            if (child >= 0 && inValue(a, child, type, c, path)) {
                                return true;
                            }
                        }
                    }
                }
                path.size--;
                return false;
            }
            default -> {
                return false;
            }
        }
    }
}
