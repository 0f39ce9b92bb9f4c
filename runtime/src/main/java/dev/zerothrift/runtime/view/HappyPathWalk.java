package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;

/**
 * What the happy-path index walks of both protocols ({@link BinaryIndexer}, {@link CompactIndexer})
 * share: the limits they check, the node of the chain in hand, the depth, and the rule that
 * anything unusual gives up (the preallocated {@link #GIVE_UP}) so that {@link #tryIndex} returns
 * -1 and the generic walk of {@link MessageIndex} indexes the message again and names the failing
 * field path.
 */
abstract sealed class HappyPathWalk permits BinaryIndexer, CompactIndexer {
    /** Thrown (preallocated, no stack trace) when the walk leaves the happy path. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super("not on the happy path", null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();

    final IndexArena arena;
    final int maxDepth;
    final long maxMessageSize;
    final boolean strict;

    Chain chain;
    int end; // chain position just after the range
    // The node in hand: its bytes [start, limit) of the chain are buffer[p + delta].
    byte[] buffer;
    int delta;
    int start;
    int limit;
    int depth;

    /** Chain position just after the value walked last (after the root struct, at the end). */
    int next;

    HappyPathWalk(IndexArena arena, ViewOptions options) {
        this.arena = arena;
        this.maxDepth = options.limits().maxDepth();
        this.maxMessageSize = options.limits().maxMessageSize();
        this.strict = options.strict();
    }

    /**
     * Indexes the struct at {@code [from, from + length)} of {@code target} into the (cleared)
     * arena; returns its record, or -1 when the generic walk must decide.
     */
    final int tryIndex(Chain target, int from, int length, StructDescriptor d) {
        if (length > maxMessageSize) {
            return -1;
        }
        chain = target;
        end = from + length;
        start = limit = from; // no node in hand yet
        depth = 0;
        try {
            return struct(d, from);
        } catch (GiveUp e) {
            return -1;
        } finally {
            chain = null;
            buffer = null;
        }
    }

    /** Indexes the struct at {@code p}; returns its record ({@link #next} is after it). */
    abstract int struct(StructDescriptor d, int p);

    // ---------------------------------------------------------------- a lazily indexed root

    /*
     * Where the walk of a partly indexed root goes on (see MessageIndex.advance): the chain
     * position of the root's next field header, the slot of the root field before it (-1 at the
     * start, or when not known) and that field's id (0 at the start: the compact protocol's
     * headers hold the id as a delta from it, so it must be exact; the slot is only the guess of
     * the field expected next, which the binary walk checks), and the highest slot recorded (-1
     * at the start: a field above it cannot repeat one, so the walk need not look at its record).
     */
    int resume;
    int resumeSlot;
    int resumeId;
    int resumeTopSlot;

    /** Starts the walk of a partly indexed root whose first field header is at {@code from}. */
    final void startRoot(int from) {
        resume = from;
        resumeSlot = -1;
        resumeId = 0;
        resumeTopSlot = -1;
    }

    /**
     * Walks on the fields of a partly indexed root struct (record {@code r}, its range ending at
     * {@code end}) from {@link #resume}, recording each, until the field at slot {@code wanted} is
     * recorded or the stop byte is passed (then {@code pos[r]} is its position and {@link #resume}
     * is after it). Returns true when it got there; false when the generic walk must go on from
     * {@link #resume}, the header of the field this walk did not take (the fields before it are
     * recorded, the records of the one not taken are dropped). When {@code flat} is not null the
     * range lies in that array, chain position {@code q} at {@code flat[q + flatDelta]}. A root
     * field repeated is left to the generic walk, which calls it an error.
     */
    final boolean tryFields(
            Chain target,
            int end,
            StructDescriptor d,
            int r,
            int wanted,
            byte[] flat,
            int flatDelta) {
        if (maxDepth < 1) {
            return false;
        }
        chain = target;
        this.end = end;
        start = limit = resume; // no node in hand yet
        depth = 1; // inside the root
        try {
            return rootFields(d, r, wanted, flat, flatDelta);
        } finally {
            chain = null;
            buffer = null;
        }
    }

    /** {@link #tryFields} once the walk is set up: never throws {@link GiveUp}. */
    abstract boolean rootFields(StructDescriptor d, int r, int wanted, byte[] flat, int flatDelta);

    /** The arena this walk fills. */
    final IndexArena arena() {
        return arena;
    }

    final void enter() {
        if (depth >= maxDepth) {
            throw GIVE_UP;
        }
        depth++;
    }

    /**
     * Records a list or set whose elements need no table (fixed-size ones, or compact varints): its
     * header at {@code header}, {@code count} elements of wire type {@code elementWire} from {@code
     * first} to {@code last} inclusive. Returns the record; the arena's arrays may have grown.
     */
    final int untabledCollection(int header, int count, int first, byte elementWire, int last) {
        IndexArena a = arena;
        int c = a.allocUnfilled(MessageIndex.CONTAINER_ENTRIES);
        int[] pos = a.pos;
        int[] link = a.link;
        pos[c] = header;
        link[c] = count;
        pos[c + 1] = first;
        link[c + 1] = elementWire;
        pos[c + 2] = last;
        link[c + 2] = -1;
        return c;
    }

    /**
     * Gives up when a required field of the struct of record {@code r} is absent or, for a union,
     * when other than one field is present (counted in the record: for a root walked in parts).
     */
    final void checkRecordedPresence(StructDescriptor d, int r) {
        checkRequired(d, r);
        if (d.kind() == StructDescriptor.Kind.UNION) {
            int[] pos = arena.pos;
            int present = 0;
            for (int slot = 0; slot < d.fieldCount(); slot++) {
                if (pos[r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * slot] >= 0) {
                    present++;
                }
            }
            if (present != 1) {
                throw GIVE_UP;
            }
        }
    }

    /** Gives up when a required field of the struct of record {@code r} is absent. */
    final void checkRequired(StructDescriptor d, int r) {
        int[] pos = arena.pos;
        for (int slot : d.requiredSlots()) {
            if (pos[r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * slot] < 0) {
                throw GIVE_UP;
            }
        }
    }
}
