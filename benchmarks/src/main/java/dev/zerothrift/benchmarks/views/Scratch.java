package dev.zerothrift.benchmarks.views;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.view.ListView;

/**
 * Arrays that bulk list reads fill, a chunk at a time, and the list views of a map's keys and
 * values. A reader of long primitive lists reads them in chunks into a small buffer it keeps, as it
 * keeps its view: {@code ListReadBench} (mytest-1m's 131,072 i64s, binary, 2026-12-02) read them in
 * 24.6 us in chunks of 512 and 34.8 us into one array of the list's size (the same bulk read, but a
 * 1 MiB array written and read back out of the L1 cache); {@code memcpy} of the message, 19.6 us. A
 * compact list's varints read in chunks resume where the previous chunk ended (the list view keeps
 * that position), so chunking costs no rescan.
 */
final class Scratch {
    /** Elements per bulk read: 4 KiB of longs, well inside the L1 data cache with their source. */
    static final int CHUNK = 512;

    final long[] longs = new long[CHUNK];
    final int[] ints = new int[CHUNK];
    final double[] doubles = new double[CHUNK];
    final ListView keys = new ListView();
    final ListView values = new ListView();

    /**
     * The binary payload, sliced out of each message and cleared once read: it keeps its nodes
     * between messages and holds no block between them, so it needs no release.
     */
    final Chain payload = new Chain();
}
