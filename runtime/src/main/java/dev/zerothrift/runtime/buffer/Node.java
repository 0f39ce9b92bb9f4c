package dev.zerothrift.runtime.buffer;

/**
 * One window {@code [offset, offset + length)} of a {@link Block}, holding one of the block's
 * references. {@code writable} means the block's bytes after the window belong to this node alone
 * (it took the block fresh, or continues one whose earlier node gave the right up), so a sink may
 * grow it in place; a slice's nodes and the left part of a split are never writable. The window
 * moves only when a chain rewinds a node it keeps as spare room ({@link #rewind()}); a node changes
 * block only while a cleared chain keeps it as a spare ({@link SpareNodes}), linked nowhere.
 */
final class Node {
    private static final byte[] NO_BYTES = new byte[0];

    Block block; // null only in a spare husk
    byte[] array;
    int offset;
    int length;
    boolean writable;

    Node(Block block, int offset, int length, boolean writable) {
        this.block = block;
        this.array = block.array();
        this.offset = offset;
        this.length = length;
        this.writable = writable;
    }

    /** Makes this node a window onto {@code block} (null for a husk), reusing the object. */
    void reset(Block block, int offset, int length, boolean writable) {
        this.block = block;
        this.array = block == null ? NO_BYTES : block.array();
        this.offset = offset;
        this.length = length;
        this.writable = writable;
    }

    /**
     * Makes this node an empty writable window at the start of its block, for a chain that keeps it
     * as spare room ({@link Chain#clear()}): only when the chain holds the block's only reference.
     */
    void rewind() {
        offset = 0;
        length = 0;
        writable = true;
    }

    /** Free bytes after the window, usable only when {@link #writable}. */
    int room() {
        return array.length - offset - length;
    }
}
