package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.WireType;

/**
 * The happy-path walk of {@link MessageIndex} for the binary protocol: reads straight from the
 * arrays of the chain's nodes (one bounds check per read against the node in hand; a read that
 * straddles two nodes goes through the chain) and records the same index as the generic walk,
 * without tracking the path and without the {@code ProtocolReader}'s bookkeeping.
 *
 * <p>It accepts only what the generic walk accepts without remark: a message that is valid, holds
 * no unknown field and repeats no field in strict mode. On anything else (truncated or hostile
 * bytes, a limit reached, an unknown field) it gives up with {@link #tryIndex} returning {@code
 * -1}, and the caller walks the message again with the generic walk, which skips unknown fields and
 * names the field path of a failure. Every check the generic walk makes is made here too, so that a
 * message this walk accepts is one the generic walk would index the same way.
 */
final class BinaryIndexer extends HappyPathWalk {
    BinaryIndexer(IndexArena arena, ViewOptions options) {
        super(arena, options);
    }

    @Override
    boolean rootFields(StructDescriptor d, int r, int wanted, byte[] flat, int flatDelta) {
        if (flat != null) {
            return flatFields(flat, flatDelta, d, r, wanted);
        }
        resumeSlot = -1; // fields() does not follow the slots
        rootTop = -1;
        try {
            fields(d, r, resume, wanted, true);
            return true;
        } catch (GiveUp e) {
            if (rootTop >= 0) {
                arena.top = rootTop; // the records of the field not taken
            }
            return false;
        }
    }

    private int rootTop; // arena top before the root field being walked, for rootFields

    // ---------------------------------------------------------------- reading

    // The walk reads forward; the check against the start of the node in hand is for safety.

    /**
     * Takes the node that holds {@code p}; false when fewer than {@code n} of the bytes are in it.
     */
    private boolean take(int p, int n) {
        if (n > end - p) {
            throw GIVE_UP; // truncated: the generic walk says where
        }
        Chain c = chain;
        int i = c.nodeIndex(p);
        start = c.nodeStart(i);
        buffer = c.nodeArray(i);
        delta = c.nodeOffset(i) - start;
        limit = Math.min(start + c.nodeLength(i), end);
        return n <= limit - p;
    }

    private byte i8(int p) {
        if (p >= start && p < limit || take(p, 1)) {
            return buffer[p + delta];
        }
        return chain.getByte(p);
    }

    private int i32(int p) {
        if (p >= start && 4 <= limit - p || take(p, 4)) {
            return BinaryWire.getI32(buffer, p + delta);
        }
        return chain.getInt(p);
    }

    /** A field header's type and id, as {@code type << 16 | id & 0xffff}; the stop byte is 0. */
    private int fieldHeader(int p) {
        if (p >= start && 3 <= limit - p) {
            int q = p + delta;
            byte type = buffer[q];
            return type == WireType.STOP
                    ? 0
                    : type << 16 | BinaryWire.getI16(buffer, q + 1) & 0xffff;
        }
        // the last bytes of the node or of the range: the stop byte alone may end the range
        byte type = i8(p);
        if (type == WireType.STOP) {
            return 0;
        }
        if (3 > end - p) {
            throw GIVE_UP;
        }
        return type << 16 | chain.getShort(p + 1) & 0xffff;
    }

    // ---------------------------------------------------------------- the walk

    @Override
    int struct(StructDescriptor d, int p) {
        enter();
        int r = arena.alloc(MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * d.fieldCount());
        if (restInHand(p)) {
            flatStruct(d, r, p);
        } else {
            fields(d, r, p, -1, false);
        }
        checkRecordedPresence(d, r);
        depth--;
        return r;
    }

    /**
     * Whether the rest of the range, from {@code p} on, is in the node in hand (taking the node of
     * {@code p} first if need be): always so for a message in one node, and for the structs in the
     * last node of a longer one.
     */
    private boolean restInHand(int p) {
        if (p < start || limit != end) {
            take(p, 1);
        }
        return limit == end;
    }

