package dev.zerothrift.runtime.buffer.netty;

import dev.zerothrift.runtime.buffer.Block;

import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;

/**
 * A Netty heap buffer over a {@link Block}'s array, holding one reference to the block: when
 * Netty's count for the buffer reaches zero, the block is released instead of the array being
 * dropped.
 */
final class BlockByteBuf extends UnpooledHeapByteBuf {
    private final Block block;

    /** Takes over one reference to {@code block}. */
    BlockByteBuf(Block block) {
        super(UnpooledByteBufAllocator.DEFAULT, block.array(), block.capacity());
        this.block = block;
    }

    @Override
    protected byte[] allocateArray(int initialCapacity) {
        throw new UnsupportedOperationException("a chain's block cannot change capacity");
    }

    @Override
    protected void freeArray(byte[] array) {
        block.release();
    }
}
