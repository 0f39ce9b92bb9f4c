package dev.zerothrift.rpc.transport;

import dev.zerothrift.runtime.io.ByteSource;

/**
 * A {@link ByteSource} over the bytes received so far of a message whose end is not known yet.
 *
 * <p>{@link #remaining()} answers with the bytes the message may still have under the size limit,
 * not the bytes received, so a reader's length checks reject only what is over the limit; reading
 * past the bytes received throws {@link NeedMore}, which tells how many bytes the message has at
 * least.
 */
final class PrefixSource extends ByteSource {
    /** Thrown (preallocated, no stack) when a read goes past the bytes received. */
    static final class NeedMore extends RuntimeException {
        NeedMore() {
            super("need more bytes", null, false, false);
        }
    }

    private static final NeedMore NEED_MORE = new NeedMore();

    private int base;
    private int virtualLength;
    private long needed;

    /**
     * Reads {@code array[offset, offset + received)} as the start of a message of at most {@code
     * maxLength} bytes.
     */
    PrefixSource reset(byte[] array, int offset, int received, int maxLength) {
        buffer = array;
        position = base = offset;
        limit = offset + Math.min(received, maxLength);
        virtualLength = maxLength;
        needed = 0;
        return this;
    }

    /** After a {@link NeedMore}: the least number of bytes the message has. */
    long needed() {
        return needed;
    }

    /** Whether the window reaches the size limit (no more bytes could be part of the message). */
    boolean atLimit() {
        return limit - base >= virtualLength;
    }

    @Override
    public long remaining() {
        return virtualLength - (long) (position - base);
    }

    @Override
    public long offset() {
        return position - base;
    }

    @Override
    protected void nextWindow(int count) {
        needed = (long) position - base + count;
        throw NEED_MORE;
    }
}
