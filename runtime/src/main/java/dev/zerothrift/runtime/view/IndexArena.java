package dev.zerothrift.runtime.view;

import java.util.Arrays;

/**
 * The index of one message: records of entries, each entry a chain position ({@link #pos}) and a
 * link ({@link #link}: a child record, a count, a type). Positions and links are kept in two arrays
 * so that an edit can shift every position after it with one scan that touches nothing else.
 *
 * <p>The arrays only grow, and are kept from message to message: indexing on the steady state
 * allocates nothing. Their size is bounded by the message: every record stands for at least one
 * byte of it (see {@code package-info}).
 */
final class IndexArena {
    int[] pos = new int[64];
    int[] link = new int[64];
    int top;

    void clear() {
        top = 0;
    }

    /** A record of {@code entries} entries, every position and link -1; returns its index. */
    int alloc(int entries) {
        int r = top;
        int needed = r + entries;
        if (needed > pos.length || needed < 0) {
            grow(needed);
        }
        Arrays.fill(pos, r, needed, -1); // two loops, which the JIT vectorises
        Arrays.fill(link, r, needed, -1);
        top = needed;
        return r;
    }

    /** A record of {@code entries} entries that the caller fills, every one; returns its index. */
    int allocUnfilled(int entries) {
        int r = top;
        int needed = r + entries;
        if (needed > pos.length || needed < 0) {
            grow(needed);
        }
        top = needed;
        return r;
    }

    private void grow(int needed) {
        if (needed < 0) {
            throw new IllegalStateException("index larger than 2^31 entries");
        }
        int size = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) needed, 2L * pos.length));
        pos = Arrays.copyOf(pos, size);
        link = Arrays.copyOf(link, size);
    }

    /**
     * {@link #shift} for the replacement of an element whose last byte is {@code lastByte}: the
     * positions after it move, and so do the ends of the containers and fields that end with it
     * (they hold {@code lastByte} too), but not entry {@code except}, the element's own start.
     */
    void shiftReplacedElement(int lastByte, int delta, int except) {
        int[] p = pos;
        for (int i = 0, n = top; i < n; i++) {
            int v = p[i];
            if (v > lastByte || v == lastByte && i != except) {
                p[i] = v + delta;
            }
        }
    }

    /** Adds {@code delta} to every position of the entries {@code [from, to)}. */
    void offset(int from, int to, int delta) {
        int[] p = pos;
        for (int i = from; i < to; i++) {
            if (p[i] >= 0) {
                p[i] += delta;
            }
        }
    }

    /**
     * Moves every position at or after {@code from} by {@code delta}: what an edit that inserts or
     * removes bytes at {@code from} does to the rest of the index. Ends are kept as the position of
     * a value's last byte, so a value that ends just before {@code from} stays where it is.
     */
    void shift(int from, int delta) {
        int[] p = pos;
        for (int i = 0, n = top; i < n; i++) {
            if (p[i] >= from) {
                p[i] += delta;
            }
        }
    }
}
