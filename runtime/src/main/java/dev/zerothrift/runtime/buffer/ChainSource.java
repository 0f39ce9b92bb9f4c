package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;

/**
 * A {@link ByteSource} reading a range of a {@link Chain}: each window is the rest of one node, so
 * values are read in place; only a value that straddles two nodes is copied, into a small scratch
 * array the source keeps.
 *
 * <pre>
 *   chain:   | node i ............|.... node i+1 ....|
 *                     ^ position  ^ limit (node end, or the range end)
 *   require(8) with 3 bytes left in node i:  scratch = [3 bytes of node i | 5 bytes of node i+1]
 *   after those 8 bytes, the next window starts 5 bytes into node i+1
 * </pre>
 *
 * {@link #offset()} counts from the start of the range. The chain must not change, nor be released,
 * while the source reads it. Not thread-safe.
 */
public final class ChainSource extends ByteSource {
    private static final byte[] EMPTY = new byte[0];

    private final Chain chain;
    private int from;
    private int end;

    /** Chain position of {@code buffer[windowBase]}. */
    private int windowStart;

    private int windowBase;
    private byte[] scratch = EMPTY;

    ChainSource(Chain chain, int from, int length) {
        this.chain = chain;
        reset(from, length);
    }

    /**
     * Starts reading {@code [from, from + length)} of the same chain, keeping the scratch array.
     */
    public ChainSource reset(int from, int length) {
        chain.ensureOpen();
        chain.sync();
        BoundsChecks.checkRange(from, length, chain.length);
        this.from = from;
        this.end = from + length;
        windowStart = from;
        windowBase = 0;
        buffer = EMPTY;
        position = 0;
        limit = 0;
        return this;
    }

    /** The chain read. */
    public Chain chain() {
        return chain;
    }

    /** Chain position of the next byte to read. */
    public int chainPosition() {
        return windowStart + position - windowBase;
    }

    @Override
    public long remaining() {
        return end - chainPosition();
    }

    @Override
    public long offset() {
        return chainPosition() - from;
    }

    /**
     * The next {@code length} bytes as a slice of the chain, without copying; the caller releases
     * it. Throws {@code TRUNCATED} when fewer remain.
     */
    public Chain readSlice(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length: " + length);
        }
        int p = chainPosition();
        if (end - p < length) {
            throw ProtocolException.truncated(p - from, length, end - p);
        }
        Chain slice = chain.slice(p, length);
        moveTo(p + length);
        return slice;
    }

    /**
     * Consumes {@code count} bytes without reading or copying them (what a decoder's {@code skip}
     * of a long string or binary needs). Throws {@code TRUNCATED} when fewer remain.
     */
    public void skipBytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative length: " + count);
        }
        if (count <= limit - position) {
            position += count;
            return;
        }
        int p = chainPosition();
        if (end - p < count) {
            throw ProtocolException.truncated(p - from, count, end - p);
        }
        moveTo(p + count);
    }

    @Override
    protected void nextWindow(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative window size: " + count);
        }
        chain.ensureOpen();
        int p = chainPosition();
        int left = end - p;
        if (count > left) {
            throw ProtocolException.truncated(p - from, count, left);
        }
        if (left == 0) {
            moveTo(p);
            return;
        }
        int i = chain.locate(p);
        Node node = chain.nodes[i];
        int within = p - chain.starts[i];
        int available = Math.min(node.length - within, left);
        if (available >= count) {
            buffer = node.array;
            windowBase = position = node.offset + within;
            limit = position + available;
            windowStart = p;
            return;
        }
        if (scratch.length < count) {
            scratch = new byte[Math.max(count, 16)];
        }
        chain.getBytes(p, scratch, 0, count);
        buffer = scratch;
        windowBase = position = 0;
        limit = count;
        windowStart = p;
    }

    /** An empty window at chain position {@code p}. */
    private void moveTo(int p) {
        buffer = EMPTY;
        windowBase = position = limit = 0;
        windowStart = p;
    }
}
