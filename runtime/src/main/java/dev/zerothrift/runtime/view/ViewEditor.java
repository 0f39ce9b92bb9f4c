package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.CompactWire;

/**
 * Edits a struct in place in its chain and keeps the index valid: a value of the same size is
 * overwritten where it stands; another value replaces the old one's range ({@link Chain#replace},
 * which splits the node and links a new one, moving nothing else); an absent field is inserted
 * where libthrift would have written it (before the next present field of the schema, else before
 * the stop byte); an unset field's bytes are removed. After an edit every position at or after it
 * moves by the change in length. In the compact protocol a field header holds the id as a delta
 * from the previous field, so the header of the field after an insertion or a removal is encoded
 * again.
 *
 * <p>Entries of a field are {@code [header][value][last]} both for known fields (at {@code r + 1 +
 * 3 * slot}) and for unknown ones (at {@code u}): the editor treats them alike.
 */
final class ViewEditor {
    private ViewEditor() {}

    private static int entry(int record, int slot) {
        return record + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * slot;
    }

    // ---------------------------------------------------------------- scalars

    /**
     * Sets a scalar field of {@code kind} to {@code bits} (the value as a long: an integer, a
     * double's raw bits, 1 or 0 for a bool; a uuid's most significant half with {@code low}).
     */
    static void setScalar(
            MessageIndex index, int record, StructDescriptor d, int slot, long bits, long low) {
        index.edited();
        FieldDescriptor f = d.field(slot);
        ValueKind kind = f.type().kind();
        IndexArena a = index.arena;
        int e = entry(record, slot);
        Chain chain = index.chain;
        if (a.pos[e] < 0) {
            int n = encodeValue(index, kind, bits, low, index.scratch, 0);
            insert(index, record, d, slot, index.scratch, n, bits != 0);
            return;
        }
        int p = a.pos[e] + a.link[e + 1];
        if (!index.compact) {
            switch (kind) {
                case BOOL, I8 -> chain.setByte(p, (int) bits);
                case I16 -> chain.setShort(p, (short) bits);
                case I32, ENUM -> chain.setInt(p, (int) bits);
                case I64, DOUBLE -> chain.setLong(p, bits);
                case UUID -> {
                    chain.setLong(p, bits);
                    chain.setLong(p + 8, low);
                }
                default -> throw new IllegalStateException("not a scalar: " + kind);
            }
            return;
        }
        switch (kind) {
            case BOOL -> {
                int header = chain.getByte(p);
                chain.setByte(
                        p,
                        (header & 0xf0)
                                | (bits != 0
                                        ? CompactWire.CT_BOOLEAN_TRUE
                                        : CompactWire.CT_BOOLEAN_FALSE));
            }
            case I8 -> chain.setByte(p, (int) bits);
            case DOUBLE -> chain.setLong(p, Long.reverseBytes(bits));
            case UUID -> {
                chain.setLong(p, bits);
                chain.setLong(p + 8, low);
            }
            default -> {
                byte[] scratch = index.scratch;
                int n = encodeValue(index, kind, bits, low, scratch, 0);
                int old = a.pos[e + 2] - p + 1;
                if (n == old) {
                    chain.setBytes(p, scratch, 0, n);
                } else {
                    replaceValue(index, e, scratch, n);
                }
            }
        }
    }

