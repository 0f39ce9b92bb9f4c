package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.netty.NettyChains;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Builds outgoing frames in a {@link Chain}: {@link #open} writes the frame's start, the caller
 * writes the message into the chain's sink, and {@link #finish} fills in the length and turns the
 * chain into a Netty buffer: one over the same blocks, or (what the client and server write) one
 * copy in a pooled I/O buffer of the channel's allocator.
 *
 * <pre>
 *   open:    [ 00 00 00 00 | TTHeader fields ]        (FRAMED: length only; UNFRAMED: nothing)
 *   write:   [ 00 00 00 00 | ... | message ........ ]
 *   finish:  [ length      | ... | message ........ ]  ──toByteBuf──► composite over the blocks
 *                                                      or ──copy──► one pooled direct buffer
 * </pre>
 *
 * Ownership: {@link #finish} releases the chain (the buffer it returns holds the blocks until Netty
 * has written and released it); on an error before {@code finish}, the caller releases the chain.
 */
public final class OutboundFrames {
    private OutboundFrames() {}

    /**
     * A chain from {@code pool} holding the start of a frame of {@code transport}.
     *
     * @param header the TTHeader, for {@link Transport#HEADER}; ignored otherwise.
     */
    public static Chain open(BlockPool pool, Transport transport, TTHeader header) {
        Chain chain = new Chain(pool);
        try {
            switch (transport) {
                case FRAMED -> {
                    chain.sink().ensure(4);
                    chain.sink().writeByte(0);
                    chain.sink().writeByte(0);
                    chain.sink().writeByte(0);
                    chain.sink().writeByte(0);
                }
                case HEADER -> header.writeTo(chain.sink());
                case UNFRAMED -> {}
            }
        } catch (RuntimeException e) {
            chain.release();
            throw e;
        }
        return chain;
    }

    /**
     * Fills in the frame length, releases the chain and returns a buffer over its bytes.
     *
     * @throws IllegalArgumentException when the frame is over {@code maxFrameSize} (the chain is
     *     released all the same).
     */
    public static ByteBuf finish(Chain chain, Transport transport, int maxFrameSize) {
        try {
            fillInLength(chain, transport, maxFrameSize);
            return NettyChains.toByteBuf(chain);
        } finally {
            chain.release();
        }
    }

    /**
     * Fills in the frame length, copies the frame into one I/O buffer of {@code alloc} (direct
     * memory where the platform allows) and releases the chain, whose blocks go straight back to
     * their pool.
     *
     * <p>This is what a channel writes: a socket writes only from native memory, and Netty turns a
     * heap buffer into a direct one before writing it anyway. For a composite over several blocks
     * it first merges them into a new heap array, then copies that: two copies and a garbage array
     * per frame, where this makes one copy into pooled memory.
     *
     * @throws IllegalArgumentException when the frame is over {@code maxFrameSize} (the chain is
     *     released all the same).
     */
    public static ByteBuf finish(
            Chain chain, Transport transport, int maxFrameSize, ByteBufAllocator alloc) {
        try {
            fillInLength(chain, transport, maxFrameSize);
            int length = chain.length();
            ByteBuf frame = alloc.ioBuffer(length, length);
            int count = chain.nodeCount();
            for (int i = 0; i < count; i++) {
                frame.writeBytes(chain.nodeArray(i), chain.nodeOffset(i), chain.nodeLength(i));
            }
            return frame;
        } finally {
            chain.release();
        }
    }

    private static void fillInLength(Chain chain, Transport transport, int maxFrameSize) {
        if (transport != Transport.UNFRAMED) {
            int size = chain.length() - 4;
            if (size > maxFrameSize) {
                throw new IllegalArgumentException(
                        "frame of " + size + " bytes is over the limit of " + maxFrameSize);
            }
            chain.setInt(0, size);
        }
    }
}
