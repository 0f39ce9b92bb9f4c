package dev.zerothrift.runtime.buffer;

import java.util.concurrent.atomic.LongAdder;

/**
 * Size-classed pool of {@code byte[]} blocks.
 *
 * <pre>
 *   class:     0     1     2    ...   k            ...   maxClass     beyond
 *   capacity:  64   128   256   ...   64 &lt;&lt; k          maxPooled    plain new byte[n], not kept
 *
 *   take(n) ──► thread cache[class(n)] ──empty──► shared stack[class(n)] ──empty──► new byte[]
 *   free    ──► thread cache[class]    ──full───► shared stack[class]    ──full───► dropped (GC)
 * </pre>
 *
 * A request is rounded up to a power of two, so a block of any size can serve any later request of
 * its class, large ones included. Each class has a bounded shared stack (at most {@code
 * sharedBytesPerClass} bytes of arrays, guarded by a lock per class) and, for platform threads, a
 * small per-thread cache in front of it (at most {@code threadBytesPerClass} bytes, only for
 * classes up to {@link #THREAD_CACHE_MAX}), so the common take-then-free on one thread takes no
 * lock. Virtual threads skip the thread cache: there may be millions of them, and a cache per
 * virtual thread would strand memory. Arrays are not zeroed when reused.
 *
 * <p>The pool keeps arrays, not {@link Block}s: every {@link #take} makes a fresh block object, so
 * a stale reference to a freed block is detected and never aliases the block that reuses its array.
 *
 * <p>Counters ({@link #stats()}) are always on. Thread-safe.
 */
public final class BlockPool {
    /** The smallest block: requests below it are rounded up to it. */
    public static final int MIN_BLOCK = 64;

    /** Default largest pooled block (1 MiB); larger requests are plain allocations. */
    public static final int DEFAULT_MAX_POOLED = 1 << 20;

    /** Default cap on the arrays kept in one class's shared stack (4 MiB). */
    public static final int DEFAULT_SHARED_BYTES_PER_CLASS = 4 << 20;

    /** Default cap on the arrays one thread caches for one class (128 KiB). */
    public static final int DEFAULT_THREAD_BYTES_PER_CLASS = 128 << 10;

    /** Classes above this size (64 KiB) are not cached per thread. */
    public static final int THREAD_CACHE_MAX = 64 << 10;

    private static final int MIN_SHIFT = 6;
    private static final int MAX_COUNT_PER_CLASS = 1024;
    private static final int MAX_THREAD_COUNT_PER_CLASS = 32;

    private static final BlockPool SHARED = new BlockPool();

    private final int maxPooled;
    private final Stack[] shared;
    private final int[] threadCaps;
    private final ThreadLocal<ThreadCache> threadCache;

    private final LongAdder blocksTaken = new LongAdder();
    private final LongAdder bytesTaken = new LongAdder();
    private final LongAdder blocksReturned = new LongAdder();
    private final LongAdder bytesReturned = new LongAdder();
    private final LongAdder allocations = new LongAdder();

    /** A pool with the default caps. */
    public BlockPool() {
        this(DEFAULT_MAX_POOLED, DEFAULT_SHARED_BYTES_PER_CLASS, DEFAULT_THREAD_BYTES_PER_CLASS);
    }

    /**
     * @param maxPooled largest pooled block, a power of two from {@link #MIN_BLOCK} to 2^30.
     * @param sharedBytesPerClass cap on the bytes of arrays kept per class (at least one array).
     * @param threadBytesPerClass cap on the bytes of arrays a thread caches per class; 0 disables
     *     thread caches.
     */
    public BlockPool(int maxPooled, int sharedBytesPerClass, int threadBytesPerClass) {
        if (maxPooled < MIN_BLOCK || maxPooled > 1 << 30 || Integer.bitCount(maxPooled) != 1) {
            throw new IllegalArgumentException(
                    "maxPooled must be a power of two in [" + MIN_BLOCK + ", 2^30]: " + maxPooled);
        }
        if (sharedBytesPerClass < 0 || threadBytesPerClass < 0) {
            throw new IllegalArgumentException(
                    "negative cap: shared "
                            + sharedBytesPerClass
                            + ", thread "
                            + threadBytesPerClass);
        }
        this.maxPooled = maxPooled;
        int classes = classOf(maxPooled) + 1;
        shared = new Stack[classes];
        threadCaps = new int[classes];
        for (int c = 0; c < classes; c++) {
            int size = sizeOf(c);
            shared[c] = new Stack(clamp(sharedBytesPerClass / size, 1, MAX_COUNT_PER_CLASS));
            threadCaps[c] =
                    size > THREAD_CACHE_MAX
                            ? 0
                            : clamp(threadBytesPerClass / size, 0, MAX_THREAD_COUNT_PER_CLASS);
        }
        threadCache = ThreadLocal.withInitial(() -> new ThreadCache(threadCaps));
    }

