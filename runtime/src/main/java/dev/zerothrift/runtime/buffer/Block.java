package dev.zerothrift.runtime.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A {@code byte[]} with a reference count: the unit of memory that chains share.
 *
 * <pre>
 *   take / wrap ──► refCount 1 ──retain()──► 2 ──release()──► 1 ──release()──► 0: freed
 *                                                                              │
 *                          pooled: the array goes back to its {@link BlockPool} ┘
 *                          wrapped: the owner's release hook runs (or nothing, for a caller's array)
 * </pre>
 *
 * Whoever holds a block holds one reference and gives it back with exactly one {@link #release()}.
 * A release after the count reached zero, or a {@link #retain()} or {@link #array()} of a freed
 * block, throws {@link IllegalStateException} (in strict {@link LeakDetector} mode the message says
 * where the block was freed), so a double release cannot put one array into a pool twice. A freed
 * block object is never reused: the pool recycles arrays, not blocks. (A block wrapping a caller's
 * array that a cleared chain alone still references is not freed: the chain keeps it, and points it
 * at the next array it links; see {@code SpareNodes}.)
 *
 * <p>Thread-safe: the count is updated atomically.
 */
public final class Block {
    private static final VarHandle REF_COUNT;

    static {
        try {
            REF_COUNT = MethodHandles.lookup().findVarHandle(Block.class, "refCount", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private byte[] array; // changes only by relink, while one chain alone references the block
    private final BlockPool pool;
    private final Runnable onFree;

    @SuppressWarnings("unused") // accessed through REF_COUNT
    private volatile int refCount = 1;

    private Throwable freedAt;

    private Block(byte[] array, BlockPool pool, Runnable onFree) {
        this.array = array;
        this.pool = pool;
        this.onFree = onFree;
        LeakDetector.taken(this);
    }

    static Block pooled(byte[] array, BlockPool pool) {
        return new Block(array, pool, null);
    }

    /**
     * A block over a caller's array, which stays the caller's: freeing the block does nothing to
     * the array. The caller must not change the bytes while the block is referenced.
     */
    public static Block wrap(byte[] array) {
        return new Block(array, null, null);
    }

    /**
     * A block over memory owned elsewhere (a Netty {@code ByteBuf}, say): {@code onFree} runs once,
     * when the count reaches zero.
     */
    public static Block wrap(byte[] array, Runnable onFree) {
        return new Block(array, null, onFree);
    }

    /** The memory. Throws {@link IllegalStateException} once the block is freed. */
    public byte[] array() {
        if ((int) REF_COUNT.getVolatile(this) <= 0) {
            throw freed("array()");
        }
        return array;
    }

    /** Bytes in {@link #array()}. */
    public int capacity() {
        return array.length;
    }

    /** References outstanding; 0 once freed. */
    public int refCount() {
        return (int) REF_COUNT.getVolatile(this);
    }

    /** Whether the array returns to a pool when the block is freed. */
    public boolean isPooled() {
        return pool != null;
    }

    /** Whether this wraps a caller's array ({@link #wrap(byte[])}): nothing happens when freed. */
    boolean isCallersArray() {
        return pool == null && onFree == null;
    }

    /**
     * Points a caller's-array block at another caller's array: only by the chain holding the one
     * reference, while the block is linked nowhere.
     */
    void relink(byte[] array) {
        this.array = array;
    }

    /** Adds a reference. */
    public Block retain() {
        int count;
        do {
            count = (int) REF_COUNT.getVolatile(this);
            if (count <= 0) {
                throw freed("retain()");
            }
            if (count == Integer.MAX_VALUE) {
                throw new IllegalStateException("reference count overflow on " + this);
            }
        } while (!REF_COUNT.compareAndSet(this, count, count + 1));
        return this;
    }

    /** Gives one reference back; returns true when that freed the block. */
    public boolean release() {
        int count;
        do {
            count = (int) REF_COUNT.getVolatile(this);
            if (count <= 0) {
                throw freed("release()");
            }
        } while (!REF_COUNT.compareAndSet(this, count, count - 1));
        if (count > 1) {
            return false;
        }
        if (LeakDetector.isStrict()) {
            freedAt = new Throwable("block freed here");
        }
        LeakDetector.freed(this);
        if (pool != null) {
            pool.recycle(array);
        } else if (onFree != null) {
            onFree.run();
        }
        return true;
    }

    /**
     * What the block is, for the leak detector's report: made only when asked (in strict mode), so
     * that taking a block builds no string.
     */
    String description() {
        String kind =
                pool != null ? "pooled block" : onFree == null ? "wrapped array" : "borrowed array";
        return kind + " of " + array.length + " bytes";
    }

    private IllegalStateException freed(String operation) {
        String text = operation + " on a released block (" + array.length + " bytes)";
        if (freedAt == null) {
            return new IllegalStateException(
                    text + "; run with -D" + LeakDetector.PROPERTY + "=strict to see where");
        }
        return new IllegalStateException(text + "; it was freed at the cause's stack", freedAt);
    }

    @Override
    public String toString() {
        return "Block[" + array.length + " bytes, refCount " + refCount() + "]";
    }
}
