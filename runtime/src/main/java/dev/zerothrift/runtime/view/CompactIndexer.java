package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.bulk.BulkCodec;
import dev.zerothrift.runtime.bulk.BulkCodecs;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.WireType;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The happy-path walk of {@link MessageIndex} for the compact protocol, as {@link BinaryIndexer} is
 * for the binary one: reads straight from the arrays of the chain's nodes (field headers with their
 * id deltas, varints, list, set and map headers, bools in the field header) and records the same
 * index as the generic walk, without tracking the path and without the {@code ProtocolReader}'s
 * bookkeeping. A list of varints (i16, i32, i64, enum) is passed eight bytes at a time, counting
 * the bytes that end a varint and checking that none runs longer than its type allows.
 *
 * <p>It accepts only what the generic walk accepts without remark: a valid message with no unknown
 * field, no repeated field in strict mode, and no empty container whose header names other types
 * than the schema's. On anything else (truncated or hostile bytes, a limit reached) {@link
 * #tryIndex} returns {@code -1}, and the caller walks the message again with the generic walk,
 * which skips unknown fields and names the field path of a failure. Every check the generic walk
 * makes is made here too, so that a message this walk accepts is one the generic walk would index
 * the same way.
 */
final class CompactIndexer extends HappyPathWalk {
    private static final VarHandle I64_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The continuation bits of the eight bytes of a word. */
    private static final long CONTINUATION = 0x8080808080808080L;

    /** Finds the continuation bits of 64 bytes at once (with the Vector API when it is there). */
    private static final BulkCodec BULK = BulkCodecs.selected();

    /** Bytes of the varint walk's blocks: one bit each in a long. */
    private static final int BLOCK = BulkCodec.CONTINUATION_BLOCK;

    /** Longest varint of an i16 or i32 (and of a length or count), and of an i64. */
    private static final int MAX_VARINT32 = 5;

    private static final int MAX_VARINT64 = 10;

    CompactIndexer(IndexArena arena, ViewOptions options) {
        super(arena, options);
    }

    // ---------------------------------------------------------------- reading

    /** Takes the node that holds {@code p}, which must be in the range. */
    private void take(int p) {
        if (p >= end) {
            throw GIVE_UP; // truncated: the generic walk says where
        }
        Chain c = chain;
        int i = c.nodeIndex(p);
        start = c.nodeStart(i);
        buffer = c.nodeArray(i);
        delta = c.nodeOffset(i) - start;
        limit = Math.min(start + c.nodeLength(i), end);
    }

    private byte i8(int p) {
        if (p < start || p >= limit) {
            take(p);
        }
        return buffer[p + delta];
    }

    /**
     * The unsigned varint of at most 5 bytes at {@code p}, its bits past the 32nd dropped (as the
     * compact reader drops them); {@link #next} is after it.
     */
    private int varint32(int p) {
        if (p >= start && limit - p >= MAX_VARINT32) {
            byte[] a = buffer;
            int q = p + delta;
            int b = a[q];
            if (b >= 0) {
                next = p + 1;
                return b;
            }
            int result = b & 0x7f;
            for (int i = 1; i < MAX_VARINT32; i++) {
                b = a[q + i];
                result |= (b & 0x7f) << (7 * i);
                if (b >= 0) {
                    next = p + i + 1;
                    return result;
                }
            }
            throw GIVE_UP; // longer than 5 bytes
        }
        int result = 0;
        for (int i = 0; i < MAX_VARINT32; i++) {
            byte b = i8(p + i);
            result |= (b & 0x7f) << (7 * i);
            if (b >= 0) {
                next = p + i + 1;
                return result;
            }
        }
        throw GIVE_UP;
    }

    /** Position after the varint of at most {@code max} bytes at {@code p}. */
    private int skipVarint(int p, int max) {
        if (p >= start && limit - p >= max) {
            byte[] a = buffer;
            int q = p + delta;
            for (int i = 0; i < max; i++) {
                if (a[q + i] >= 0) {
                    return p + i + 1;
                }
            }
            throw GIVE_UP;
        }
        for (int i = 0; i < max; i++) {
            if (i8(p + i) >= 0) {
                return p + i + 1;
            }
        }
        throw GIVE_UP;
    }

