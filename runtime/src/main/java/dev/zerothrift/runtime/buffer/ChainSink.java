package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSink;

/**
 * A {@link ByteSink} appending to a {@link Chain}: the window is the free room of the chain's last
 * node's block.
 *
 * <pre>
 *   last node's block:  [ earlier nodes' bytes | this node's bytes | free room ........ ]
 *                                              ^ node.offset       ^ position()         ^ limit()
 * </pre>
 *
 * When a window does not fit, the node is closed at {@link #position()} and a new node over a fresh
 * pooled block (of the chain's block size, or larger when the window asks for more; a spare the
 * chain kept when it was {@linkplain Chain#clear() cleared}, when it has one) is linked after it;
 * bytes are never moved. {@link #writeReference} links an array of at least the chain's reference
 * threshold as a node of its own, and later writes continue in the free room of the block before it
 * (a new node over the same block, so nothing is wasted).
 *
 * <p>Written bytes belong to the chain as soon as they are written: {@link Chain#length()} and
 * every read of the chain include them. An edit of the chain (replace, insert, delete, discard,
 * release) ends the current window: write again only after a new {@link #ensure}. Obtained from
 * {@link Chain#sink()}; one per chain. Not thread-safe.
 */
public final class ChainSink extends ByteSink {
    private final Chain chain;

    /** The node being grown (always the chain's last), or null between windows. */
    private Node node;

    /** {@link #position} when the window opened. */
    private int windowStart;

    /** Bytes written in earlier windows and by reference. */
    private long flushed;

    private static final byte[] NO_BYTES = new byte[0];

    ChainSink(Chain chain) {
        this.chain = chain;
        this.buffer = NO_BYTES;
    }

    /** The chain written to. */
    public Chain chain() {
        return chain;
    }

    @Override
    public long written() {
        return flushed + (node == null ? 0 : position - windowStart);
    }

    @Override
    public void writeBytes(byte[] source, int offset, int length) {
        BoundsChecks.checkRange(offset, length, source.length);
        super.writeBytes(source, offset, length);
    }

    @Override
    public boolean writeReference(byte[] source, int offset, int length) {
        BoundsChecks.checkRange(offset, length, source.length);
        if (length < chain.referenceThreshold() || length == 0) {
            writeBytes(source, offset, length);
            return false;
        }
        chain.ensureOpen();
        detach();
        chain.checkGrowth(length);
        Node before = chain.last();
        Node continuation = null;
        if (before != null && before.writable && before.room() > 0) {
            before.writable = false;
            continuation =
                    chain.spares()
                            .node(before.block.retain(), before.offset + before.length, 0, true);
        }
        chain.appendNode(chain.spares().link(source, offset, length));
        flushed += length;
        if (continuation != null) {
            chain.appendNode(continuation);
            attach(continuation);
        }
        return true;
    }

    @Override
    protected void nextWindow(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative window size: " + count);
        }
        chain.ensureOpen();
        detach();
        chain.checkGrowth(count);
        Node last = chain.last();
        if (last == null || !last.writable || last.room() < count || last.room() == 0) {
            int capacity = Math.max(chain.blockSize(), count);
            last = chain.spares().takeRoom(capacity);
            if (last == null) {
                last = chain.spares().node(chain.pool().take(capacity), 0, 0, true);
            }
            chain.appendNode(last);
        }
        attach(last);
    }

    private void attach(Node last) {
        node = last;
        buffer = last.array;
        position = windowStart = last.offset + last.length;
        // never past 2^31 - 1 bytes of chain, so that positions stay ints
        limit = (int) Math.min(last.array.length, (long) position + chain.headroom());
    }

    /** Makes the node's length (and so the chain's) include the bytes written so far. */
    void commit() {
        Node n = node;
        if (n != null) {
            int grown = position - n.offset - n.length;
            if (grown != 0) {
                n.length += grown;
                chain.length += grown;
            }
        }
    }

    /** Starts counting {@link #written()} from 0 again, for the chain {@link Chain#clear()}ed. */
    void restart() {
        detach();
        flushed = 0;
    }

    /** Closes the window: the next write needs an {@link #ensure}. */
    void detach() {
        if (node != null) {
            commit();
            flushed += position - windowStart;
            node = null;
            limit = position;
        }
    }
}
