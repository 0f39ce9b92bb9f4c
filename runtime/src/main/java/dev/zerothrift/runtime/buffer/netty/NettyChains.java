package dev.zerothrift.runtime.buffer.netty;

import dev.zerothrift.runtime.buffer.Block;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.ChainSink;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Conversions between {@link Chain}s and Netty {@link ByteBuf}s that copy nothing when the memory
 * is a heap array.
 *
 * <pre>
 *   chain:     [ node 0 ][ node 1 ][ node 2 ]          each node: a window on a Block
 *                  │         │         │
 *   toByteBuf: slice     slice     slice              each wraps the block's array and holds
 *              └──── CompositeByteBuf ────┘            one more reference to the block
 * </pre>
 *
 * Ownership: {@link #toByteBuf} retains every block it wraps, so the chain and the buffer are
 * released independently (typically: write the buffer to a Netty channel, which releases it, and
 * release the chain). {@link #toChain} retains the buffer for every heap component it links, so the
 * buffer and the chain are released independently too; the buffer's indexes are not changed.
 */
public final class NettyChains {
    private NettyChains() {}

    /**
     * A buffer over the chain's bytes: readable from 0 to {@link Chain#length()}, one component per
     * node, wrapping the blocks' arrays. Writes into it show in the chain, and the reverse.
     */
    public static ByteBuf toByteBuf(Chain chain) {
        int count = chain.nodeCount();
        if (count == 0) {
            return Unpooled.buffer(0, 0);
        }
        if (count == 1) {
            return wrap(chain, 0);
        }
        CompositeByteBuf composite = Unpooled.compositeBuffer(Integer.MAX_VALUE);
        try {
            for (int i = 0; i < count; i++) {
                composite.addComponent(true, wrap(chain, i));
            }
        } catch (RuntimeException e) {
            composite.release();
            throw e;
        }
        return composite;
    }

    private static ByteBuf wrap(Chain chain, int node) {
        Block block = chain.nodeBlock(node).retain();
        return new BlockByteBuf(block).slice(chain.nodeOffset(node), chain.nodeLength(node));
    }

    /** {@link #toChain(ByteBuf, BlockPool)} with the shared pool. */
    public static Chain toChain(ByteBuf buffer) {
        return toChain(buffer, BlockPool.shared());
    }

    /**
     * A chain over the readable bytes of {@code buffer}: heap memory (and each heap component of a
     * {@link CompositeByteBuf}) is linked without copying, the buffer being retained until the
     * chain releases it; other memory (direct buffers) is copied into blocks from {@code pool}.
     */
    public static Chain toChain(ByteBuf buffer, BlockPool pool) {
        Chain chain = new Chain(pool);
        try {
            int from = buffer.readerIndex();
            int length = buffer.readableBytes();
            if (buffer instanceof CompositeByteBuf composite && length > 0) {
                for (ByteBuf part : composite.decompose(from, length)) {
                    link(chain, part, part.readerIndex(), part.readableBytes());
                }
            } else {
                link(chain, buffer, from, length);
            }
        } catch (RuntimeException e) {
            chain.release();
            throw e;
        }
        return chain;
    }

    private static void link(Chain chain, ByteBuf part, int index, int length) {
        if (length == 0) {
            return;
        }
        if (part.hasArray()) {
            part.retain();
            chain.appendBlock(
                    Block.wrap(part.array(), part::release), part.arrayOffset() + index, length);
            return;
        }
        ChainSink sink = chain.sink();
        while (length > 0) {
            sink.ensure(1);
            int chunk = Math.min(length, sink.limit() - sink.position());
            part.getBytes(index, sink.buffer(), sink.position(), chunk);
            sink.advance(chunk);
            index += chunk;
            length -= chunk;
        }
    }
}
