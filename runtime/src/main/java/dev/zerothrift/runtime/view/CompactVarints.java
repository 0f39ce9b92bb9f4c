package dev.zerothrift.runtime.view;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bulk decoding of compact-protocol varint elements that the index has already checked (each ends
 * within 5 bytes for i32, 10 for i64), so no check is left to make: each varint is one
 * little-endian word load, its length from the first byte without the continuation bit, and its
 * 7-bit groups packed by {@link Long#compress} (one instruction where the CPU has one, as x86's
 * PEXT). The bytes are read from one array while a whole word and the longest varint fit before its
 * {@code limit}; the caller reads the last few elements of a node through the chain.
 */
final class CompactVarints {
    private static final VarHandle I64_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long CONTINUATION = 0x8080808080808080L;
    private static final long GROUPS = 0x7f7f7f7f7f7f7f7fL;

    /** The longest i64 varint. */
    private static final int MAX_I64 = 10;

    private CompactVarints() {}

    /**
     * Decodes up to {@code n} zigzag i64 varints from {@code a[at]} into {@code dst[off]}, reading
     * no byte at or past {@code limit} (the end of the readable bytes; it stops when the next one
     * might reach past it). Returns the index in {@code a} after the last one decoded in the high
     * 32 bits and how many were decoded in the low 32 bits.
     */
    static long longs(byte[] a, int at, int limit, long[] dst, int off, int n) {
        int i = 0;
        int safeEnd = limit - MAX_I64;
        while (i < n && at <= safeEnd) {
            long word = (long) I64_LE.get(a, at);
            long stops = ~word & CONTINUATION;
            long raw;
            if (stops != 0) { // at most 8 bytes
                int bits = Long.numberOfTrailingZeros(stops) + 1; // through the varint's last byte
                raw = Long.compress(word, GROUPS & -1L >>> (Long.SIZE - bits));
                at += bits >>> 3;
            } else { // 9 or 10 bytes: byte 9 counts (its low bit) when byte 8 continues
                long b8 = a[at + 8];
                raw =
                        Long.compress(word, GROUPS)
                                | (b8 & 0x7f) << 56
                                | (long) a[at + 9] << 63 & b8 >> 63;
                at += 9 + (int) (b8 >>> 63);
            }
            dst[off + i++] = (raw >>> 1) ^ -(raw & 1);
        }
        return (long) at << 32 | i;
    }

    /**
     * {@link #longs} for zigzag i32 varints (bits of a fifth byte past the 32nd dropped, as
     * libthrift drops them).
     */
    static long ints(byte[] a, int at, int limit, int[] dst, int off, int n) {
        int i = 0;
        int safeEnd = limit - Long.BYTES;
        while (i < n && at <= safeEnd) {
            long word = (long) I64_LE.get(a, at);
            int bits = Long.numberOfTrailingZeros(~word & CONTINUATION) + 1;
            int raw = (int) Long.compress(word, GROUPS & -1L >>> (Long.SIZE - bits));
            at += bits >>> 3;
            dst[off + i++] = (raw >>> 1) ^ -(raw & 1);
        }
        return (long) at << 32 | i;
    }
}
