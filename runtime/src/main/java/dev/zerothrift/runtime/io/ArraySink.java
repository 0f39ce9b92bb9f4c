package dev.zerothrift.runtime.io;

import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link ByteSink} into one {@code byte[]}: either a growing array owned by the sink, or a fixed
 * range of the caller's array.
 *
 * <pre>
 *   array:  [ ... | written ........ | free ................ | ... ]
 *                 ^ start            ^ position()            ^ limit()
 * </pre>
 *
 * A growing sink doubles its array when a window is asked for that does not fit (the written bytes
 * are copied over; {@link #array()} then returns the new array). A fixed sink never grows: asking
 * for more room than is left throws a {@link ProtocolException} of kind {@code SIZE_LIMIT}, which
 * is how an encoder that precomputed the size detects a value changed while it was written.
 */
public final class ArraySink extends ByteSink {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private final boolean growable;
    private int start;

    private ArraySink(byte[] array, int offset, int length, boolean growable) {
        this.growable = growable;
        reset(array, offset, length);
    }

    /** A growing sink, first with an array of {@code initialCapacity} bytes. */
    public ArraySink(int initialCapacity) {
        this(new byte[Math.max(initialCapacity, 16)], 0, Math.max(initialCapacity, 16), true);
    }

    /** A growing sink with a 256-byte array to start with. */
    public ArraySink() {
        this(256);
    }

    /**
     * A sink that writes into {@code length} bytes of {@code array} from {@code offset}, never
     * more.
     */
    public static ArraySink fixed(byte[] array, int offset, int length) {
        return new ArraySink(array, offset, length, false);
    }

    /** A fixed sink over all of {@code array}. */
    public static ArraySink fixed(byte[] array) {
        return fixed(array, 0, array.length);
    }

    /** Writes from the start again (a growing sink keeps its array). */
    public ArraySink clear() {
        position = start;
        return this;
    }

    /** Writes into another range from now on. */
    public ArraySink reset(byte[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        this.buffer = array;
        this.start = offset;
        this.position = offset;
        this.limit = offset + length;
        return this;
    }

    /** The array written into (for a growing sink, the current one). */
    public byte[] array() {
        return buffer;
    }

    /** Index in {@link #array()} of the first byte written. */
    public int start() {
        return start;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(buffer, start, position);
    }

    @Override
    public long written() {
        return position - start;
    }

    @Override
    protected void nextWindow(int count) {
        long needed = (long) position + count;
        if (!growable || needed > MAX_ARRAY) {
            throw new ProtocolException(
                    ProtocolException.Kind.SIZE_LIMIT,
                    written(),
                    "sink full: "
                            + count
                            + " more bytes asked for at byte "
                            + written()
                            + ", "
                            + (limit - position)
                            + " free");
        }
        int capacity = (int) Math.min(MAX_ARRAY, Math.max(needed, 2L * buffer.length));
        buffer = Arrays.copyOf(buffer, capacity);
        limit = capacity;
    }
}