    /**
     * {@link #fields} of a whole struct (record {@code r}, its first header at {@code p}) whose
     * bytes are all in the node in hand, as {@link #flatFields} walks a lazy root: the reads go to
     * the array itself with one check against the end of the range each, the next header is
     * compared with the ones the schema predicts after the field before ({@link #predicted}: in IDL
     * order, else fixed-size first), and only another one is looked up. Scalars, strings and lists
     * of fixed-size elements are recorded inline; a nested struct, map or other list is walked by
     * the general methods (a nested struct comes back here). A repeated field gives up: the generic
     * walk keeps the last (or, strict, calls it an error).
     */
    private void flatStruct(StructDescriptor d, int r, int p) {
        byte[] b = buffer;
        int delta = this.delta;
        int end = this.end;
        int[] headers = d.binaryHeaders();
        int[] passes = d.binaryPasses();
        IndexArena a = arena;
        int[] pos = a.pos;
        int[] link = a.link;
        int slot = -1; // of the field before: the next one is predicted from it
        while (true) {
            int q = p + delta;
            int s = end - p < 4 ? -1 : predicted(d, headers, slot, BinaryWire.getI32(b, q) >>> 8);
            if (s < 0) {
                // not a field expected: the stop byte, another field, or bad bytes
                if (p >= end) {
                    throw GIVE_UP;
                }
                byte type = b[q];
                if (type == WireType.STOP) {
                    pos[r] = p;
                    next = p + 1;
                    return;
                }
                if (end - p < 3) {
                    throw GIVE_UP;
                }
                s = d.slotOf((short) (b[q + 1] << 8 | b[q + 2] & 0xff));
                if (s < 0 || d.wireType(s) != type) {
                    throw GIVE_UP; // unknown, or not a value type: the generic walk decides
                }
            }
            int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
            if (pos[e] >= 0) {
                throw GIVE_UP;
            }
            int v = p + 3;
            int left = end - v;
            int pass = passes[s];
            int after;
            if (pass > 0) {
                if (pass > left) {
                    throw GIVE_UP;
                }
                after = v + pass;
            } else if (pass == PASS_STRING) {
                int length;
                if (left < 4
                        || (length = BinaryWire.getI32(b, v + delta)) < 0
                        || length > left - 4) {
                    throw GIVE_UP;
                }
                after = v + 4 + length;
            } else {
                int child;
                if (pass != PASS_OTHER) {
                    int size = -pass & 0xff;
                    byte elementWire = (byte) (-pass >> 8);
                    int count;
                    if (left < 5
                            || b[v + delta] != elementWire
                            || (count = BinaryWire.getI32(b, v + 1 + delta)) < 0
                            || (long) count * size > left - 5
                            || depth >= maxDepth) {
                        throw GIVE_UP; // a mismatch even of an empty list: the generic walk
                    }
                    after = v + 5 + count * size;
                    child = untabledCollection(v, count, v + 5, elementWire, after - 1);
                } else {
                    byte type = (byte) (headers[s] >> 16);
                    child =
                            type == WireType.LIST || type == WireType.SET
                                    ? collection(d.type(s), v)
                                    : composite(d.type(s), type, v);
                    after = next;
                }
                pos = a.pos; // the arena may have grown
                link = a.link;
                link[e] = child; // (a scalar's is -1 already: alloc filled the record so)
            }
            pos[e] = p;
            link[e + 1] = 3;
            pos[e + 2] = after - 1;
            p = after;
            slot = s;
        }
    }

