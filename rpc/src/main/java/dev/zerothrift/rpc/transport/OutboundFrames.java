package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.netty.NettyChains;

import io.netty.buffer.ByteBuf;

/**
 * Builds outgoing frames in a {@link Chain}: {@link #open} writes the frame's start, the caller
 * writes the message into the chain's sink, and {@link #finish} fills in the length and turns the
 * chain into a Netty buffer over the same blocks.
 *
 * <pre>
 *   open:    [ 00 00 00 00 | TTHeader fields ]        (FRAMED: length only; UNFRAMED: nothing)
 *   write:   [ 00 00 00 00 | ... | message ........ ]
 *   finish:  [ length      | ... | message ........ ]  ──toByteBuf──► composite over the blocks
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
            if (transport != Transport.UNFRAMED) {
                int size = chain.length() - 4;
                if (size > maxFrameSize) {
                    throw new IllegalArgumentException(
                            "frame of " + size + " bytes is over the limit of " + maxFrameSize);
                }
                chain.setInt(0, size);
            }
            return NettyChains.toByteBuf(chain);
        } finally {
            chain.release();
        }
    }
}
