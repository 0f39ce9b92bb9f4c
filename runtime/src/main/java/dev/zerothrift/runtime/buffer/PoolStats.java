package dev.zerothrift.runtime.buffer;

/**
 * A snapshot of a {@link BlockPool}'s counters.
 *
 * @param blocksTaken blocks handed out by {@link BlockPool#take}.
 * @param bytesTaken capacity of those blocks, in bytes.
 * @param blocksReturned blocks whose last reference was released.
 * @param bytesReturned capacity of those blocks, in bytes.
 * @param allocations arrays allocated because no pooled one was free (or too large to pool).
 * @param idleBlocks arrays waiting in the shared stacks (thread caches not counted).
 * @param idleBytes capacity of those arrays, in bytes.
 */
public record PoolStats(
        long blocksTaken,
        long bytesTaken,
        long blocksReturned,
        long bytesReturned,
        long allocations,
        long idleBlocks,
        long idleBytes) {

    /** Blocks taken and not yet freed. */
    public long outstandingBlocks() {
        return blocksTaken - blocksReturned;
    }

    /** Bytes of blocks taken and not yet freed. */
    public long outstandingBytes() {
        return bytesTaken - bytesReturned;
    }
}
