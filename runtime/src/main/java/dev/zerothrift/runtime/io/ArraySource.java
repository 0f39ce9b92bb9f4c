package dev.zerothrift.runtime.io;

import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.Objects;

/**
 * A {@link ByteSource} over one range of a {@code byte[]}: the whole message is a single window.
 *
 * <pre>
 *   array:  [ ... | already read | readable ............ | ... ]
 *                 ^ start        ^ position()            ^ limit() = end of the message
 * </pre>
 *
 * {@link #offset()} counts from {@code start}. Asking for more bytes than are left throws {@code
 * TRUNCATED}; nothing is ever read outside the range. The array is not copied: whoever owns it must
 * not change it while a reader uses it.
 */
public final class ArraySource extends ByteSource {
    private int start;

    /** A source over all of {@code array}. */
    public ArraySource(byte[] array) {
        this(array, 0, array.length);
    }

    /** A source over {@code length} bytes of {@code array} from {@code offset}. */
    public ArraySource(byte[] array, int offset, int length) {
        reset(array, offset, length);
    }

    /** Points this source at another range, so one instance serves many messages. */
    public ArraySource reset(byte[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        this.buffer = array;
        this.start = offset;
        this.position = offset;
        this.limit = offset + length;
        return this;
    }

    /** Moves back to the start of the range. */
    public ArraySource rewind() {
        position = start;
        return this;
    }

    /** Moves to {@code offset} bytes from the start of the range. */
    public ArraySource seek(int offset) {
        Objects.checkIndex(offset, limit - start + 1);
        position = start + offset;
        return this;
    }

    @Override
    public long remaining() {
        return limit - position;
    }

    @Override
    public long offset() {
        return position - start;
    }

    @Override
    protected void nextWindow(int count) {
        throw ProtocolException.truncated(offset(), count, remaining());
    }
}