    /** Position after {@code n} bytes at {@code p}, which must be in the range. */
    private int skip(int p, long n) {
        if (n > end - p) {
            throw GIVE_UP;
        }
        return p + (int) n;
    }

    /** Position after the string or binary at {@code p}: a varint length, then the bytes. */
    private int string(int p) {
        int length = varint32(p);
        int q = next;
        if (length < 0 || length > end - q) {
            throw GIVE_UP;
        }
        return q + length;
    }

    /**
     * Position after the {@code n} varints of at most {@code max} bytes each at {@code p}: whole
     * words at a time, the ends of varints counted (a byte without the continuation bit) and the
     * runs of continuation bytes between them checked against {@code max}.
     */
    private int skipVarints(int p, int n, int max) {
        int run = 0; // continuation bytes since the last end
        while (n > 0) {
            if (p < start || p >= limit) {
                take(p);
            }
            byte[] a = buffer;
            int d = delta;
            int lim = limit;
            // Blocks of 64 bytes while more varints remain than a block can end: one bit per byte
            // (set: the byte continues its varint), checked for runs as long as max at once.
            while (n > BLOCK && lim - p >= BLOCK) {
                long continues = BULK.continuationBits(a, p + d);
                if (run + Long.numberOfTrailingZeros(~continues) >= max
                        || runOf(continues, max) != 0) {
                    throw GIVE_UP;
                }
                run = Long.numberOfLeadingZeros(~continues);
                n -= BLOCK - Long.bitCount(continues);
                p += BLOCK;
            }
            while (lim - p >= Long.BYTES) {
                long word = (long) I64_LE.get(a, p + d);
                long stops = ~word & CONTINUATION;
                if (stops == 0) {
                    run += Long.BYTES;
                    if (run >= max) {
                        throw GIVE_UP;
                    }
                    p += Long.BYTES;
                    continue;
                }
                if (run + (Long.numberOfTrailingZeros(stops) >>> 3) >= max) {
                    throw GIVE_UP; // the varint the last word left open runs too long
                }
                int ends = Long.bitCount(stops);
                if (ends >= n) {
                    for (int k = 1; k < n; k++) {
                        stops &= stops - 1; // drop the ends before the n-th
                    }
                    int last = Long.numberOfTrailingZeros(stops) >>> 3; // byte of the n-th end
                    long mine = last == 7 ? -1L : (1L << ((last + 1) << 3)) - 1;
                    if (max == MAX_VARINT32 && runOfFive(word & mine) != 0) {
                        throw GIVE_UP;
                    }
                    return p + last + 1;
                }
                if (max == MAX_VARINT32 && runOfFive(word) != 0) {
                    throw GIVE_UP;
                }
                run = Long.numberOfLeadingZeros(stops) >>> 3; // bytes after the last end
                n -= ends;
                p += Long.BYTES;
            }
            while (p < lim) {
                if (a[p++ + d] >= 0) {
                    run = 0;
                    if (--n == 0) {
                        return p;
                    }
                } else if (++run >= max) {
                    throw GIVE_UP;
                }
            }
        }
        return p;
    }

    /**
     * Non-zero when {@code max} (5 or 10) bits in a row of {@code bits} are set: bit {@code i} is
     * set when bit {@code i} starts a run of 2, then 4, then 8, then {@code max}.
     */
    private static long runOf(long bits, int max) {
        long two = bits & bits >>> 1;
        long four = two & two >>> 2;
        return max == MAX_VARINT64 ? four & four >>> 4 & two >>> 8 : four & bits >>> 4;
    }

    /**
     * Non-zero when five bytes in a row of {@code word} have the continuation bit (an i32 varint
     * longer than 5 bytes; a longer i64 one cannot fit between two ends in one word).
     */
    private static long runOfFive(long word) {
        long c = word & CONTINUATION;
        return c & c >>> 8 & c >>> 16 & c >>> 24 & c >>> 32;
    }

    // ---------------------------------------------------------------- the walk

