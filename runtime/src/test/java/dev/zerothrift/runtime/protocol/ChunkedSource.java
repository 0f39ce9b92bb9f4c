package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSource;

import java.util.Random;

/**
 * A source that shows a message through small windows, as a chain of small blocks would: windows
 * end at random block boundaries, and a value that straddles one is copied into a scratch window.
 * Exercises every path of the readers that a single array never takes.
 */
final class ChunkedSource extends ByteSource {
    private final byte[] data;
    private final int[] boundaries; // sorted block ends, the last is data.length

    /** Index in data of buffer[windowStart], when the window is over data itself (else -1). */
    private int windowBase;

    /** Index in data of the first byte of the window (any kind of window). */
    private int dataStart;

    private int windowStart;

    ChunkedSource(byte[] data, Random random, int maxBlock) {
        this.data = data;
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        int at = 0;
        while (at < data.length) {
            at = Math.min(data.length, at + 1 + random.nextInt(maxBlock));
            ends.add(at);
        }
        boundaries = ends.stream().mapToInt(Integer::intValue).toArray();
        openAt(0, 0);
    }

    private int blockEnd(int index) {
        for (int end : boundaries) {
            if (end > index) {
                return end;
            }
        }
        return data.length;
    }

    private void openAt(int index, int count) {
        int end = blockEnd(index);
        if (end - index >= count) {
            buffer = data;
            position = index;
            limit = end;
            windowStart = index;
        } else {
            byte[] scratch = new byte[count];
            System.arraycopy(data, index, scratch, 0, count);
            buffer = scratch;
            position = 0;
            limit = count;
            windowStart = 0;
        }
        dataStart = index;
    }

    private int dataIndex() {
        return dataStart + (position - windowStart);
    }

    @Override
    public long remaining() {
        return data.length - dataIndex();
    }

    @Override
    public long offset() {
        return dataIndex();
    }

    @Override
    protected void nextWindow(int count) {
        if (remaining() < count) {
            throw dev.zerothrift.runtime.protocol.ProtocolException.truncated(
                    offset(), count, remaining());
        }
        openAt(dataIndex(), count);
    }
}
