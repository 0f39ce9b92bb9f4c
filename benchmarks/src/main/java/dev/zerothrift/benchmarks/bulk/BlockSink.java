package dev.zerothrift.benchmarks.bulk;

import dev.zerothrift.runtime.io.ByteSink;

/**
 * A sink over a fixed set of equal blocks, reused from the first on each {@link #reset()}: what a
 * chain of pooled blocks looks like to an encoder, without the pool.
 */
final class BlockSink extends ByteSink {
    private final byte[][] blocks;
    private int block;
    private long done;

    BlockSink(int blockSize, int capacity) {
        blocks = new byte[capacity / blockSize + 2][blockSize];
        reset();
    }

    BlockSink reset() {
        block = 0;
        done = 0;
        buffer = blocks[0];
        position = 0;
        limit = buffer.length;
        return this;
    }

    @Override
    public long written() {
        return done + position;
    }

    @Override
    protected void nextWindow(int count) {
        if (count > blocks[0].length || block + 1 == blocks.length) {
            throw new IllegalStateException("benchmark sink too small");
        }
        done += position;
        buffer = blocks[++block];
        position = 0;
        limit = buffer.length;
    }
}
