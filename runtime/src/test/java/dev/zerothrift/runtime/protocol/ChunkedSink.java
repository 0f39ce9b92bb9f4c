package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSink;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/** A sink of small windows (a chain of small blocks), which takes large arrays by reference. */
final class ChunkedSink extends ByteSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Random random;
    private final int maxBlock;
    private long flushed;

    ChunkedSink(Random random, int maxBlock) {
        this.random = random;
        this.maxBlock = maxBlock;
        buffer = new byte[0];
    }

    @Override
    public boolean writeReference(byte[] source, int offset, int length) {
        flush();
        out.write(source, offset, length);
        flushed += length;
        buffer = new byte[0];
        position = 0;
        limit = 0;
        return true;
    }

    private void flush() {
        out.write(buffer, 0, position);
        flushed += position;
    }

    @Override
    public long written() {
        return flushed + position;
    }

    @Override
    protected void nextWindow(int count) {
        flush();
        buffer = new byte[Math.max(count, 1 + random.nextInt(maxBlock))];
        position = 0;
        limit = buffer.length;
    }

    byte[] toByteArray() {
        flush();
        buffer = new byte[0];
        position = 0;
        limit = 0;
        return out.toByteArray();
    }
}
