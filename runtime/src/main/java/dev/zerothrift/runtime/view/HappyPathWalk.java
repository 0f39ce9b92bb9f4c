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
