package dev.zerothrift.rpc.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * A cumulator that keeps the bytes received so far in one heap buffer, so that a decoder can walk
 * them as a {@code byte[]} and hand out slices of it without copying. Incoming direct buffers are
 * copied in (the one copy a socket read into Java memory costs anyway); the cumulation is replaced
 * by a larger one (doubling) when full or when a slice handed out still holds it.
 */
final class HeapCumulator implements ByteToMessageDecoder.Cumulator {
    static final HeapCumulator INSTANCE = new HeapCumulator();

    private HeapCumulator() {}

    @Override
    public ByteBuf cumulate(ByteBufAllocator alloc, ByteBuf cumulation, ByteBuf in) {
        try {
            if (!cumulation.isReadable() && in.hasArray() && in.refCnt() == 1) {
                cumulation.release();
                return in.retain();
            }
            int needed = cumulation.readableBytes() + in.readableBytes();
            if (cumulation.hasArray()
                    && cumulation.refCnt() == 1
                    && !cumulation.isReadOnly()
                    && cumulation.maxWritableBytes() >= in.readableBytes()
                    && cumulation.writableBytes() >= in.readableBytes()) {
                cumulation.writeBytes(in);
                return cumulation;
            }
            ByteBuf grown = alloc.heapBuffer(Math.max(needed, cumulation.readableBytes() * 2));
            grown.writeBytes(cumulation).writeBytes(in);
            cumulation.release();
            return grown;
        } finally {
            in.release();
        }
    }
}
