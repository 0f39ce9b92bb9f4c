package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.runtime.io.ByteSink;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A sink that hands out small windows of random, odd sizes (mostly 1..37 bytes, now and then up to
 * 2 KiB so that vector loops run too), each in the middle of a fresh block filled with a sentinel,
 * and checks when it moves on that nothing was written outside the window.
 */
final class WindowedSink extends ByteSink {
    private static final byte SENTINEL = (byte) 0xA5;

    private final SplittableRandom random;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int start;
    private int windows;

    WindowedSink(long seed) {
        random = new SplittableRandom(seed);
        open(0);
    }

    /** The bytes written, after checking the last window. */
    byte[] toByteArray() {
        close();
        open(0);
        return out.toByteArray();
    }

    /** How many windows were handed out. */
    int windows() {
        return windows;
    }

    @Override
    public long written() {
        return out.size() + position - start;
    }

    @Override
    protected void nextWindow(int count) {
        close();
        open(count);
    }

    private void close() {
        out.write(buffer, start, position - start);
        for (int i = 0; i < buffer.length; i++) {
            if (i < start || i >= limit) {
                assertEquals(SENTINEL, buffer[i], "byte written outside the window at " + i);
            }
        }
    }

    private void open(int count) {
        int size = Math.max(count, windowSize(random));
        int before = random.nextInt(8);
        buffer = new byte[before + size + random.nextInt(8)];
        Arrays.fill(buffer, SENTINEL);
        start = before;
        position = before;
        limit = before + size;
        windows++;
    }

    /** Mostly tiny windows, sometimes a large one. */
    static int windowSize(SplittableRandom random) {
        return random.nextInt(4) == 0 ? 1 + random.nextInt(2048) : 1 + random.nextInt(37);
    }
}
