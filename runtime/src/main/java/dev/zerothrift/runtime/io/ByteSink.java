package dev.zerothrift.runtime.io;

/**
 * Where encoders write: a sequence of contiguous windows over {@code byte[]} blocks.
 *
 * <pre>
 *   buffer():  [ ...bytes of earlier writes... | free window ............. | ]
 *                                              ^ position()                ^ limit()
 * </pre>
 *
 * An encoder asks for a window with {@link #ensure(int)}, writes into {@link #buffer()} from {@link
 * #position()} on (with absolute puts, typically through a big-endian {@code VarHandle}), then
 * calls {@link #advance(int)} with the count it wrote. A window never straddles two blocks: when
 * the current block has fewer free bytes than asked for, {@link #nextWindow(int)} moves to a block
 * that has them (an array sink grows; a chain sink closes its node and links a new one).
 *
 * <p>Large byte arrays may be appended by reference with {@link #writeReference}: the sink then
 * owns none of that memory and the caller must not change the array until the bytes are sent.
 *
 * <p>Not thread-safe.
 */
public abstract class ByteSink {
    /** The block of the current window. */
    protected byte[] buffer;

    /** Index in {@link #buffer} of the next byte to write. */
    protected int position;

    /** Index in {@link #buffer} one past the last writable byte of the window. */
    protected int limit;

    /** Makes at least {@code count} contiguous writable bytes available at {@link #position()}. */
    public final void ensure(int count) {
        if (limit - position < count) {
            nextWindow(count);
        }
    }

    /** The block to write into, valid until the next {@link #ensure} or {@link #writeReference}. */
    public final byte[] buffer() {
        return buffer;
    }

    /** Index in {@link #buffer()} of the next byte to write. */
    public final int position() {
        return position;
    }

    /** Index in {@link #buffer()} one past the last writable byte of the current window. */
    public final int limit() {
        return limit;
    }

    /** Marks {@code count} bytes of the window, from {@link #position()} on, as written. */
    public final void advance(int count) {
        position += count;
    }

    /** Writes one byte. */
    public final void writeByte(int value) {
        ensure(1);
        buffer[position++] = (byte) value;
    }

    /** Copies {@code length} bytes of {@code source} from {@code offset} into the sink. */
    public void writeBytes(byte[] source, int offset, int length) {
        while (length > 0) {
            if (position == limit) {
                nextWindow(1);
            }
            int chunk = Math.min(length, limit - position);
            System.arraycopy(source, offset, buffer, position, chunk);
            position += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    /**
     * Appends {@code length} bytes of {@code source} from {@code offset}, by reference where the
     * sink can (a chain links the array as a node of its own); this implementation copies. Returns
     * true when the bytes were taken by reference, so callers can count copied and uncopied bytes
     * apart.
     */
    public boolean writeReference(byte[] source, int offset, int length) {
        writeBytes(source, offset, length);
        return false;
    }

    /** Total bytes written through this sink since it was created or last reset. */
    public abstract long written();

    /**
     * Moves to a window of at least {@code count} contiguous free bytes. The bytes written so far
     * stay where they are (or are carried over, for a growing array) and count as written.
     */
    protected abstract void nextWindow(int count);
}
