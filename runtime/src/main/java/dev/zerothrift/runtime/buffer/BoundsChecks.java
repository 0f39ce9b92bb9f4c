package dev.zerothrift.runtime.buffer;

/**
 * Whether chains check positions and lengths before touching memory, and the messages they throw.
 *
 * <p>Checks are on unless the system property {@value #DISABLE_PROPERTY} is {@code true} (read
 * once, into {@link #SHOULD_BOUNDS_CHECK}, so the JIT folds the test away). With checks off, a bad
 * position on a chain's absolute accessors is not reported with a clear message; the JVM's own
 * array bounds checks still apply, so memory outside the blocks is never touched, but a position
 * past a node may read bytes of the block that belong to no node. Turn them off only for code whose
 * positions come from a validated index.
 */
public final class BoundsChecks {
    /** System property that turns chain bounds checks off when {@code true}. */
    public static final String DISABLE_PROPERTY = "zerothrift.disableBoundsChecks";

    /** Read once from {@value #DISABLE_PROPERTY}. */
    public static final boolean SHOULD_BOUNDS_CHECK = !Boolean.getBoolean(DISABLE_PROPERTY);

    private BoundsChecks() {}

    /** Throws unless {@code [index, index + size)} lies in {@code [0, length)}. */
    public static void checkIndex(long index, int size, long length) {
        if (index < 0 || index > length - size) {
            throw new IndexOutOfBoundsException(
                    "index " + index + " (+" + size + " bytes) out of range [0, " + length + ")");
        }
    }

    /**
     * Throws unless {@code length} is not negative and {@code [from, from + length)} lies in {@code
     * [0, capacity)}.
     */
    public static void checkRange(long from, long length, long capacity) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length: " + length);
        }
        if (from < 0 || from > capacity - length) {
            throw new IndexOutOfBoundsException(
                    "range ["
                            + from
                            + ", "
                            + (from + length)
                            + ") out of bounds [0, "
                            + capacity
                            + ")");
        }
    }
}
