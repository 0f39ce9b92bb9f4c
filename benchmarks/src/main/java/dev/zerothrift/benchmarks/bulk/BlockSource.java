package dev.zerothrift.benchmarks.bulk;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.Arrays;

/**
 * A source over a message cut into equal blocks: what a received chain looks like to a decoder.
 * Block sizes here are multiples of every element size, so no value straddles two blocks (a chain
 * source would copy such a value into a scratch block).
 */
final class BlockSource extends ByteSource {
    private final byte[][] blocks;
    private final int[] lengths;
    private final long size;
    private int block;
    private long before;

    BlockSource(byte[] message, int blockSize) {
        int n = Math.max(1, (message.length + blockSize - 1) / blockSize);
        blocks = new byte[n][];
        lengths = new int[n];
        for (int i = 0; i < n; i++) {
            int from = i * blockSize;
            lengths[i] = Math.min(blockSize, message.length - from);
            blocks[i] = Arrays.copyOfRange(message, from, from + blockSize);
        }
        size = message.length;
        reset();
    }

    BlockSource reset() {
        block = 0;
        before = 0;
        buffer = blocks[0];
        position = 0;
        limit = lengths[0];
        return this;
    }

    @Override
    public long remaining() {
        return size - offset();
    }

    @Override
    public long offset() {
        return before + position;
    }

    @Override
    protected void nextWindow(int count) {
        if (remaining() < count) {
            throw ProtocolException.truncated(offset(), count, remaining());
        }
        if (position < limit) {
            throw new IllegalStateException("no value straddles two blocks in this benchmark");
        }
        before += limit;
        buffer = blocks[++block];
        position = 0;
        limit = lengths[block];
    }
}
