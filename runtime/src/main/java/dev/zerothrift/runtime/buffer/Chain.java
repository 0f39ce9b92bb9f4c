package dev.zerothrift.runtime.buffer;

import static dev.zerothrift.runtime.buffer.BoundsChecks.SHOULD_BOUNDS_CHECK;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * A sequence of bytes held as an ordered list of nodes, each a window onto a reference-counted
 * {@link Block} (Netpoll's LinkBuffer is the model): the bytes of one message, written by a sink,
 * read in place by views and sources, edited by splitting nodes, and sent by handing the windows to
 * a channel.
 *
 * <pre>
 *  chain position:  0            s1                 s2        s3              length()
 *                   |  node 0    |  node 1          | node 2  |  node 3       |
 *                   [============|==================|=========|===============|
 *  block:           A[0, 12)      B[40, 58)          C[0, 9)   A[12, 27) ...room...
 *                   (pooled)      (caller's array,   (slice    (writable: a sink grows
 *                                  zero-copy)         of C)     it into A's free room)
 * </pre>
 *
 * <b>Positions.</b> Absolute positions run from 0 to {@link #length()} across the nodes; node
 * {@code i} covers {@code [nodeStart(i), nodeStart(i) + nodeLength(i))} and its bytes are {@code
 * nodeArray(i)[nodeOffset(i) ..]}. {@link #nodeIndex(int)} maps a position to its node, in O(1) for
 * the node of the previous lookup or the next one and in O(log n) otherwise, so a view reading an
 * {@code i64} at {@code p} costs one lookup and one big-endian {@code VarHandle} load ({@link
 * #getLong(int)}); only a value straddling two nodes is assembled byte by byte. Absolute {@code
 * get}/{@code set} never move anything; bytes are added by a {@link ChainSink} (the relative
 * writer, from {@link #sink()}) or by the editing operations, and read relatively through a {@link
 * ChainSource}.
 *
 * <p><b>Editing.</b> {@link #replace(int, int, Chain)} splits the nodes at both ends of the range
 * (the halves of a split node share its block, each with a reference), releases the nodes in
 * between and links the new nodes in their place. No byte outside the range is copied or moved, no
 * hole is left, and only the positions after the edit shift. {@link #insert} and {@link #delete}
 * are replacements with an empty range and with nothing. {@code set} methods overwrite in place.
 *
 * <p><b>Ownership.</b> The chain holds one reference to the block of each node and releases it when
 * the node leaves (a deletion, a replacement, a {@link #discard}) or when the chain is {@link
 * #release() released}. {@link #slice} retains every block it covers: the slice is a chain of its
 * own that the caller must release; slices share memory, so an in-place {@code set} shows through
 * every slice of the same bytes, while a replacement does not. A caller's {@code byte[]} linked by
 * {@link #appendReference} or a sink's {@code writeReference} is never copied and never pooled; the
 * caller must leave it unchanged while the chain (or a slice) refers to it. A chain passed to
 * {@link #append(Chain)}, {@link #replace(int, int, Chain)} or {@link #insert(int, Chain)} gives
 * its nodes up and is left empty, still to be released. {@link #clear()} empties a chain for its
 * next message but keeps the pooled blocks nobody else refers to, so that a chain reused per
 * message takes nothing from the pool (and allocates nothing) once warm.
 *
 * <p><b>Storage.</b> The list of nodes is an array with the start position of each node beside it
 * (as Netty's {@code CompositeByteBuf} keeps its components), not linked nodes: a view's random
 * read needs position-to-node lookups, which a linked list could only answer with an index kept
 * beside it anyway. Linking a node is an array insert, a {@code System.arraycopy} of references
 * that is cheap for the tens to hundreds of nodes of a message; only the start positions after an
 * edit are rewritten.
 *
 * <p>Checks: positions and lengths are checked (see {@link BoundsChecks}); any use after {@link
 * #release()} throws {@link IllegalStateException}. Not thread-safe for writing. A chain that
 * nobody changes (and whose sink, if any, writes no more) may be read by several threads at once
 * once safely published: the lookup hint they share is validated on every use, so a stale one only
 * costs a search.
 */
public final class Chain implements AutoCloseable {
    /** Size of the blocks a sink takes when the current one is full (8 KiB). */
    public static final int DEFAULT_BLOCK_SIZE = 8 << 10;

    /**
     * Arrays at least this long (4 KiB) given to a sink's {@code writeReference} are linked, not
     * copied: below it a copy costs less than a node and the fragmentation it brings.
     */
    public static final int DEFAULT_REFERENCE_THRESHOLD = 4 << 10;

    private static final int MAX_GATHER = 1024;
    private static final Node[] NO_NODES = new Node[0];
    private static final int[] NO_STARTS = new int[0];
    private static final int MIN_READ_WINDOW = 512;

    private final BlockPool pool;
    private final int blockSize;
    private final int referenceThreshold;

    Node[] nodes;
    int[] starts;
    int count;
    int length;
    private int hint;
    private ChainSink sink;
    private boolean released;

    /** Nodes kept by {@link #clear()} for the next message. */
    private final SpareNodes spares = new SpareNodes();

    /** An empty chain over the {@linkplain BlockPool#shared() shared pool}. */
    public Chain() {
        this(BlockPool.shared());
    }

    /** An empty chain taking its blocks from {@code pool}. */
    public Chain(BlockPool pool) {
        this(pool, DEFAULT_BLOCK_SIZE, DEFAULT_REFERENCE_THRESHOLD);
    }

    /**
     * @param pool where blocks come from.
     * @param blockSize bytes a sink asks for when it needs a new block (more when a window needs
     *     more).
     * @param referenceThreshold shortest array a sink links by reference rather than copies.
     */
    public Chain(BlockPool pool, int blockSize, int referenceThreshold) {
        this(pool, blockSize, referenceThreshold, 4);
    }

    /** An empty chain with room for {@code nodeCapacity} nodes before its arrays grow. */
    private Chain(BlockPool pool, int blockSize, int referenceThreshold, int nodeCapacity) {
        if (blockSize <= 0) {
            throw new IllegalArgumentException("block size must be positive: " + blockSize);
        }
        if (referenceThreshold < 0) {
            throw new IllegalArgumentException(
                    "negative reference threshold: " + referenceThreshold);
        }
        this.pool = pool;
        this.blockSize = blockSize;
        this.referenceThreshold = referenceThreshold;
        this.nodes = new Node[nodeCapacity];
        this.starts = new int[nodeCapacity];
    }

    /** A chain over {@code array[offset, offset + length)}, by reference. */
    public static Chain wrap(byte[] array, int offset, int length) {
        Chain chain = new Chain();
        chain.appendReference(array, offset, length);
        return chain;
    }

    /** A chain holding a copy of {@code bytes}, in pooled blocks. */
    public static Chain copyOf(byte[] bytes) {
        Chain chain = new Chain();
        chain.append(bytes, 0, bytes.length);
        return chain;
    }

    /** The pool new blocks come from. */
    public BlockPool pool() {
        return pool;
    }

    /** Bytes in the chain, including those a sink has written so far. */
    public int length() {
        sync();
        return length;
    }

    /** Whether {@link #release()} was called. */
    public boolean isReleased() {
        return released;
    }

    // ---------------------------------------------------------------- nodes

    /** Nodes in the chain. */
    public int nodeCount() {
        sync();
        return count;
    }

    /** Index of the node holding the byte at {@code position}. */
    public int nodeIndex(int position) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(position, 1);
        }
        return locate(position);
    }

    /** Chain position of the first byte of node {@code index}. */
    public int nodeStart(int index) {
        checkNode(index);
        return starts[index];
    }

    /** Bytes in node {@code index}. */
    public int nodeLength(int index) {
        sync();
        checkNode(index);
        return nodes[index].length;
    }

    /** The array holding node {@code index}'s bytes (do not write outside its window). */
    public byte[] nodeArray(int index) {
        checkNode(index);
        return nodes[index].array;
    }

    /** Index in {@link #nodeArray(int)} of node {@code index}'s first byte. */
    public int nodeOffset(int index) {
        checkNode(index);
        return nodes[index].offset;
    }

    /** The block behind node {@code index} (the chain keeps its reference). */
    public Block nodeBlock(int index) {
        checkNode(index);
        return nodes[index].block;
    }

    // ---------------------------------------------------------------- writing

    /**
     * The sink appending to this chain: one per chain, returned again on every call. Any edit of
     * the chain ends the sink's current window; its next {@code ensure} opens a new one.
     */
    public ChainSink sink() {
        ensureOpen();
        if (sink == null) {
            sink = new ChainSink(this);
        }
        return sink;
    }

    /** Copies {@code source[offset, offset + length)} to the end of the chain. */
    public void append(byte[] source, int offset, int length) {
        BoundsChecks.checkRange(offset, length, source.length);
        sink().writeBytes(source, offset, length);
        sync();
    }

    /** Links {@code source[offset, offset + length)} to the end of the chain, without copying. */
    public void appendReference(byte[] source, int offset, int length) {
        BoundsChecks.checkRange(offset, length, source.length);
        if (length > 0) {
            ensureOpen();
            checkGrowth(length);
            detachSink();
            appendNode(spares.link(source, offset, length));
        }
    }

    /**
     * Links {@code block[offset, offset + length)} to the end of the chain, which takes over one
     * reference to the block from the caller (and releases it even when this throws).
     */
    public void appendBlock(Block block, int offset, int length) {
        try {
            ensureOpen();
            BoundsChecks.checkRange(offset, length, block.capacity());
            checkGrowth(length);
        } catch (RuntimeException e) {
            block.release();
            throw e;
        }
        if (length == 0) {
            block.release();
            return;
        }
        detachSink();
        appendNode(spares.node(block, offset, length, false));
    }

    /** Moves every node of {@code other} to the end of this chain, leaving {@code other} empty. */
    public void append(Chain other) {
        ensureOpen();
        if (other == this) {
            throw new IllegalArgumentException("cannot append a chain to itself");
        }
        other.ensureOpen();
        sync();
        replaceNodes(length, 0, other);
    }

    // ---------------------------------------------------------------- absolute access

    /** The byte at {@code index}. */
    public byte getByte(int index) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 1);
        }
        int i = locate(index);
        Node node = nodes[i];
        return node.array[node.offset + index - starts[i]];
    }

    /** The big-endian {@code short} at {@code index}. */
    public short getShort(int index) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 2);
        }
        int i = locate(index);
        Node node = nodes[i];
        int within = index - starts[i];
        if (within <= node.length - 2) {
            return BigEndian.getShort(node.array, node.offset + within);
        }
        return (short) straddling(index, 2);
    }

    /** The big-endian {@code int} at {@code index}. */
    public int getInt(int index) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 4);
        }
        int i = locate(index);
        Node node = nodes[i];
        int within = index - starts[i];
        if (within <= node.length - 4) {
            return BigEndian.getInt(node.array, node.offset + within);
        }
        return (int) straddling(index, 4);
    }

    /** The big-endian {@code long} at {@code index}. */
    public long getLong(int index) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 8);
        }
        int i = locate(index);
        Node node = nodes[i];
        int within = index - starts[i];
        if (within <= node.length - 8) {
            return BigEndian.getLong(node.array, node.offset + within);
        }
        return straddling(index, 8);
    }

    /** Copies {@code length} bytes from {@code index} into {@code target} at {@code offset}. */
    public void getBytes(int index, byte[] target, int offset, int length) {
        sync();
        BoundsChecks.checkRange(offset, length, target.length);
        checkRange(index, length);
        while (length > 0) {
            int i = locate(index);
            Node node = nodes[i];
            int within = index - starts[i];
            int chunk = Math.min(length, node.length - within);
            System.arraycopy(node.array, node.offset + within, target, offset, chunk);
            index += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    /** Overwrites the byte at {@code index}. */
    public void setByte(int index, int value) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 1);
        }
        int i = locate(index);
        Node node = nodes[i];
        node.array[node.offset + index - starts[i]] = (byte) value;
    }

    /** Overwrites the two bytes at {@code index} with {@code value}, big-endian. */
    public void setShort(int index, short value) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 2);
        }
        int i = locate(index);
        Node node = nodes[i];
        int within = index - starts[i];
        if (within <= node.length - 2) {
            BigEndian.putShort(node.array, node.offset + within, value);
        } else {
            setStraddling(index, 2, value);
        }
    }

    /** Overwrites the four bytes at {@code index} with {@code value}, big-endian. */
    public void setInt(int index, int value) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 4);
        }
        int i = locate(index);
        Node node = nodes[i];
        int within = index - starts[i];
        if (within <= node.length - 4) {
            BigEndian.putInt(node.array, node.offset + within, value);
        } else {
            setStraddling(index, 4, value);
        }
    }

    /** Overwrites the eight bytes at {@code index} with {@code value}, big-endian. */
    public void setLong(int index, long value) {
        sync();
        if (SHOULD_BOUNDS_CHECK) {
            checkIndex(index, 8);
        }
        int i = locate(index);
        Node node = nodes[i];
        int within = index - starts[i];
        if (within <= node.length - 8) {
            BigEndian.putLong(node.array, node.offset + within, value);
        } else {
            setStraddling(index, 8, value);
        }
    }

    /** Overwrites {@code length} bytes from {@code index} with {@code source[offset ..]}. */
    public void setBytes(int index, byte[] source, int offset, int length) {
        sync();
        BoundsChecks.checkRange(offset, length, source.length);
        checkRange(index, length);
        while (length > 0) {
            int i = locate(index);
            Node node = nodes[i];
            int within = index - starts[i];
            int chunk = Math.min(length, node.length - within);
            System.arraycopy(source, offset, node.array, node.offset + within, chunk);
            index += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    private long straddling(int index, int size) {
        long value = 0;
        for (int k = 0; k < size; k++) {
            int i = locate(index + k);
            Node node = nodes[i];
            value = value << 8 | (node.array[node.offset + index + k - starts[i]] & 0xFF);
        }
        return value;
    }

    private void setStraddling(int index, int size, long value) {
        for (int k = size - 1; k >= 0; k--) {
            int i = locate(index + k);
            Node node = nodes[i];
            node.array[node.offset + index + k - starts[i]] = (byte) value;
            value >>>= 8;
        }
    }

    // ---------------------------------------------------------------- reading

    /** A source reading the whole chain from position 0. */
    public ChainSource source() {
        return source(0, length());
    }

    /** A source reading {@code [from, from + length)}; the chain must outlive it, unchanged. */
    public ChainSource source(int from, int length) {
        ensureOpen();
        sync();
        checkRange(from, length);
        return new ChainSource(this, from, length);
    }

    /**
     * A chain over {@code [from, from + length)} of this one, sharing its blocks (each retained):
     * nothing is copied. The caller releases the slice.
     */
    public Chain slice(int from, int length) {
        ensureOpen();
        sync();
        checkRange(from, length);
        if (length == 0) {
            return new Chain(pool, blockSize, referenceThreshold, 1);
        }
        int first = locate(from);
        int last = locate(from + length - 1);
        // arrays of exactly the nodes the slice covers (one, for a value inside a node)
        Chain slice = new Chain(pool, blockSize, referenceThreshold, last - first + 1);
        appendSlice(from, length, first, last, slice);
        return slice;
    }

    /**
     * Appends {@code [from, from + length)} of this chain to {@code into}, sharing the blocks (each
     * retained, released when {@code into} is cleared or released): nothing is copied. A receiver
     * that keeps one chain for a payload it slices per message, {@link #clear()}ing it after each,
     * allocates nothing once warm: {@code into} reuses the nodes its last clear kept. Returns
     * {@code into}.
     */
    public Chain slice(int from, int length, Chain into) {
        ensureOpen();
        if (into == this) {
            throw new IllegalArgumentException("cannot slice a chain into itself");
        }
        into.ensureOpen();
        sync();
        checkRange(from, length);
        into.sync();
        into.checkGrowth(length);
        into.detachSink();
        if (length > 0) {
            appendSlice(from, length, locate(from), locate(from + length - 1), into);
        }
        return into;
    }

    /** Appends the bytes, not empty, in nodes {@code first} to {@code last}, to {@code into}. */
    private void appendSlice(int from, int length, int first, int last, Chain into) {
        int index = from;
        int end = from + length;
        for (int i = first; i <= last; i++) {
            Node node = nodes[i];
            int within = index - starts[i];
            int chunk = Math.min(end - index, node.length - within);
            if (chunk > 0) { // (an empty node between two others holds nothing to share)
                into.appendNode(
                        into.spares.node(node.block.retain(), node.offset + within, chunk, false));
                index += chunk;
            }
        }
    }

    /** A copy of the bytes in fresh blocks from the same pool. */
    public Chain copy() {
        ensureOpen();
        sync();
        Chain copy = new Chain(pool, blockSize, referenceThreshold);
        ChainSink out = copy.sink();
        for (int i = 0; i < count; i++) {
            Node node = nodes[i];
            out.writeBytes(node.array, node.offset, node.length);
        }
        copy.sync();
        return copy;
    }

    /** The bytes, copied into a new array. */
    public byte[] toByteArray() {
        byte[] bytes = new byte[length()];
        getBytes(0, bytes, 0, bytes.length);
        return bytes;
    }

    // ---------------------------------------------------------------- editing

    /**
     * Replaces {@code [from, from + length)} by the nodes of {@code with}, which is left empty (and
     * still to be released by its owner). Nothing outside the range moves in memory.
     */
    public void replace(int from, int length, Chain with) {
        ensureOpen();
        if (with == this) {
            throw new IllegalArgumentException("cannot replace a range of a chain by itself");
        }
        with.ensureOpen();
        sync();
        checkRange(from, length);
        replaceNodes(from, length, with);
    }

    /**
     * Replaces {@code [from, from + length)} by a copy of {@code source[offset, offset +
     * sourceLength)}, held in a new block linked in place of the range.
     */
    public void replace(int from, int length, byte[] source, int offset, int sourceLength) {
        ensureOpen();
        sync();
        checkRange(from, length);
        BoundsChecks.checkRange(offset, sourceLength, source.length);
        Chain with = new Chain(pool, blockSize, referenceThreshold);
        try {
            with.append(source, offset, sourceLength);
            replaceNodes(from, length, with);
        } finally {
            with.release();
        }
    }

    /**
     * Replaces {@code [from, from + length)} by {@code source[offset, offset + sourceLength)}
     * linked as a node of its own, without copying: the caller must leave those bytes unchanged
     * while the chain refers to them.
     */
    public void replaceReference(
            int from, int length, byte[] source, int offset, int sourceLength) {
        ensureOpen();
        sync();
        checkRange(from, length);
        BoundsChecks.checkRange(offset, sourceLength, source.length);
        Chain with = new Chain(pool, blockSize, referenceThreshold);
        try {
            with.appendReference(source, offset, sourceLength);
            replaceNodes(from, length, with);
        } finally {
            with.release();
        }
    }

    /** Inserts the nodes of {@code with} at {@code position}, leaving {@code with} empty. */
    public void insert(int position, Chain with) {
        replace(position, 0, with);
    }

    /** Inserts a copy of {@code source[offset, offset + length)} at {@code position}. */
    public void insert(int position, byte[] source, int offset, int length) {
        replace(position, 0, source, offset, length);
    }

    /** Removes {@code [from, from + length)}, releasing the blocks no longer referenced. */
    public void delete(int from, int length) {
        ensureOpen();
        sync();
        checkRange(from, length);
        replaceNodes(from, length, null);
    }

    /** Removes the first {@code count} bytes (those already sent or consumed). */
    public void discard(int count) {
        delete(0, count);
    }

    // ---------------------------------------------------------------- channels

    /**
     * Writes the bytes to {@code channel} with gathering writes, discarding (and releasing) what
     * was written, until the chain is empty or the channel takes no more (a non-blocking channel
     * whose buffer is full). Returns the bytes written; the rest stays in the chain for the next
     * call.
     */
    public long writeTo(GatheringByteChannel channel) throws IOException {
        ensureOpen();
        sync();
        long total = 0;
        while (length > 0) {
            int n = Math.min(count, MAX_GATHER);
            ByteBuffer[] windows = new ByteBuffer[n];
            for (int i = 0; i < n; i++) {
                Node node = nodes[i];
                windows[i] = ByteBuffer.wrap(node.array, node.offset, node.length);
            }
            long written = channel.write(windows, 0, n);
            if (written <= 0) {
                break;
            }
            discard((int) written);
            total += written;
        }
        return total;
    }

    /**
     * Reads once from {@code channel} into pooled blocks at the end of the chain, at most {@code
     * maxBytes}. Returns the bytes read, 0 when the channel had none, -1 at end of stream.
     */
    public int readFrom(ReadableByteChannel channel, int maxBytes) throws IOException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        ChainSink out = sink();
        out.ensure(Math.min(maxBytes, MIN_READ_WINDOW));
        int room = Math.min(out.limit() - out.position(), maxBytes);
        int read = channel.read(ByteBuffer.wrap(out.buffer(), out.position(), room));
        if (read > 0) {
            out.advance(read);
            sync();
        }
        return read;
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Empties the chain for its next message, as a new chain would be, but keeps the memory it
     * alone holds: the pooled blocks no slice or other chain refers to stay with it as spare room,
     * and its sink writes into them before it takes blocks from the pool. A chain reused this way
     * (one per sender, cleared once its bytes are sent) takes no block from the pool and allocates
     * nothing once it has held its largest message; it keeps that much memory until {@link
     * #release()}d. A block over a caller's array linked by reference, if this chain alone referred
     * to it, is kept too, pointed at no array, for the next link; the other blocks (a slice's, a
     * shared one) are released, and their nodes kept for the next slice or link (see {@link
     * SpareNodes}). Views and sources over the chain's bytes must not be used after this.
     */
    public void clear() {
        ensureOpen();
        detachSink();
        Node[] old = nodes;
        int n = count;
        count = 0;
        length = 0;
        hint = 0;
        // last node first, so that the first node ends on top of the spares and is used first;
        // nodes sharing a block give their references back until one holds the last
        for (int i = n - 1; i >= 0; i--) {
            Node node = old[i];
            old[i] = null;
            spares.keep(node, blockSize);
        }
        if (sink != null) {
            sink.restart();
        }
    }

    /** The nodes {@link #clear()} kept, for the sink's windows and links. */
    SpareNodes spares() {
        return spares;
    }

    /**
     * Releases every node's block (and the spares {@link #clear()} kept) and makes the chain
     * unusable.
     */
    public void release() {
        if (released) {
            throw new IllegalStateException("chain released twice");
        }
        detachSink();
        released = true;
        Node[] old = nodes;
        int n = count;
        nodes = NO_NODES; // shared: a released chain is never written to again
        starts = NO_STARTS;
        count = 0;
        length = 0;
        hint = 0;
        for (int i = 0; i < n; i++) {
            old[i].block.release();
        }
        spares.release();
    }

    /** {@link #release()}s the chain unless it already was. */
    @Override
    public void close() {
        if (!released) {
            release();
        }
    }

    @Override
    public String toString() {
        if (released) {
            return "Chain[released]";
        }
        sync();
        return "Chain[" + length + " bytes in " + count + " nodes]";
    }

    // ---------------------------------------------------------------- internals

    int blockSize() {
        return blockSize;
    }

    /**
     * Shortest array its sink links by reference ({@link ChainSink#writeReference}) rather than
     * copies: encoders that reserve room for a message reserve only the bytes below it.
     */
    public int referenceThreshold() {
        return referenceThreshold;
    }

    /** Makes the chain's length include what the sink has written. */
    void sync() {
        if (sink != null) {
            sink.commit();
        }
    }

    private void detachSink() {
        if (sink != null) {
            sink.detach();
        }
    }

    void ensureOpen() {
        if (released) {
            throw new IllegalStateException("chain already released");
        }
    }

    /** Last node, or null. */
    Node last() {
        return count == 0 ? null : nodes[count - 1];
    }

    /** Links {@code node} last, first dropping an empty last node (one a sink left unused). */
    void appendNode(Node node) {
        if (count > 0 && nodes[count - 1].length == 0) {
            Node empty = nodes[--count];
            nodes[count] = null;
            empty.block.release();
        }
        checkGrowth(node.length);
        grow(count + 1);
        nodes[count] = node;
        starts[count] = length;
        count++;
        length += node.length;
    }

    /** The index of the node covering {@code position}: {@code 0 <= position < length}. */
    int locate(int position) {
        int h = hint;
        if (h < count) {
            int start = starts[h];
            if (position >= start) {
                if (position - start < nodes[h].length) {
                    return h;
                }
                int next = h + 1;
                if (next < count && position - starts[next] < nodes[next].length) {
                    hint = next;
                    return next;
                }
            }
        }
        // the last node starting at or before position: never an empty one while position < length
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        hint = low;
        return low;
    }

    /**
     * Makes a node start at {@code position} (splitting the node across it) and returns that node's
     * index, or {@link #count} when {@code position == length}.
     */
    private int boundary(int position) {
        if (position == length) {
            return count;
        }
        int i = locate(position);
        int within = position - starts[i];
        if (within == 0) {
            return i;
        }
        Node node = nodes[i];
        Node right =
                new Node(
                        node.block.retain(),
                        node.offset + within,
                        node.length - within,
                        node.writable);
        nodes[i] = new Node(node.block, node.offset, within, false);
        grow(count + 1);
        System.arraycopy(nodes, i + 1, nodes, i + 2, count - i - 1);
        System.arraycopy(starts, i + 1, starts, i + 2, count - i - 1);
        nodes[i + 1] = right;
        starts[i + 1] = position;
        count++;
        return i + 1;
    }

    /** The core edit: {@code [from, from + length)} becomes the nodes of {@code with} (or none). */
    private void replaceNodes(int from, int length, Chain with) {
        detachSink();
        Node[] incoming = new Node[0];
        int added = 0;
        if (with != null) {
            with.sync();
            with.detachSink();
            incoming = Arrays.copyOf(with.nodes, with.count);
            with.clearNodes();
            for (Node node : incoming) {
                if (node.length > 0) {
                    incoming[added++] = node;
                } else {
                    node.block.release();
                }
            }
        }
        long incomingLength = 0;
        for (int k = 0; k < added; k++) {
            incomingLength += incoming[k].length;
        }
        try {
            checkGrowth(incomingLength - length);
        } catch (IllegalStateException e) {
            for (int k = 0; k < added; k++) {
                incoming[k].block.release();
            }
            throw e;
        }
        dropEmptyLast();
        int a = boundary(from);
        int b = boundary(from + length);
        Node[] removed = Arrays.copyOfRange(nodes, a, b);
        int tail = count - b;
        int newCount = a + added + tail;
        grow(newCount);
        System.arraycopy(nodes, b, nodes, a + added, tail);
        System.arraycopy(incoming, 0, nodes, a, added);
        if (newCount < count) {
            Arrays.fill(nodes, newCount, count, null);
        }
        count = newCount;
        // node a - 1, if any, ends at from: the split made it so
        int position = from;
        for (int i = a; i < count; i++) {
            starts[i] = position;
            position += nodes[i].length;
        }
        this.length = position;
        hint = Math.min(a, Math.max(count - 1, 0));
        for (Node node : removed) {
            node.block.release();
        }
    }

    /** Throws unless the chain can grow by {@code more} bytes and stay within an {@code int}. */
    void checkGrowth(long more) {
        if (length + more > Integer.MAX_VALUE) {
            throw new IllegalStateException(
                    "a chain holds at most "
                            + Integer.MAX_VALUE
                            + " bytes: cannot add "
                            + more
                            + " to "
                            + length);
        }
    }

    /** Bytes the chain can still grow by. */
    int headroom() {
        return Integer.MAX_VALUE - length;
    }

    private void dropEmptyLast() {
        if (count > 0 && nodes[count - 1].length == 0) {
            Node empty = nodes[--count];
            nodes[count] = null;
            empty.block.release();
        }
    }

    /** Forgets the nodes, whose references were moved to another chain. */
    private void clearNodes() {
        Arrays.fill(nodes, 0, count, null);
        count = 0;
        length = 0;
        hint = 0;
    }

    private void grow(int capacity) {
        if (capacity > nodes.length) {
            int size = Math.max(capacity, nodes.length * 2);
            nodes = Arrays.copyOf(nodes, size);
            starts = Arrays.copyOf(starts, size);
        }
    }

    private void checkIndex(int index, int size) {
        if (index < 0 || index > length - size) {
            ensureOpen();
            BoundsChecks.checkIndex(index, size, length);
        }
    }

    private void checkRange(int from, int length) {
        if (length < 0 || from < 0 || from > this.length - length) {
            ensureOpen();
            BoundsChecks.checkRange(from, length, this.length);
        }
    }

    private void checkNode(int index) {
        if (index < 0 || index >= count) {
            ensureOpen();
            throw new IndexOutOfBoundsException(
                    "node " + index + " out of range [0, " + count + ")");
        }
    }
}