    /**
     * Walks the fields of the struct of record {@code r} from the header at {@code p}, recording
     * each, until the field at slot {@code wanted} is recorded or the stop byte is passed; {@link
     * #next} is then the position after it. For the {@code root} of a lazy walk, {@link #resume}
     * follows each field and a repeated field gives up.
     */
    private void fields(StructDescriptor d, int r, int p, int wanted, boolean root) {
        IndexArena a = arena;
        boolean once = strict || root;
        // Fields come in declaration order from libthrift, fixed-size ones first from our writers:
        // the headers those orders predict after the last field met are compared first, and only
        // another one is looked up by id.
        int[] headers = d.binaryHeaders();
        int expected = 0;
        while (true) {
            int header = p;
            if (root) {
                resume = p;
                rootTop = a.top;
            }
            int h = fieldHeader(p);
            if (h == 0) {
                a.pos[r] = header;
                p++;
                if (root) {
                    checkRecordedPresence(d, r);
                    resume = p;
                }
                break;
            }
            byte type = (byte) (h >> 16);
            int slot = predicted(d, headers, expected - 1, h);
            if (slot < 0) {
                slot = d.slotOf((short) h);
                // an unknown field, or not a value type: the generic walk skips it
                if (slot < 0 || d.wireType(slot) != type) {
                    throw GIVE_UP;
                }
            }
            expected = slot + 1;
            int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * slot;
            if (a.pos[e] >= 0 && once) {
                throw GIVE_UP;
            }
            p += 3;
            int child = -1;
            switch (type) {
                case WireType.BOOL, WireType.BYTE -> p = skip(p, 1);
                case WireType.I16 -> p = skip(p, 2);
                case WireType.I32 -> p = skip(p, 4);
                case WireType.I64, WireType.DOUBLE -> p = skip(p, 8);
                case WireType.UUID -> p = skip(p, 16);
                case WireType.STRING -> p = string(p);
                case WireType.LIST, WireType.SET -> {
                    int size = d.binaryElementSize(slot);
                    child =
                            size > 0
                                    ? fixedCollection(d.type(slot).element().wireType(), size, p)
                                    : collection(d.type(slot), p);
                    p = next;
                }
                default -> {
                    child = composite(d.type(slot), type, p);
                    p = next;
                }
            }
            a.pos[e] = header;
            a.link[e] = child;
            a.link[e + 1] = 3;
            a.pos[e + 2] = p - 1;
            if (slot == wanted) {
                if (root) {
                    resume = p;
                }
                break;
            }
        }
        next = p;
    }

    /** Bytes of a value of each wire type that has a fixed size in the binary protocol, else 0. */
    private static final byte[] FIXED_SIZE = new byte[WireType.UUID + 1];

    static {
        FIXED_SIZE[WireType.BOOL] = 1;
        FIXED_SIZE[WireType.BYTE] = 1;
        FIXED_SIZE[WireType.I16] = 2;
        FIXED_SIZE[WireType.I32] = 4;
        FIXED_SIZE[WireType.I64] = 8;
        FIXED_SIZE[WireType.DOUBLE] = 8;
        FIXED_SIZE[WireType.UUID] = 16;
    }

    /*
     * How the flat walks pass a field's value, by slot (StructDescriptor.binaryPasses, made once
     * per type): a scalar as its size (above 0), a string or binary as a length and the bytes
     * (PASS_STRING), a list or set of fixed-size elements as -(element wire << 8 | size), anything
     * else by the general methods (PASS_OTHER).
     */

    /** A string or binary: a length, then the bytes. */
    private static final int PASS_STRING = 0;

    /** Anything else: the general methods walk it. */
    private static final int PASS_OTHER = Integer.MIN_VALUE;

    /**
     * The passes of a struct's fields (for {@link StructDescriptor#binaryPasses}), from their wire
     * types, types and {@link StructDescriptor#binaryElementSize}s by slot.
     */
    static int[] passes(byte[] wireTypes, TypeDescriptor[] types, byte[] elementSizes) {
        int[] passes = new int[wireTypes.length];
        for (int slot = 0; slot < passes.length; slot++) {
            byte type = wireTypes[slot];
            int size = elementSizes[slot];
            if (type == WireType.STRING) {
                passes[slot] = PASS_STRING;
            } else if (type >= 0 && type < FIXED_SIZE.length && FIXED_SIZE[type] > 0) {
                passes[slot] = FIXED_SIZE[type];
            } else if (size > 0) {
                passes[slot] = -((types[slot].element().wireType() & 0xff) << 8 | size);
            } else {
                passes[slot] = PASS_OTHER;
            }
        }
        return passes;
    }