    /** Encodes a scalar value (no header) into {@code out} at {@code at}; returns its length. */
    private static int encodeValue(
            MessageIndex index, ValueKind kind, long bits, long low, byte[] out, int at) {
        boolean compact = index.compact;
        switch (kind) {
            case BOOL -> {
                if (compact) {
                    return 0; // in the header
                }
                out[at] = (byte) bits;
                return 1;
            }
            case I8 -> {
                out[at] = (byte) bits;
                return 1;
            }
            case I16, I32, ENUM -> {
                if (compact) {
                    return CompactWire.putVarint(out, at, CompactWire.zigzag((int) bits)) - at;
                }
                int size = kind == ValueKind.I16 ? 2 : 4;
                for (int i = 0; i < size; i++) {
                    out[at + i] = (byte) (bits >>> (8 * (size - 1 - i)));
                }
                return size;
            }
            case I64 -> {
                if (compact) {
                    return CompactWire.putVarint(out, at, CompactWire.zigzag(bits)) - at;
                }
                putLong(out, at, bits);
                return 8;
            }
            case DOUBLE -> {
                putLong(out, at, compact ? Long.reverseBytes(bits) : bits);
                return 8;
            }
            case UUID -> {
                putLong(out, at, bits);
                putLong(out, at + 8, low);
                return 16;
            }
            default -> throw new IllegalStateException("not a scalar: " + kind);
        }
    }

    private static void putLong(byte[] out, int at, long v) {
        for (int i = 0; i < 8; i++) {
            out[at + i] = (byte) (v >>> (56 - 8 * i));
        }
    }

    // ---------------------------------------------------------------- strings and binaries

    /**
     * Sets a string or binary field to {@code bytes[offset, offset + length)}: the prefix is
     * copied, and bytes longer than {@link MessageBuilder#REFERENCE_BYTES} are linked, not copied.
     */
    static void setBytes(
            MessageIndex index,
            int record,
            StructDescriptor d,
            int slot,
            byte[] bytes,
            int offset,
            int length) {
        index.edited();
        IndexArena a = index.arena;
        int e = entry(record, slot);
        Chain chain = index.chain;
        byte[] prefix = index.scratch;
        int n =
                index.compact
                        ? CompactWire.putVarint(prefix, 0, length)
                        : putInt(prefix, 0, length);
        try (Chain value = new Chain(chain.pool())) {
            value.append(prefix, 0, n);
            if (length > MessageBuilder.REFERENCE_BYTES) {
                value.appendReference(bytes, offset, length);
            } else {
                value.append(bytes, offset, length);
            }
            if (a.pos[e] < 0) {
                insert(index, record, d, slot, value, false);
            } else {
                int p = a.pos[e] + a.link[e + 1];
                int old = a.pos[e + 2] - p + 1;
                int added = n + length;
                chain.replace(p, old, value);
                index.shift(p + old, added - old);
                a.pos[e + 2] = p + added - 1;
            }
        }
    }