    @Override
    int struct(StructDescriptor d, int p) {
        enter();
        int r = arena.alloc(MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * d.fieldCount());
        int present = restInHand(p) ? flatStruct(d, r, p) : fields(d, r, p);
        checkPresence(d, r, present);
        depth--;
        return r;
    }

    /**
     * Whether the rest of the range, from {@code p} on, is in the node in hand (taking the node of
     * {@code p} first if need be): always so for a message in one node, and for the structs in the
     * last node of a longer one.
     */
    private boolean restInHand(int p) {
        if (p < start || p >= limit || limit != end) {
            if (p >= end) {
                return false; // truncated: the general loop gives up
            }
            take(p);
        }
        return limit == end;
    }

    /**
     * Records the fields of the struct of record {@code r} from the header at {@code p} through its
     * stop byte, reading the chain node by node; returns how many it recorded ({@link #next} is
     * after the stop byte).
     */
    private int fields(StructDescriptor d, int r, int p) {
        IndexArena a = arena;
        int present = 0;
        int lastId = 0;
        while (true) {
            int header = p;
            int h = i8(p) & 0xff;
            if (h == 0) {
                a.pos[r] = header;
                p++;
                break;
            }
            byte type = CompactWire.fromCompact(h);
            if (type <= WireType.STOP) {
                throw GIVE_UP; // not a value type
            }
            int idDelta = h >>> 4;
            int id;
            int value; // position after the header
            if (idDelta == 0) {
                id = (short) CompactWire.unzigzag(varint32(p + 1));
                value = next;
            } else {
                id = (short) (lastId + idDelta);
                value = p + 1;
            }
            lastId = id;
            int slot = d.slotOf(id);
            if (slot < 0 || d.wireType(slot) != type) {
                throw GIVE_UP; // an unknown field: the generic walk skips it
            }
            int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * slot;
            if (a.pos[e] >= 0) {
                if (strict) {
                    throw GIVE_UP;
                }
            } else {
                present++;
            }
            int child = -1;
            int offset = value - header;
            switch (type) {
                case WireType.BOOL -> {
                    p = value; // the value is the header's type
                    offset = 0;
                }
                case WireType.BYTE -> p = skip(value, 1);
                case WireType.I16, WireType.I32 -> p = skipVarint(value, MAX_VARINT32);
                case WireType.I64 -> p = skipVarint(value, MAX_VARINT64);
                case WireType.DOUBLE -> p = skip(value, 8);
                case WireType.UUID -> p = skip(value, 16);
                case WireType.STRING -> p = string(value);
                default -> {
                    child = composite(d.type(slot), type, value);
                    p = next;
                }
            }
            a.pos[e] = header;
            a.link[e] = child;
            a.link[e + 1] = offset;
            a.pos[e + 2] = p - 1;
        }
        next = p;
        return present;
    }