    /**
     * By slot + 1, the slot that follows in fixed-size-first order (fixed-size fields in IDL order,
     * then the others: GeneratorOptions.FieldOrder.FIXED_FIRST), from the slots' {@code passes}
     * (above 0 for a fixed size).
     */
    static int[] fixedFirstNext(int[] passes) {
        int n = passes.length;
        int[] order = new int[n];
        int k = 0;
        for (int slot = 0; slot < n; slot++) {
            if (passes[slot] > 0) {
                order[k++] = slot;
            }
        }
        for (int slot = 0; slot < n; slot++) {
            if (passes[slot] <= 0) {
                order[k++] = slot;
            }
        }
        int[] next = new int[n + 1];
        next[0] = n == 0 ? 0 : order[0];
        for (int i = 0; i < n; i++) {
            next[order[i] + 1] = i + 1 < n ? order[i + 1] : n;
        }
        return next;
    }

    /**
     * The slot of the field whose header ({@code type << 16 | id}) is {@code header}, when it is
     * one the schema predicts after the field of {@code slot} (-1 at the start): the next in IDL
     * order (libthrift's), or else the next in fixed-size-first order (our writers'); -1 when it is
     * neither, for a lookup. Two loads and compares, no lookup of the id.
     */
    private static int predicted(StructDescriptor d, int[] headers, int slot, int header) {
        int s = slot + 1;
        if (s < headers.length && headers[s] == header) {
            return s;
        }
        s = d.fixedFirstNext()[slot + 1];
        return s < headers.length && headers[s] == header ? s : -1;
    }

    /**
     * {@link #fields} for the root of a lazy walk whose range is all in {@code b} (position {@code
     * q} at {@code b[q + delta]}), as {@link #rootFields}. The loop reads the array itself, with
     * one check against the end of the range per read, and expects the fields in declaration order
     * or fixed-size first after {@link #resumeSlot}: the next field's header is compared with the
     * ones the schema predicts ({@link #predicted}: one load of the header and the byte after it,
     * which every field has, and a compare or two, instead of a lookup of the id and of the type),
     * and only another header is looked up. Scalars, strings and lists of fixed-size elements are
     * recorded inline; a nested struct, map or other list is walked by the general methods.
     */
    private boolean flatFields(byte[] b, int delta, StructDescriptor d, int r, int wanted) {
        int[] headers = d.binaryHeaders();
        int[] passes = d.binaryPasses();
        IndexArena a = arena;
        int end = this.end;
        int[] pos = a.pos;
        int[] link = a.link;
        int p = resume; // the header of the field being walked
        int slot = resumeSlot; // of the field before it: the next one is predicted from it
        int topSlot = resumeTopSlot; // the highest slot recorded: one above it is no repeat
        int top = a.top; // before the records of the field being walked
        try {
            while (true) {
                int q = p + delta;
                int s =
                        end - p < 4
                                ? -1
                                : predicted(d, headers, slot, BinaryWire.getI32(b, q) >>> 8);
                if (s < 0) {
                    // not a field expected: the stop byte, another field, or bad bytes
                    if (p >= end) {
                        throw GIVE_UP;
                    }
                    byte type = b[q];
                    if (type == WireType.STOP) {
                        pos[r] = p;
                        checkRecordedPresence(d, r);
                        resume = next = p + 1;
                        resumeSlot = slot;
                        resumeTopSlot = topSlot;
                        return true;
                    }
                    if (end - p < 3) {
                        throw GIVE_UP;
                    }
                    s = d.slotOf((short) (b[q + 1] << 8 | b[q + 2] & 0xff));
                    if (s < 0 || d.wireType(s) != type) {
                        throw GIVE_UP; // unknown, or not a value type: the generic walk decides
                    }
                }
                int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
                if (s <= topSlot && pos[e] >= 0) {
                    throw GIVE_UP; // repeated: the generic walk calls it an error
                }
                int v = p + 3;
                int left = end - v;
                int pass = passes[s];
                int after;
                if (pass > 0) {
                    if (pass > left) {
                        throw GIVE_UP;
                    }
                    after = v + pass;
                } else if (pass == PASS_STRING) {
                    int length;
                    if (left < 4
                            || (length = BinaryWire.getI32(b, v + delta)) < 0
                            || length > left - 4) {
                        throw GIVE_UP;
                    }
                    after = v + 4 + length;
                } else {
                    int child;
                    if (pass != PASS_OTHER) {
                        // a list or set of fixed-size elements: its header, the elements where
                        // it says
                        int size = -pass & 0xff;
                        byte elementWire = (byte) (-pass >> 8);
                        int count;
                        if (left < 5
                                || b[v + delta] != elementWire
                                || (count = BinaryWire.getI32(b, v + 1 + delta)) < 0
                                || (long) count * size > left - 5
                                || depth >= maxDepth) {
                            throw GIVE_UP; // a mismatch even of an empty list: the generic walk
                        }
                        after = v + 5 + count * size;
                        child = untabledCollection(v, count, v + 5, elementWire, after - 1);
                        pos = a.pos; // the arena may have grown
                        link = a.link;
                    } else {
                        byte type = (byte) (headers[s] >> 16);
                        child =
                                type == WireType.LIST || type == WireType.SET
                                        ? collection(d.type(s), v)
                                        : composite(d.type(s), type, v);
                        after = next;
                        pos = a.pos;
                        link = a.link;
                    }
                    link[e] = child; // (a scalar's is -1 already: the record was filled so)
                    top = a.top; // nothing gives up from here to the next field
                }
                pos[e] = p;
                link[e + 1] = 3;
                pos[e + 2] = after - 1;
                p = after;
                slot = s;
                topSlot = Math.max(topSlot, s);
                if (s == wanted) {
                    resume = next = p;
                    resumeSlot = s;
                    resumeTopSlot = topSlot;
                    return true;
                }
            }
        } catch (GiveUp g) {
            a.top = top; // the records of the field not taken
            resume = p;
            resumeSlot = slot;
            resumeTopSlot = topSlot;
            return false;
        }
    }

