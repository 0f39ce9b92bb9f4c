package dev.zerothrift.runtime.view;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of a struct, union or exception: its fields in declaration order, each at a
 * <em>slot</em> (its index in that order), and the lookup from field id to slot that the indexer
 * does for every field it meets.
 *
 * <p>Made in two steps so that recursive types need no cycle of constructors: {@link #declare}
 * gives a descriptor that field types can already refer to, {@link #define} gives it its fields
 * once. A generated view class holds its descriptor as a static constant; the command-line tool
 * builds descriptors from the parsed IDL at run time. Immutable once defined.
 *
 * <p>Lookup by id is O(1): a dense table over {@code [minId, maxId]} when that range is at most
 * {@value #DENSE_LIMIT} ids (every real IDL), else an open-addressing hash.
 */
public final class StructDescriptor {
    /** Whether the type is a struct, a union or an exception. */
    public enum Kind {
        STRUCT,
        UNION,
        EXCEPTION
    }

    static final int DENSE_LIMIT = 1024;

    private final String name;
    private final Kind kind;
    private FieldDescriptor[] fields;
    private int minId;
    private short[] denseSlots; // slot + 1 by (id - minId); 0: no such field
    private int[] hashIds; // open addressing, for sparse ids
    private short[] hashSlots;
    private byte[] wireTypes;
    private TypeDescriptor[] types; // by slot
    private byte[] binaryElementSizes; // by slot: of a list or set of fixed-size elements, else 0
    private int[] binaryHeaders; // by slot: the binary field header, type << 16 | id
    private int[] binaryPasses; // by slot: how the binary walk passes the value (BinaryIndexer)
    private int[] fixedFirstNext; // by slot + 1: the slot after it in fixed-size-first order
    private int[] compactHeaders; // by slot: the compact header after the slot before, or -1
    private int[] compactPasses; // by slot: how the compact walk passes the value (CompactIndexer)
    private int[] requiredSlots;

    private StructDescriptor(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** A descriptor without fields yet; {@link #define} gives them. */
    public static StructDescriptor declare(String name, Kind kind) {
        return new StructDescriptor(name, kind);
    }

    /** A struct defined at once (no recursion through its own fields). */
    public static StructDescriptor of(String name, Kind kind, List<FieldDescriptor> fields) {
        return declare(name, kind).define(fields);
    }

    /**
     * Gives the descriptor its fields, in declaration order; only once. Throws on a repeated id or
     * name.
     */
    public StructDescriptor define(List<FieldDescriptor> fieldList) {
        if (fields != null) {
            throw new IllegalStateException(name + " is already defined");
        }
        if (fieldList.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException(name + " has too many fields: " + fieldList.size());
        }
        FieldDescriptor[] all = fieldList.toArray(new FieldDescriptor[0]);
        Set<Integer> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        byte[] types = new byte[all.length];
        TypeDescriptor[] typesBySlot = new TypeDescriptor[all.length];
        byte[] elementSizes = new byte[all.length];
        int[] headers = new int[all.length];
        int[] required = new int[all.length];
        int requiredCount = 0;
        for (int slot = 0; slot < all.length; slot++) {
            FieldDescriptor f = all[slot];
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException(name + ": field id " + f.id() + " repeated");
            }
            if (!names.add(f.name())) {
                throw new IllegalArgumentException(name + ": field " + f.name() + " repeated");
            }
            min = Math.min(min, f.id());
            max = Math.max(max, f.id());
            types[slot] = f.type().wireType();
            headers[slot] = (types[slot] & 0xff) << 16 | f.id() & 0xffff;
            typesBySlot[slot] = f.type();
            if (f.type().element() != null && f.type().element().kind().binarySize() > 0) {
                elementSizes[slot] = (byte) f.type().element().kind().binarySize();
            }
            if (f.requiredness() == Requiredness.REQUIRED) {
                required[requiredCount++] = slot;
            }
        }
        if (all.length > 0 && max - min + 1 <= DENSE_LIMIT) {
            minId = min;
            denseSlots = new short[max - min + 1];
            for (int slot = 0; slot < all.length; slot++) {
                denseSlots[all[slot].id() - min] = (short) (slot + 1);
            }
        } else if (all.length > 0) {
            int size = Integer.highestOneBit(all.length * 4 - 1) << 1;
            hashIds = new int[size];
            hashSlots = new short[size];
            Arrays.fill(hashSlots, (short) -1);
            for (int slot = 0; slot < all.length; slot++) {
                int h = hash(all[slot].id()) & (size - 1);
                while (hashSlots[h] >= 0) {
                    h = (h + 1) & (size - 1);
                }
                hashIds[h] = all[slot].id();
                hashSlots[h] = (short) slot;
            }
        }
        wireTypes = types;
        this.types = typesBySlot;
        binaryElementSizes = elementSizes;
        binaryHeaders = headers;
        binaryPasses = BinaryIndexer.passes(types, typesBySlot, elementSizes);
        fixedFirstNext = BinaryIndexer.fixedFirstNext(binaryPasses);
        compactHeaders = CompactIndexer.headers(all, types);
        compactPasses = CompactIndexer.passes(types, typesBySlot);
        requiredSlots = Arrays.copyOf(required, requiredCount);
        fields = all;
        return this;
    }

    private static int hash(int id) {
        return id * 0x9E3779B9 >>> 16;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether {@link #define} was called. */
    public boolean isDefined() {
        return fields != null;
    }

    /** Number of fields (and slots). */
    public int fieldCount() {
        return defined().length;
    }

    /** The field at {@code slot}. */
    public FieldDescriptor field(int slot) {
        return defined()[slot];
    }

    /** The fields in declaration order. */
    public List<FieldDescriptor> fields() {
        return List.of(defined());
    }

    /** The slot of field {@code id}, or -1 when the struct has no such field. */
    public int slotOf(int id) {
        short[] dense = denseSlots;
        if (dense != null) {
            int i = id - minId;
            return i >= 0 && i < dense.length ? dense[i] - 1 : -1;
        }
        int[] ids = hashIds;
        if (ids == null) {
            defined();
            return -1;
        }
        int mask = ids.length - 1;
        int h = hash(id) & mask;
        while (hashSlots[h] >= 0) {
            if (ids[h] == id) {
                return hashSlots[h];
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    /** The slot of the field called {@code fieldName}, or -1. */
    public int slotOf(String fieldName) {
        FieldDescriptor[] all = defined();
        for (int slot = 0; slot < all.length; slot++) {
            if (all[slot].name().equals(fieldName)) {
                return slot;
            }
        }
        return -1;
    }

    /** Wire type of the field at {@code slot}. */
    byte wireType(int slot) {
        return wireTypes[slot];
    }

    /** The type of the field at {@code slot}. */
    TypeDescriptor type(int slot) {
        return types[slot];
    }

    /**
     * Bytes of one element in the binary protocol when the field at {@code slot} is a list or set
     * of fixed-size elements, else 0.
     */
    int binaryElementSize(int slot) {
        return binaryElementSizes[slot];
    }

    /**
     * By slot, the field's header as the binary protocol writes it, as one int: {@code wire type <<
     * 16 | id & 0xffff} (what the index walk compares the next header with, expecting the fields in
     * declaration order).
     */
    int[] binaryHeaders() {
        return binaryHeaders;
    }

    /**
     * By the slot of a field plus one (0 for the start of the struct), the slot of the field that
     * follows it when the fixed-size fields are written first (our writers' and fast codecs'
     * default order in the binary protocol), or {@link #fieldCount()} after the last.
     */
    int[] fixedFirstNext() {
        return fixedFirstNext;
    }

    /** By slot, how the binary protocol's happy-path walk passes the field's value. */
    int[] binaryPasses() {
        return binaryPasses;
    }

    /**
     * By slot, the one-byte header the compact protocol writes for the field when it follows the
     * field of the slot before (a bool as true), or -1 when the id delta does not fit in it.
     */
    int[] compactHeaders() {
        return compactHeaders;
    }

    /** By slot, how the compact protocol's happy-path walk passes the field's value. */
    int[] compactPasses() {
        return compactPasses;
    }

    /** Slots of the required fields. */
    int[] requiredSlots() {
        return requiredSlots;
    }

    private FieldDescriptor[] defined() {
        FieldDescriptor[] all = fields;
        if (all == null) {
            throw new IllegalStateException(name + " is declared but not defined");
        }
        return all;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
    }
}
