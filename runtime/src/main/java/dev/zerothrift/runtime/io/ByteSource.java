package dev.zerothrift.runtime.io;

import dev.zerothrift.runtime.protocol.ProtocolException;

/**
 * Where decoders read: the bytes of one message seen through contiguous windows over {@code byte[]}
 * blocks.
 *
 * <pre>
 *   buffer():  [ ...already read... | readable window ........ | (not part of the window) ]
 *                                   ^ position()               ^ limit()
 * </pre>
 *
 * A decoder asks for {@code n} contiguous bytes with {@link #require(int)}, reads them from {@link
 * #buffer()} at {@link #position()} with absolute gets, and then {@link #skip(int)}s them. When the
 * current window holds fewer than {@code n} bytes, {@link #nextWindow(int)} makes them contiguous
 * (a chain source copies the few bytes that straddle two nodes into a scratch block; values never
 * straddle in an array source). {@link #remaining()} counts every byte left in the message, not
 * only the window's, so that a declared length can be checked against it before anything is
 * allocated.
 *
 * <p>Not thread-safe.
 */
public abstract class ByteSource {
    /** The block of the current window. */
    protected byte[] buffer;

    /** Index in {@link #buffer} of the next byte to read. */
    protected int position;

    /** Index in {@link #buffer} one past the last readable byte of the window. */
    protected int limit;

    /**
     * Makes {@code count} contiguous bytes readable at {@link #position()}, or throws a {@link
     * ProtocolException} of kind {@code TRUNCATED} when the message has fewer left.
     */
    public final void require(int count) {
        if (limit - position < count) {
            nextWindow(count);
        }
    }

    /** The block to read from, valid until the next {@link #require}. */
    public final byte[] buffer() {
        return buffer;
    }

    /** Index in {@link #buffer()} of the next byte to read. */
    public final int position() {
        return position;
    }

    /** Index in {@link #buffer()} one past the last readable byte of the current window. */
    public final int limit() {
        return limit;
    }

    /** Consumes {@code count} bytes that an earlier {@link #require} made readable. */
    public final void skip(int count) {
        position += count;
    }

    /** Reads one byte. */
    public final byte readByte() {
        require(1);
        return buffer[position++];
    }

    /** Bytes left in the whole message, inside and beyond the current window. */
    public abstract long remaining();

    /** Offset of {@link #position()} from the start of the message, for error messages. */
    public abstract long offset();

    /**
     * Copies {@code length} bytes into {@code target} at {@code offset}, across windows. Throws
     * {@code TRUNCATED} when fewer remain.
     */
    public void readBytes(byte[] target, int offset, int length) {
        if (remaining() < length) {
            throw ProtocolException.truncated(offset(), length, remaining());
        }
        while (length > 0) {
            if (position == limit) {
                nextWindow(1);
            }
            int chunk = Math.min(length, limit - position);
            System.arraycopy(buffer, position, target, offset, chunk);
            position += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    /**
     * Makes at least {@code count} contiguous bytes readable, or throws {@code TRUNCATED} when the
     * message has fewer than {@code count} bytes left.
     */
    protected abstract void nextWindow(int count);
}
