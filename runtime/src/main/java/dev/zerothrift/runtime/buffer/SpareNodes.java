package dev.zerothrift.runtime.buffer;

import java.util.Arrays;

/**
 * What a {@link Chain#clear() cleared} chain keeps of its nodes for its next message, so that a
 * chain reused per message (a sender's output, a receiver's slice of a payload) allocates nothing
 * once it has held its largest one. Three kinds, each a stack whose top is used first:
 *
 * <ul>
 *   <li><b>rooms</b>: empty writable windows over whole pooled blocks that only this chain referred
 *       to, for the sink's next windows (it takes from the pool only when none is left);
 *   <li><b>links</b>: nodes over a block wrapping a caller's array that only this chain referred
 *       to, the block kept (still referenced, by this chain alone) and pointed at an empty array,
 *       so that linking the next caller's array by reference ({@link ChainSink#writeReference},
 *       {@link Chain#appendReference}) re-points it instead of making a block and a node;
 *   <li><b>husks</b>: nodes whose block was released, reused for any other node (a slice's, the
 *       continuation after a link).
 * </ul>
 *
 * Rooms and links hold block references until {@link #release()}; husks hold nothing but
 * themselves. Not thread-safe: a chain's writer owns it.
 */
final class SpareNodes {
    private static final Node[] NONE = new Node[0];
    private static final byte[] NO_BYTES = new byte[0];

    private Node[] rooms = NONE;
    private int roomCount;
    private Node[] links = NONE;
    private int linkCount;
    private Node[] husks = NONE;
    private int huskCount;

    /**
     * Takes {@code node}, which a clearing chain unlinked, holding one reference to its block: a
     * whole pooled block of at least {@code blockSize} bytes, or a wrapped array, that no one else
     * refers to is kept with its reference; otherwise the reference is released and the node kept
     * bare.
     */
    void keep(Node node, int blockSize) {
        Block block = node.block;
        if (block.refCount() == 1) {
            if (block.isPooled() && node.array.length >= blockSize) {
                node.rewind();
                rooms = push(rooms, roomCount++, node);
                return;
            }
            if (block.isCallersArray()) {
                block.relink(NO_BYTES);
                node.reset(block, 0, 0, false);
                links = push(links, linkCount++, node);
                return;
            }
        }
        block.release();
        node.reset(null, 0, 0, false);
        husks = push(husks, huskCount++, node);
    }

    /**
     * An empty writable window over a whole block of at least {@code capacity} bytes, or null when
     * the next room is smaller or there is none.
     */
    Node takeRoom(int capacity) {
        int n = roomCount;
        if (n == 0 || rooms[n - 1].array.length < capacity) {
            return null;
        }
        Node node = rooms[n - 1];
        rooms[n - 1] = null;
        roomCount = n - 1;
        return node;
    }

    /** A node over {@code block[offset, offset + length)}, which takes over one reference. */
    Node node(Block block, int offset, int length, boolean writable) {
        int n = huskCount;
        if (n == 0) {
            return new Node(block, offset, length, writable);
        }
        Node node = husks[n - 1];
        husks[n - 1] = null;
        huskCount = n - 1;
        node.reset(block, offset, length, writable);
        return node;
    }

    /** A read-only node over {@code array[offset, offset + length)} of a caller's array. */
    Node link(byte[] array, int offset, int length) {
        int n = linkCount;
        if (n == 0) {
            return node(Block.wrap(array), offset, length, false);
        }
        Node node = links[n - 1];
        links[n - 1] = null;
        linkCount = n - 1;
        node.block.relink(array);
        node.reset(node.block, offset, length, false);
        return node;
    }

    /** Releases the references the rooms and links hold and forgets every spare. */
    void release() {
        Node[] keptRooms = rooms;
        int r = roomCount;
        Node[] keptLinks = links;
        int l = linkCount;
        rooms = links = husks = NONE;
        roomCount = linkCount = huskCount = 0;
        for (int i = 0; i < r; i++) {
            keptRooms[i].block.release();
        }
        for (int i = 0; i < l; i++) {
            keptLinks[i].block.release();
        }
    }

    private static Node[] push(Node[] stack, int size, Node node) {
        Node[] s = size == stack.length ? Arrays.copyOf(stack, Math.max(4, size * 2)) : stack;
        s[size] = node;
        return s;
    }
}