    /**
     * {@link #fields} of a whole struct whose bytes are all in the node in hand, as {@link
     * #rootFields} walks a lazy root over one array: the reads go to the array itself, the next
     * header is compared with the one the schema predicts after the field before (one load and one
     * compare instead of a decode of the id and a lookup of it and of the type), and only another
     * one is looked up. Scalars, strings and lists of varints are recorded inline; a nested struct,
     * map or other list is walked by the general methods (a nested struct comes back here). A
     * repeated field gives up: the generic walk keeps the last (or, strict, calls it an error).
     *
     * <p>Its loop repeats {@link #rootFields}'s on purpose: the header lookup and the passing of a
     * value shared as methods (tried 2026-12-02) made the eager walk of wide-read1 20% slower
     * (DecodePartsBench wrap, compact: 0.41 us against 0.50 in two runs each), the shared method
     * compiled apart and no longer inlined into the hot loop.
     */
    private int flatStruct(StructDescriptor d, int r, int p) {
        byte[] b = buffer;
        int delta = this.delta;
        int end = this.end;
        int[] headers = d.compactHeaders();
        int[] passes = d.compactPasses();
        IndexArena a = arena;
        int slot = -1; // of the field before: the next one is expected at slot + 1
        int lastId = 0; // of the field before: the header's delta is from it
        int topSlot = -1; // the highest slot recorded: a field above it cannot be a repeat
        int present = 0;
        while (true) {
            if (p >= end) {
                throw GIVE_UP; // truncated: the generic walk says where
            }
            int h = b[p + delta] & 0xff;
            int s = slot + 1;
            int id;
            int value; // position after the header
            if (s < headers.length && h == headers[s]) {
                id = lastId + (h >>> 4);
                value = p + 1;
            } else {
                if (h == 0) {
                    a.pos[r] = p;
                    next = p + 1;
                    return present;
                }
                byte type = CompactWire.fromCompact(h);
                if (type <= WireType.STOP) {
                    throw GIVE_UP; // not a value type
                }
                int idDelta = h >>> 4;
                if (idDelta == 0) {
                    id = (short) CompactWire.unzigzag(varint32(p + 1));
                    value = next;
                } else {
                    id = (short) (lastId + idDelta);
                    value = p + 1;
                }
                s = d.slotOf(id);
                if (s < 0 || d.wireType(s) != type) {
                    throw GIVE_UP; // an unknown field: the generic walk skips it
                }
            }
            int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
            if (s <= topSlot && a.pos[e] >= 0) {
                throw GIVE_UP; // repeated (a field in order needs no look at the record)
            }
            present++;
            int pass = passes[s];
            int offset = value - p;
            int child = -1;
            int after;
            if (pass > 0) {
                after = skip(value, pass);
            } else if (pass == PASS_BOOL) {
                after = value;
                offset = 0;
            } else if (pass == PASS_STRING) {
                after = flatString(b, delta, value);
            } else if (pass <= PASS_VARINTS32) {
                child = varints(d.type(s).element().wireType(), pass, value);
                after = next;
            } else if (pass != PASS_OTHER) {
                after =
                        flatVarint(
                                b,
                                delta,
                                value,
                                pass == PASS_VARINT64 ? MAX_VARINT64 : MAX_VARINT32);
            } else {
                child = composite(d.type(s), d.wireType(s), value);
                after = next;
            }
            int[] pos = a.pos; // the arena may have grown
            int[] link = a.link;
            pos[e] = p;
            link[e] = child;
            link[e + 1] = offset;
            pos[e + 2] = after - 1;
            p = after;
            slot = s;
            lastId = id;
            topSlot = Math.max(topSlot, s);
        }
    }

    // ---------------------------------------------------------------- a lazily indexed root

    // How the walks pass a field's value, by slot (StructDescriptor.compactPasses, made once per
    // type): a fixed size above 0, or PASS_*.
    private static final int PASS_BOOL = 0; // the value is the header's type
    private static final int PASS_VARINT32 = -1; // i16, i32, enum
    private static final int PASS_VARINT64 = -2; // i64
    private static final int PASS_STRING = -3; // a varint length, then the bytes
    private static final int PASS_OTHER = -4; // a struct or container: the general methods
    private static final int PASS_VARINTS32 = -5; // a list or set of i16, i32 or enum varints
    private static final int PASS_VARINTS64 = -6; // a list or set of i64 varints

    /**
     * By slot, the one-byte header libthrift writes for the field when it follows the field of the
     * slot before (a bool as true; the first field's delta is from id 0), or -1 when the id delta
     * does not fit in a nibble.
     */
    static int[] headers(FieldDescriptor[] fields, byte[] wireTypes) {
        int[] headers = new int[fields.length];
        int previous = 0;
        for (int slot = 0; slot < fields.length; slot++) {
            int id = fields[slot].id();
            int delta = id - previous;
            headers[slot] =
                    delta > 0 && delta <= 15
                            ? delta << 4 | CompactWire.toCompact(wireTypes[slot])
                            : -1;
            previous = id;
        }
        return headers;
    }