    private static int putInt(byte[] out, int at, int v) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (v >>> (24 - 8 * i));
        }
        return at + 4;
    }

    /** Replaces the value of the field at entry {@code e} by {@code bytes[0, n)}. */
    private static void replaceValue(MessageIndex index, int e, byte[] bytes, int n) {
        index.edited();
        IndexArena a = index.arena;
        int p = a.pos[e] + a.link[e + 1];
        int old = a.pos[e + 2] - p + 1;
        index.chain.replace(p, old, bytes, 0, n);
        index.shift(p + old, n - old);
        a.pos[e + 2] = p + n - 1;
    }

    /**
     * Sets field {@code slot} to the value encoded in {@code value} (any type; left empty), which
     * is indexed first: bad bytes throw before the message changes.
     */
    static void setEncoded(
            MessageIndex index, int record, StructDescriptor d, int slot, Chain value) {
        index.edited();
        if (index.compact && d.field(slot).type().kind() == ValueKind.BOOL) {
            throw new IllegalArgumentException(
                    "a compact bool field is in its header: use setBool");
        }
        IndexArena a = index.arena;
        int top = a.top;
        int child = index.indexDetached(value, d.field(slot).type());
        int newTop = a.top;
        int length = value.length();
        int e = entry(record, slot);
        a.top = top; // edits below shift the old records only
        int p;
        if (a.pos[e] < 0) {
            insert(index, record, d, slot, value, false);
            p = a.pos[e] + a.link[e + 1];
        } else {
            p = a.pos[e] + a.link[e + 1];
            int old = a.pos[e + 2] - p + 1;
            index.chain.replace(p, old, value);
            index.shift(p + old, length - old);
            a.pos[e + 2] = p + length - 1;
        }
        a.top = newTop;
        a.offset(top, newTop, p);
        a.link[e] = child;
    }

    // ---------------------------------------------------------------- container elements

    /**
     * Replaces the element at chain position {@code p}, of {@code oldLength} bytes, by {@code
     * bytes[0, n)}: in place when the length is the same, else by {@link Chain#replace}. The
     * positions of the elements after it move with the rest, and so do the ends of the containers
     * that end with it; the count does not change. {@code entry} is the element's own entry in the
     * arena (-1 for a fixed-size element, which never changes length).
     */
    static void replaceElement(
            MessageIndex index, int p, int oldLength, byte[] bytes, int n, int entry) {
        index.edited();
        if (n == oldLength) {
            index.chain.setBytes(p, bytes, 0, n);
            return;
        }
        index.chain.replace(p, oldLength, bytes, 0, n);
        int delta = n - oldLength;
        index.arena.shiftReplacedElement(p + oldLength - 1, delta, entry);
        if (index.end >= p + oldLength) {
            index.end += delta;
        }
    }

    /** The encoding of a scalar element (a compact bool element is one byte: 1 or 2). */
    static int encodeElement(MessageIndex index, ValueKind kind, long bits, long low, byte[] out) {
        if (kind == ValueKind.BOOL && index.compact) {
            out[0] = bits != 0 ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE;
            return 1;
        }
        return encodeValue(index, kind, bits, low, out, 0);
    }

    /** The encoding of a string or binary element: its length prefix, then the bytes. */
    static byte[] encodeBytes(MessageIndex index, byte[] bytes) {
        int prefix = index.compact ? CompactWire.varintSize(bytes.length) : 4;
        byte[] out = new byte[prefix + bytes.length];
        if (index.compact) {
            CompactWire.putVarint(out, 0, bytes.length);
        } else {
            putInt(out, 0, bytes.length);
        }
        System.arraycopy(bytes, 0, out, prefix, bytes.length);
        return out;
    }

    // ---------------------------------------------------------------- insert and remove

    /**
     * Inserts field {@code slot} with the value {@code value[0, n)}; a compact bool's value is
     * {@code bool}, in its header.
     */
    private static void insert(
            MessageIndex index,
            int record,
            StructDescriptor d,
            int slot,
            byte[] value,
            int n,
            boolean bool) {
        index.edited();
        try (Chain bytes = new Chain(index.chain.pool())) {
            bytes.append(value, 0, n);
            insert(index, record, d, slot, bytes, bool);
        }
    }

    /** Inserts field {@code slot} with the encoded value {@code value} (left empty). */
    private static void insert(
            MessageIndex index,
            int record,
            StructDescriptor d,
            int slot,
            Chain value,
            boolean bool) {
        index.edited();
        IndexArena a = index.arena;
        FieldDescriptor f = d.field(slot);
        int at = insertionPoint(a, record, d, slot);
        int previous = previousFieldId(index, record, d, at);
        boolean compactBool = index.compact && f.type().kind() == ValueKind.BOOL;
        byte[] header = new byte[4];
        int h;
        if (index.compact) {
            int type =
                    compactBool
                            ? (bool ? CompactWire.CT_BOOLEAN_TRUE : CompactWire.CT_BOOLEAN_FALSE)
                            : CompactWire.toCompact(f.type().wireType());
            h = compactHeader(header, f.id(), previous, type);
        } else {
            header[0] = f.type().wireType();
            header[1] = (byte) (f.id() >> 8);
            header[2] = (byte) f.id();
            h = 3;
        }
        int valueLength = value.length();
        try (Chain field = new Chain(index.chain.pool())) {
            field.append(header, 0, h);
            field.append(value);
            index.chain.insert(at, field);
        }
        int added = h + valueLength;
        index.shift(at, added);
        int e = entry(record, slot);
        a.pos[e] = at;
        a.link[e] = -1;
        a.link[e + 1] = compactBool ? 0 : h;
        a.pos[e + 2] = at + added - 1;
        if (index.compact) {
            reencodeHeaderAt(index, record, d, at + added, f.id());
        }
    }

    /** Removes field {@code slot}'s bytes, if present. */
    static void unset(MessageIndex index, int record, StructDescriptor d, int slot) {
        index.edited();
        IndexArena a = index.arena;
        int e = entry(record, slot);
        if (a.pos[e] < 0) {
            return;
        }
        int from = a.pos[e];
        int length = a.pos[e + 2] - from + 1;
        a.pos[e] = a.pos[e + 2] = -1;
        a.link[e] = -1;
        int previous = index.compact ? previousFieldId(index, record, d, from) : 0;
        index.chain.delete(from, length);
        index.shift(from + length, -length);
        if (index.compact) {
            reencodeHeaderAt(index, record, d, from, previous);
        }
    }

    /**
     * Where libthrift would have written field {@code slot}: before the first present field
     * declared after it, else before the stop byte.
     */
    private static int insertionPoint(IndexArena a, int record, StructDescriptor d, int slot) {
        int at = a.pos[record];
        for (int s = slot + 1; s < d.fieldCount(); s++) {
            int h = a.pos[entry(record, s)];
            if (h >= 0 && h < at) {
                at = h;
            }
        }
        return at;
    }

    /** Id of the field just before position {@code at} in the struct, or 0 when none. */
    private static int previousFieldId(MessageIndex index, int record, StructDescriptor d, int at) {
        IndexArena a = index.arena;
        int best = -1;
        int id = 0;
        for (int s = 0; s < d.fieldCount(); s++) {
            int h = a.pos[entry(record, s)];
            if (h >= 0 && h < at && h > best) {
                best = h;
                id = d.field(s).id();
            }
        }
        for (int u = a.link[record]; u >= 0; u = a.link[u]) {
            int h = a.pos[u];
            if (h >= 0 && h < at && h > best) {
                best = h;
                id = a.link[u + 3];
            }
        }
        return id;
    }

    /**
     * Encodes again the compact header of the field whose header is at {@code at} (if any: it may
     * be the stop byte), now that the field before it has id {@code previous}.
     */
    private static void reencodeHeaderAt(
            MessageIndex index, int record, StructDescriptor d, int at, int previous) {
        index.edited();
        IndexArena a = index.arena;
        int e = -1;
        int id = 0;
        for (int s = 0; s < d.fieldCount() && e < 0; s++) {
            if (a.pos[entry(record, s)] == at) {
                e = entry(record, s);
                id = d.field(s).id();
            }
        }
        for (int u = a.link[record]; u >= 0 && e < 0; u = a.link[u]) {
            if (a.pos[u] == at) {
                e = u;
                id = a.link[u + 3];
            }
        }
        if (e < 0) {
            return; // the stop byte: no delta
        }
        Chain chain = index.chain;
        int first = chain.getByte(at) & 0xff;
        int oldLength = (first >> 4) != 0 ? 1 : 1 + WireValues.varintLength(chain, at + 1);
        byte[] header = new byte[4];
        int n = compactHeader(header, id, previous, first & 0x0f);
        if (n == oldLength) {
            chain.setBytes(at, header, 0, n);
            return;
        }
        boolean bool = a.link[e + 1] == 0; // a compact bool's value is in its header
        chain.replace(at, oldLength, header, 0, n);
        index.shift(at + oldLength, n - oldLength);
        if (bool) {
            a.pos[e + 2] = at + n - 1; // its last byte is its header's
        } else {
            a.link[e + 1] = n;
        }
    }

    /** A compact field header as libthrift writes it: a delta when it fits, else the full id. */
    private static int compactHeader(byte[] out, int id, int previous, int type) {
        if (id > previous && id - previous <= 15) {
            out[0] = (byte) ((id - previous) << 4 | type);
            return 1;
        }
        out[0] = (byte) type;
        return CompactWire.putVarint(out, 1, CompactWire.zigzag((int) (short) id));
    }
}
