package dev.zerothrift.runtime.codec;

import java.util.ConcurrentModificationException;

/**
 * A value wrote another number of bytes than its length said just before: it was changed while it
 * was written (by another thread, or by code the write called). The bytes written are not a valid
 * message and must be discarded.
 */
public final class LengthMismatchException extends ConcurrentModificationException {
    private final long expected;
    private final long written;

    public LengthMismatchException(String type, long expected, long written) {
        super(
                type
                        + " changed while it was written: its length was "
                        + expected
                        + " bytes, "
                        + (written > expected ? "more than " : "")
                        + written
                        + " were written");
        this.expected = expected;
        this.written = written;
    }

    /** The length computed before writing. */
    public long expected() {
        return expected;
    }

    /** The bytes written (when more than expected, as many as were written before it stopped). */
    public long written() {
        return written;
    }
}