    /** By slot, how the walks pass the field's value (PASS_* or a fixed size). */
    static int[] passes(byte[] wireTypes, TypeDescriptor[] types) {
        int[] passes = new int[wireTypes.length];
        for (int slot = 0; slot < passes.length; slot++) {
            passes[slot] =
                    switch (wireTypes[slot]) {
                        case WireType.BOOL -> PASS_BOOL;
                        case WireType.BYTE -> 1;
                        case WireType.I16, WireType.I32 -> PASS_VARINT32;
                        case WireType.I64 -> PASS_VARINT64;
                        case WireType.DOUBLE -> 8;
                        case WireType.UUID -> 16;
                        case WireType.STRING -> PASS_STRING;
                        case WireType.LIST, WireType.SET -> varintsPass(types[slot].element());
                        default -> PASS_OTHER;
                    };
        }
        return passes;
    }

    private static int varintsPass(TypeDescriptor element) {
        ValueKind kind = element.kind();
        if (!WireValues.isVarint(kind)) {
            return PASS_OTHER;
        }
        return kind == ValueKind.I64 ? PASS_VARINTS64 : PASS_VARINTS32;
    }

    /**
     * The walk of {@link #tryFields}, as {@link #struct} walks a struct's fields, from {@link
     * #resume} with the id delta from {@link #resumeId}: it expects the fields in declaration order
     * from the slot after {@link #resumeSlot} (one compare of the header byte with the one the
     * schema predicts, instead of a decode of the id and a lookup of it and of the type), and looks
     * up any other header. A nested struct or container is indexed whole. Over one array ({@code
     * flat} not null) scalars and strings are passed by reads of the array itself.
     */
    @Override
    boolean rootFields(StructDescriptor d, int r, int wanted, byte[] flat, int flatDelta) {
        int[] headers = d.compactHeaders();
        int[] passes = d.compactPasses();
        IndexArena a = arena;
        int end = this.end;
        int p = resume; // the header of the field being walked
        int slot = resumeSlot; // of the field before it: the next one is expected at slot + 1
        int lastId = resumeId; // of the field before it: the header's delta is from it
        int topSlot = resumeTopSlot; // the highest slot recorded: one above it is no repeat
        int top = a.top; // before the records of the field being walked
        try {
            while (true) {
                int h = (flat != null && p < end ? flat[p + flatDelta] : i8(p)) & 0xff;
                int s = slot + 1;
                int id;
                int value; // position after the header
                if (s < headers.length && h == headers[s]) {
                    id = lastId + (h >>> 4);
                    value = p + 1;
                } else {
                    if (h == 0) {
                        a.pos[r] = p;
                        checkRecordedPresence(d, r);
                        resume = next = p + 1;
                        resumeSlot = slot;
                        resumeId = lastId;
                        resumeTopSlot = topSlot;
                        return true;
                    }
                    byte type = CompactWire.fromCompact(h);
                    if (type <= WireType.STOP) {
                        throw GIVE_UP; // not a value type
                    }
                    int idDelta = h >>> 4;
                    if (idDelta == 0) {
                        id = (short) CompactWire.unzigzag(varint32(p + 1));
                        value = next;
                    } else {
                        id = (short) (lastId + idDelta);
                        value = p + 1;
                    }
                    s = d.slotOf(id);
                    if (s < 0 || d.wireType(s) != type) {
                        throw GIVE_UP; // an unknown field: the generic walk skips it
                    }
                }
                int e = r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
                if (s <= topSlot && a.pos[e] >= 0) {
                    throw GIVE_UP; // repeated: the generic walk calls it an error
                }
                int pass = passes[s];
                int offset = value - p;
                int child = -1;
                int after;
                if (pass > 0) {
                    after = skip(value, pass);
                } else if (pass == PASS_BOOL) {
                    after = value;
                    offset = 0;
                } else if (pass == PASS_STRING) {
                    after = flat != null ? flatString(flat, flatDelta, value) : string(value);
                } else if (pass <= PASS_VARINTS32) {
                    child = varints(d.type(s).element().wireType(), pass, value);
                    after = next;
                } else if (pass != PASS_OTHER) {
                    int max = pass == PASS_VARINT64 ? MAX_VARINT64 : MAX_VARINT32;
                    after =
                            flat != null
                                    ? flatVarint(flat, flatDelta, value, max)
                                    : skipVarint(value, max);
                } else {
                    child = composite(d.type(s), d.wireType(s), value);
                    after = next;
                }
                int[] pos = a.pos;
                int[] link = a.link;
                pos[e] = p;
                link[e] = child;
                link[e + 1] = offset;
                pos[e + 2] = after - 1;
                p = after;
                slot = s;
                lastId = id;
                topSlot = Math.max(topSlot, s);
                top = a.top;
                if (s == wanted) {
                    resume = next = p;
                    resumeSlot = s;
                    resumeId = id;
                    resumeTopSlot = topSlot;
                    return true;
                }
            }
        } catch (GiveUp g) {
            a.top = top; // the records of the field not taken
            resume = p;
            resumeSlot = slot;
            resumeId = lastId;
            resumeTopSlot = topSlot;
            return false;
        }
    }