    /** Position after {@code n} bytes at {@code p}, which must be in the range. */
    private int skip(int p, int n) {
        if (n > end - p) {
            throw GIVE_UP;
        }
        return p + n;
    }

    /** Position after the string or binary at {@code p}. */
    private int string(int p) {
        int q = skip(p, 4);
        int length = i32(p);
        if (length < 0 || length > end - q) {
            throw GIVE_UP;
        }
        return q + length;
    }

    /**
     * Indexes the struct or container of type {@code t} (wire type {@code wire}) at {@code p};
     * returns its record and leaves the position after it in {@link #next}.
     */
    private int composite(TypeDescriptor t, byte wire, int p) {
        return switch (wire) {
            case WireType.STRUCT -> struct(t.struct(), p);
            case WireType.LIST, WireType.SET -> collection(t, p);
            case WireType.MAP -> map(t, p);
            default -> throw new IllegalStateException("not a composite type: " + wire);
        };
    }

    /** Position after the value of {@code t} (wire type {@code wire}) at {@code p}; its record. */
    private int value(TypeDescriptor t, byte wire, int p) {
        switch (wire) {
            case WireType.BOOL, WireType.BYTE -> next = skip(p, 1);
            case WireType.I16 -> next = skip(p, 2);
            case WireType.I32 -> next = skip(p, 4);
            case WireType.I64, WireType.DOUBLE -> next = skip(p, 8);
            case WireType.UUID -> next = skip(p, 16);
            case WireType.STRING -> next = string(p);
            default -> {
                return composite(t, wire, p);
            }
        }
        return -1;
    }

    /**
     * Indexes the list or set of fixed-size elements (wire type {@code elementWire}, {@code size}
     * bytes each) at {@code p}: its header only, the elements are where the count says.
     */
    private int fixedCollection(byte elementWire, int size, int p) {
        int first = skip(p, 5);
        byte wire = i8(p);
        int count = i32(p + 1);
        if (wire != elementWire || count < 0 || (long) count * size > end - first) {
            throw GIVE_UP; // a mismatch even of an empty list: the generic walk decides
        }
        if (depth >= maxDepth) {
            throw GIVE_UP;
        }
        int last = first + count * size - 1;
        next = last + 1;
        return untabledCollection(p, count, first, elementWire, last);
    }

