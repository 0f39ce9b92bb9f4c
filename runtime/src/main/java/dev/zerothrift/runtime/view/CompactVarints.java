package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.protocol.CompactWire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bulk decoding of compact-protocol varint elements that the index has already checked (each ends
 * within 5 bytes for i32, 10 for i64), so no check is left to make: each varint is one
 * little-endian word load, its length from the first byte without the continuation bit, and its
 * 7-bit groups packed by {@link CompactWire#packedGroups} (one PEXT on x86 with BMI2). The bytes
 * are read from one array while a whole word and the longest varint fit before its {@code limit};
 * the caller reads the last few elements of a node through the chain.
 */
final class CompactVarints {
    private static final VarHandle I64_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
            int bits = CompactWire.endBits(word);
            long raw;
            if (bits != 0) { // at most 8 bytes
                raw = CompactWire.packedGroups(word, bits);
                at += bits >>> 3;
            } else { // 9 or 10 bytes: without a branch, as random i64s are either
                long b8 = a[at + 8];
                raw = CompactWire.packedLongTail(word, b8, a[at + 9]);
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
            int bits = CompactWire.endBits(word); // not 0: the index checked each ends in 5
            int raw = (int) CompactWire.packedGroups(word, bits);
            at += bits >>> 3;
            dst[off + i++] = (raw >>> 1) ^ -(raw & 1);
        }
        return (long) at << 32 | i;
    }
}
