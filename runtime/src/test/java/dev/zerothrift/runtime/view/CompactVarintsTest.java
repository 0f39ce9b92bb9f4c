package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.protocol.CompactWire;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.Random;

/**
 * The bulk varint decoders against a plain one-at-a-time reference, on runs of every mix of
 * lengths, starting anywhere in the array and ending at any distance from its readable limit, so
 * that both the 64-byte blocks and the word-by-word loop, and the change from one to the other, are
 * taken.
 */
class CompactVarintsTest {

    /** A value of a random bit length, so that every varint length comes up in one run. */
    private static long randomLong(Random random) {
        int bits = random.nextInt(65);
        return bits == 0 ? 0 : random.nextLong() >> (64 - bits);
    }

    /** The reference: a byte at a time. */
    private static long plainVarint(byte[] a, int p) {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = a[p++];
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
    }

    @Property(tries = 500)
    void longsAsTheReferenceReads(
            @ForAll long seed,
            @ForAll @IntRange(max = 200) int n,
            @ForAll @IntRange(max = 20) int lead,
            @ForAll @IntRange(max = 80) int trail) {
        Random random = new Random(seed);
        long[] values = new long[n];
        byte[] a = new byte[lead + n * CompactWire.MAX_VARINT64_BYTES + trail];
        Arrays.fill(a, (byte) 0xff); // a decoder that read past a varint's end would fold these in
        int at = lead;
        for (int i = 0; i < n; i++) {
            values[i] = randomLong(random);
            at = CompactWire.putVarint(a, at, CompactWire.zigzag(values[i]));
        }
        int limit = at + trail;
        long[] dst = new long[n + 2];
        int done = 0;
        int p = lead;
        while (done < n) { // as ListView does: the bulk call, then one varint by the reference
            long packed = CompactVarints.longs(a, p, limit, dst, 1 + done, n - done);
            p = (int) (packed >>> 32);
            done += (int) packed;
            if (done < n) {
                assertTrue(limit - p < CompactWire.MAX_VARINT64_BYTES, "stopped early at " + p);
                long varint = plainVarint(a, p);
                dst[1 + done] = CompactWire.unzigzag(varint);
                p += CompactWire.varintSize(varint);
                done++;
            }
        }
        assertEquals(at, p);
        long[] want = new long[n + 2];
        System.arraycopy(values, 0, want, 1, n);
        assertArrayEquals(want, dst);
    }

    @Property(tries = 500)
    void intsAsTheReferenceReads(
            @ForAll long seed,
            @ForAll @IntRange(max = 200) int n,
            @ForAll @IntRange(max = 20) int lead,
            @ForAll @IntRange(max = 80) int trail) {
        Random random = new Random(seed);
        int[] values = new int[n];
        byte[] a = new byte[lead + n * 5 + trail];
        Arrays.fill(a, (byte) 0xff);
        int at = lead;
        for (int i = 0; i < n; i++) {
            values[i] = (int) randomLong(random);
            at = CompactWire.putVarint(a, at, CompactWire.zigzag(values[i]));
        }
        int limit = at + trail;
        int[] dst = new int[n + 2];
        int done = 0;
        int p = lead;
        while (done < n) {
            long packed = CompactVarints.ints(a, p, limit, dst, 1 + done, n - done);
            p = (int) (packed >>> 32);
            done += (int) packed;
            if (done < n) {
                assertTrue(limit - p < Long.BYTES, "stopped early at " + p);
                int varint = (int) plainVarint(a, p);
                dst[1 + done] = CompactWire.unzigzag(varint);
                p += CompactWire.varintSize(varint);
                done++;
            }
        }
        assertEquals(at, p);
        int[] want = new int[n + 2];
        System.arraycopy(values, 0, want, 1, n);
        assertArrayEquals(want, dst);
    }
}