    /**
     * {@link #collection} for a list or set of varints ({@code pass} says which) at {@code p}: its
     * header, and the elements counted and checked, without a table.
     */
    private int varints(byte elementWire, int pass, int p) {
        int h = i8(p) & 0xff;
        int count = h >>> 4;
        int first = p + 1;
        if (count == 15) {
            count = varint32(first);
            first = next;
        }
        // every varint takes a byte at least
        if (CompactWire.fromCompact(h) != elementWire || count < 0 || count > end - first) {
            throw GIVE_UP; // a mismatch even of an empty list: the generic walk decides
        }
        if (depth >= maxDepth) {
            throw GIVE_UP;
        }
        int after =
                count == 0
                        ? first
                        : skipVarints(
                                first, count, pass == PASS_VARINTS64 ? MAX_VARINT64 : MAX_VARINT32);
        next = after;
        return untabledCollection(p, count, first, elementWire, after - 1);
    }

    /**
     * {@link #skipVarint} over the array that holds the whole range (chain position {@code p} at
     * {@code b[p + delta]}): one load of the first eight bytes while ten are left in the range.
     */
    private int flatVarint(byte[] b, int delta, int p, int max) {
        if (end - p < MAX_VARINT64) {
            return skipVarint(p, max);
        }
        long stops = ~(long) I64_LE.get(b, p + delta) & CONTINUATION;
        if (stops != 0) {
            int length = (Long.numberOfTrailingZeros(stops) >>> 3) + 1;
            if (length > max) {
                throw GIVE_UP; // an i16 or i32 longer than 5 bytes
            }
            return p + length;
        }
        if (max == MAX_VARINT64) {
            // 9 bytes, or 10 when the ninth continues (without a branch: random i64s are either)
            int length = 9 - (b[p + 8 + delta] >> 7);
            if (b[p + length - 1 + delta] >= 0) {
                return p + length;
            }
        }
        throw GIVE_UP;
    }

    /** {@link #string} over the array that holds the whole range, for a length below 128. */
    private int flatString(byte[] b, int delta, int p) {
        int length;
        if (p >= end || (length = b[p + delta]) < 0) {
            return string(p); // the end of the range, or a length of more than one byte
        }
        if (length > end - p - 1) {
            throw GIVE_UP;
        }
        return p + 1 + length;
    }

