package dev.zerothrift.runtime.bulk;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.SplittableRandom;

/**
 * A source over a message cut into windows of random, odd sizes (as {@link WindowedSink}), each
 * copied into a fresh block between random garbage, so a decoder that reads past {@link #limit()}
 * reads wrong bytes. A value that does not fit in the window is made contiguous in a new window
 * starting at it, as a chain source does with its scratch block.
 */
final class WindowedSource extends ByteSource {
    private final SplittableRandom random;
    private final byte[] message;
    private final int from;
    private final int end;
    private int windowStart;
    private int blockStart;

    WindowedSource(byte[] message, long seed) {
        this(message, 0, message.length, seed);
    }

    /** The message is {@code message[from..to)}; offsets count from {@code from}. */
    WindowedSource(byte[] message, int from, int to, long seed) {
        this.random = new SplittableRandom(seed);
        this.message = message;
        this.from = from;
        this.end = to;
        open(from, 0);
    }

    @Override
    public long remaining() {
        return end - absolute();
    }

    @Override
    public long offset() {
        return absolute() - from;
    }

    private int absolute() {
        return windowStart + (position - blockStart);
    }

    @Override
    protected void nextWindow(int count) {
        if (remaining() < count) {
            throw ProtocolException.truncated(offset(), count, remaining());
        }
        open(absolute(), count);
    }

    private void open(int at, int count) {
        int size = Math.min(end - at, Math.max(count, WindowedSink.windowSize(random)));
        int before = random.nextInt(8);
        buffer = new byte[before + size + random.nextInt(8)];
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) random.nextInt();
        }
        System.arraycopy(message, at, buffer, before, size);
        windowStart = at;
        blockStart = before;
        position = before;
        limit = before + size;
    }
}