    private int collection(TypeDescriptor t, int p) {
        TypeDescriptor element = t.element();
        byte elementWire = element.wireType();
        int size = element.kind().binarySize();
        if (size > 0) {
            return fixedCollection(elementWire, size, p);
        }
        int header = p;
        int first = skip(p, 5);
        byte wire = i8(p);
        int count = i32(p + 1);
        if (wire != elementWire || count < 0) {
            throw GIVE_UP; // a mismatch even of an empty list: the generic walk decides
        }
        long left = end - first;
        if ((long) count * BinaryWire.minSize(elementWire) > left) {
            throw GIVE_UP;
        }
        enter();
        IndexArena a = arena;
        int c = a.alloc(MessageIndex.CONTAINER_ENTRIES);
        a.pos[c] = header;
        a.link[c] = count;
        a.pos[c + 1] = first;
        a.link[c + 1] = elementWire;
        p = first;
        if (count > 0) {
            int table = a.allocUnfilled(count);
            a.link[c + 2] = table;
            if (elementWire == WireType.STRING) { // (strings have no record: the arena stays)
                p = strings(table, count, p);
            } else {
                for (int i = 0; i < count; i++) {
                    int child = value(element, elementWire, p);
                    a.pos[table + i] = p;
                    a.link[table + i] = child;
                    p = next;
                }
            }
        }
        a.pos[c + 2] = p - 1;
        depth--;
        next = p;
        return c;
    }

    /**
     * Records the {@code n} strings from {@code p} at table entries {@code table} on (strings have
     * no record of their own); returns the position after them. Over the array itself when the rest
     * of the range is in the node in hand.
     */
    private int strings(int table, int n, int p) {
        int[] pos = arena.pos;
        int[] link = arena.link;
        if (restInHand(p)) {
            byte[] b = buffer;
            int delta = this.delta;
            int end = this.end;
            for (int e = table; e < table + n; e++) {
                int length;
                if (end - p < 4
                        || (length = BinaryWire.getI32(b, p + delta)) < 0
                        || length > end - p - 4) {
                    throw GIVE_UP;
                }
                pos[e] = p;
                link[e] = -1;
                p += 4 + length;
            }
            return p;
        }
        for (int e = table; e < table + n; e++) {
            pos[e] = p;
            link[e] = -1;
            p = string(p);
        }
        return p;
    }

    private int map(TypeDescriptor t, int p) {
        int header = p;
        int first = skip(p, 6);
        TypeDescriptor key = t.key();
        TypeDescriptor value = t.value();
        byte keyWire = key.wireType();
        byte valueWire = value.wireType();
        byte keyOnWire = i8(p);
        byte valueOnWire = i8(p + 1);
        int count = i32(p + 2);
        if (keyOnWire != keyWire || valueOnWire != valueWire || count < 0) {
            throw GIVE_UP;
        }
        long left = end - first;
        long least = BinaryWire.minSize(keyWire) + BinaryWire.minSize(valueWire);
        if (count * least > left) {
            throw GIVE_UP;
        }
        enter();
        IndexArena a = arena;
        int c = a.alloc(MessageIndex.CONTAINER_ENTRIES);
        a.pos[c] = header;
        a.link[c] = count;
        a.pos[c + 1] = first;
        a.link[c + 1] = (keyWire & 0xff) << 8 | (valueWire & 0xff);
        int keySize = key.kind().binarySize();
        int valueSize = value.kind().binarySize();
        p = first;
        if (keySize > 0 && valueSize > 0) {
            p += count * (keySize + valueSize);
        } else if (count > 0 && keyWire == WireType.STRING && valueWire == WireType.STRING) {
            int table = a.allocUnfilled(2 * count);
            a.link[c + 2] = table;
            p = strings(table, 2 * count, p); // key i, value i at table + 2i, + 1
        } else if (count > 0) {
            int table = a.allocUnfilled(2 * count);
            a.link[c + 2] = table;
            for (int i = 0; i < count; i++) {
                int child = value(key, keyWire, p);
                a.pos[table + 2 * i] = p;
                a.link[table + 2 * i] = child;
                p = next;
                child = value(value, valueWire, p);
                a.pos[table + 2 * i + 1] = p;
                a.link[table + 2 * i + 1] = child;
                p = next;
            }
        }
        a.pos[c + 2] = p - 1;
        depth--;
        next = p;
        return c;
    }
}