    private void checkPresence(StructDescriptor d, int r, int present) {
        checkRequired(d, r);
        if (d.kind() == StructDescriptor.Kind.UNION && present != 1) {
            throw GIVE_UP;
        }
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
            case WireType.I16, WireType.I32 -> next = skipVarint(p, MAX_VARINT32);
            case WireType.I64 -> next = skipVarint(p, MAX_VARINT64);
            case WireType.DOUBLE -> next = skip(p, 8);
            case WireType.UUID -> next = skip(p, 16);
            case WireType.STRING -> next = string(p);
            default -> {
                return composite(t, wire, p);
            }
        }
        return -1;
    }

    /**
     * Indexes the list or set at {@code p}: a header byte of count (up to 14, or 15 and a varint)
     * and element type. Fixed-size elements and varints get no table (see {@code package-info}).
     */
    private int collection(TypeDescriptor t, int p) {
        int header = p;
        int h = i8(p) & 0xff;
        int count = h >>> 4;
        int first = p + 1;
        if (count == 15) {
            count = varint32(first);
            first = next;
        }
        TypeDescriptor element = t.element();
        byte elementWire = element.wireType();
        if (CompactWire.fromCompact(h) != elementWire || count < 0) {
            throw GIVE_UP; // a mismatch even of an empty list: the generic walk decides
        }
        if ((long) count * CompactWire.minSize(elementWire) > end - first) {
            throw GIVE_UP;
        }
        enter();
        IndexArena a = arena;
        int c = a.allocUnfilled(MessageIndex.CONTAINER_ENTRIES);
        int[] pos = a.pos;
        int[] link = a.link;
        pos[c] = header;
        link[c] = count;
        pos[c + 1] = first;
        link[c + 1] = elementWire;
        ValueKind kind = element.kind();
        int size = kind.compactSize();
        int table = -1;
        p = first;
        if (size > 0) {
            p = skip(first, (long) count * size);
        } else if (count > 0 && WireValues.isVarint(kind)) {
            p = skipVarints(first, count, kind == ValueKind.I64 ? MAX_VARINT64 : MAX_VARINT32);
        } else if (count > 0 && elementWire == WireType.STRING) {
            table = a.allocUnfilled(count);
            pos = a.pos; // (strings have no record: the arena stays)
            link = a.link;
            for (int i = 0; i < count; i++) {
                pos[table + i] = p;
                link[table + i] = -1;
                p = string(p);
            }
        } else if (count > 0) {
            table = a.allocUnfilled(count);
            for (int i = 0; i < count; i++) {
                int child = value(element, elementWire, p);
                a.pos[table + i] = p;
                a.link[table + i] = child;
                p = next;
            }
        }
        a.link[c + 2] = table;
        a.pos[c + 2] = p - 1;
        depth--;
        next = p;
        return c;
    }

    /**
     * Indexes the map at {@code p}: a varint count, then (when not empty) a byte of key and value
     * types.
     */
    private int map(TypeDescriptor t, int p) {
        int header = p;
        int count = varint32(p);
        int first = next;
        TypeDescriptor key = t.key();
        TypeDescriptor value = t.value();
        byte keyWire = WireType.STOP; // an empty map carries no types
        byte valueWire = WireType.STOP;
        if (count != 0) {
            if (count < 0) {
                throw GIVE_UP;
            }
            int types = i8(first);
            first++;
            keyWire = key.wireType();
            valueWire = value.wireType();
            if (CompactWire.fromCompact(types >> 4) != keyWire
                    || CompactWire.fromCompact(types) != valueWire) {
                throw GIVE_UP;
            }
            long least = CompactWire.minSize(keyWire) + CompactWire.minSize(valueWire);
            if (count * least > end - first) {
                throw GIVE_UP;
            }
        }
        enter();
        IndexArena a = arena;
        int c = a.allocUnfilled(MessageIndex.CONTAINER_ENTRIES);
        a.pos[c] = header;
        a.link[c] = count;
        a.pos[c + 1] = first;
        a.link[c + 1] = (keyWire & 0xff) << 8 | (valueWire & 0xff);
        int keySize = key.kind().compactSize();
        int valueSize = value.kind().compactSize();
        int table = -1;
        p = first;
        if (keySize > 0 && valueSize > 0) {
            p = skip(first, (long) count * (keySize + valueSize));
        } else if (count > 0 && keyWire == WireType.STRING && valueWire == WireType.STRING) {
            table = a.allocUnfilled(2 * count);
            int[] pos = a.pos; // (strings have no record: the arena stays)
            int[] link = a.link;
            for (int i = 0, e = table; i < count; i++, e += 2) {
                pos[e] = p;
                link[e] = -1;
                p = string(p);
                pos[e + 1] = p;
                link[e + 1] = -1;
                p = string(p);
            }
        } else if (count > 0) {
            table = a.allocUnfilled(2 * count);
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
        a.link[c + 2] = table;
        a.pos[c + 2] = p - 1;
        depth--;
        next = p;
        return c;
    }
}
