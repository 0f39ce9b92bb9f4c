package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;

/**
 * The indexer's {@link ByteSource}: reads a range of a chain node by node, as {@code ChainSource}
 * does, but can be pointed at another chain, so that a view reused for message after message
 * allocates nothing. Offsets count from the start of the range; {@link #chainPosition()} is what
 * the index records.
 */
final class ChainCursor extends ByteSource {
    private static final byte[] EMPTY = new byte[0];

    private Chain chain;
    private int from;
    private int end;
    private int windowStart; // chain position of buffer[windowBase]
    private int windowBase;
    private byte[] scratch = new byte[16];

    /** Starts reading {@code [from, from + length)} of {@code target}. */
    ChainCursor reset(Chain target, int from, int length) {
        int total = target.length();
        if (from < 0 || length < 0 || from > total - length) {
            throw new IndexOutOfBoundsException(
                    "range [" + from + ", " + from + " + " + length + ") of a chain of " + total);
        }
        this.chain = target;
        this.from = from;
        this.end = from + length;
        moveTo(from);
        return this;
    }

    /** Forgets the chain, so that the cursor does not keep it reachable. */
    void clear() {
        chain = null;
        moveTo(0);
    }

    int chainPosition() {
        return windowStart + position - windowBase;
    }

    /** Chain position where the range starts. */
    int from() {
        return from;
    }

    @Override
    public long remaining() {
        return end - chainPosition();
    }

    @Override
    public long offset() {
        return chainPosition() - from;
    }

    @Override
    protected void nextWindow(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative window size: " + count);
        }
        int p = chainPosition();
        int left = end - p;
        if (count > left) {
            throw ProtocolException.truncated(p - from, count, left);
        }
        if (left == 0) {
            moveTo(p);
            return;
        }
        int i = chain.nodeIndex(p);
        int within = p - chain.nodeStart(i);
        int available = Math.min(chain.nodeLength(i) - within, left);
        if (available >= count) {
            buffer = chain.nodeArray(i);
            windowBase = position = chain.nodeOffset(i) + within;
            limit = position + available;
            windowStart = p;
            return;
        }
        if (scratch.length < count) {
            scratch = new byte[Math.max(count, 2 * scratch.length)];
        }
        chain.getBytes(p, scratch, 0, count);
        buffer = scratch;
        windowBase = position = 0;
        limit = count;
        windowStart = p;
    }

    private void moveTo(int p) {
        buffer = EMPTY;
        windowBase = position = limit = 0;
        windowStart = p;
    }
}