    /** The pool chains use unless given another. */
    public static BlockPool shared() {
        return SHARED;
    }

    /** Largest pooled block size. */
    public int maxPooled() {
        return maxPooled;
    }

    /**
     * A block of at least {@code minCapacity} bytes (exactly the next power of two, at least {@link
     * #MIN_BLOCK}, up to {@link #maxPooled()}; beyond it exactly {@code minCapacity}), with one
     * reference for the caller.
     */
    public Block take(int minCapacity) {
        if (minCapacity < 0) {
            throw new IllegalArgumentException("negative block size: " + minCapacity);
        }
        byte[] array;
        if (minCapacity > maxPooled) {
            array = new byte[minCapacity];
            allocations.increment();
        } else {
            int c = classOf(minCapacity);
            array = takeArray(c);
            if (array == null) {
                array = new byte[sizeOf(c)];
                allocations.increment();
            }
        }
        blocksTaken.increment();
        bytesTaken.add(array.length);
        return Block.pooled(array, this);
    }

    /** A snapshot of this pool's counters. */
    public PoolStats stats() {
        int idle = 0;
        long idleBytes = 0;
        for (int c = 0; c < shared.length; c++) {
            int count = shared[c].size();
            idle += count;
            idleBytes += (long) count * sizeOf(c);
        }
        return new PoolStats(
                blocksTaken.sum(),
                bytesTaken.sum(),
                blocksReturned.sum(),
                bytesReturned.sum(),
                allocations.sum(),
                idle,
                idleBytes);
    }

    /** Called by {@link Block#release()} when the count reaches zero. */
    void recycle(byte[] array) {
        blocksReturned.increment();
        bytesReturned.add(array.length);
        int size = array.length;
        if (size > maxPooled || Integer.bitCount(size) != 1) {
            return; // a plain allocation: let it go
        }
        int c = classOf(size);
        if (threadCaps[c] > 0
                && !Thread.currentThread().isVirtual()
                && threadCache.get().push(c, array)) {
            return;
        }
        shared[c].push(array);
    }

    private byte[] takeArray(int c) {
        if (threadCaps[c] > 0 && !Thread.currentThread().isVirtual()) {
            byte[] array = threadCache.get().pop(c);
            if (array != null) {
                return array;
            }
        }
        return shared[c].pop();
    }

    static int classOf(int size) {
        return size <= MIN_BLOCK ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1) - MIN_SHIFT;
    }

    static int sizeOf(int sizeClass) {
        return MIN_BLOCK << sizeClass;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** A bounded LIFO of arrays of one class. */
    private static final class Stack {
        private final byte[][] items;
        private int size;

        Stack(int capacity) {
            items = new byte[capacity][];
        }

        synchronized byte[] pop() {
            if (size == 0) {
                return null;
            }
            byte[] array = items[--size];
            items[size] = null;
            return array;
        }

        synchronized void push(byte[] array) {
            if (size < items.length) {
                items[size++] = array;
            }
        }

        synchronized int size() {
            return size;
        }
    }

    /** One platform thread's arrays, per class; only that thread touches it. */
    private static final class ThreadCache {
        private final byte[][][] stacks;
        private final int[] counts;

        ThreadCache(int[] caps) {
            stacks = new byte[caps.length][][];
            for (int c = 0; c < caps.length; c++) {
                stacks[c] = new byte[caps[c]][];
            }
            counts = new int[caps.length];
        }

        byte[] pop(int c) {
            int count = counts[c];
            if (count == 0) {
                return null;
            }
            byte[] array = stacks[c][--count];
            stacks[c][count] = null;
            counts[c] = count;
            return array;
        }

        boolean push(int c, byte[] array) {
            int count = counts[c];
            if (count == stacks[c].length) {
                return false;
            }
            stacks[c][count] = array;
            counts[c] = count + 1;
            return true;
        }
    }
}
