package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.netty.NettyChains;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Splits a stream of frames ({@code [length: i32 BE][message]}, or TTHeader frames, whose length
 * word is the same) into {@link InboundMessage}s.
 *
 * <p>The length is checked against the frame-size limit as soon as its 4 bytes arrive, so a frame
 * declared too large is rejected before its body is buffered: the decoder throws {@link
 * TransportException} (which the connection's handler answers by closing) and ignores everything
 * after it. Received bytes are cumulated in a heap buffer ({@link HeapCumulator}: the one copy out
 * of the socket's direct buffers), and a complete frame becomes a {@link Chain} over them ({@link
 * NettyChains#toChain}: heap memory linked, not copied; the chain holds a reference to it), so a
 * frame that came in several reads is copied once, not once into a merged cumulation and again into
 * pool blocks.
 */
public final class FramedDecoder extends ByteToMessageDecoder {
    private final int maxFrameSize;
    private final boolean header;
    private final BlockPool pool;
    private final int[] payloadStart = new int[1];
    private boolean failed;

    /**
     * @param maxFrameSize largest frame accepted, in bytes after the length word.
     * @param header whether frames are TTHeader frames ({@link Transport#HEADER}) rather than plain
     *     ones.
     * @param pool where a frame in non-heap memory is copied to (when a cumulation could not be
     *     kept on the heap: not with {@link HeapCumulator}).
     */
    public FramedDecoder(int maxFrameSize, boolean header, BlockPool pool) {
        this.maxFrameSize = maxFrameSize;
        this.header = header;
        this.pool = pool;
        setCumulator(HeapCumulator.INSTANCE);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= 4) {
            int start = in.readerIndex();
            int size = in.getInt(start);
            if (size < 0 || size > maxFrameSize) {
                failed = true;
                in.skipBytes(in.readableBytes());
                throw new TransportException(
                        "frame of "
                                + Integer.toUnsignedLong(size)
                                + " bytes is over the limit of "
                                + maxFrameSize);
            }
            if (size == 0) {
                failed = true;
                in.skipBytes(in.readableBytes());
                throw new TransportException("empty frame");
            }
            if (in.readableBytes() - 4 < size) {
                return; // wait for the rest of the frame
            }
            out.add(header ? headerFrame(in, start, size) : plainFrame(in, start, size));
        }
    }

    private InboundMessage plainFrame(ByteBuf in, int start, int size) {
        Chain chain = take(in, start + 4, size);
        return new InboundMessage(
                chain, Transport.FRAMED, Protocols.of(in.getByte(start + 4)), null);
    }

    private InboundMessage headerFrame(ByteBuf in, int start, int size) {
        TTHeader h;
        try {
            h = TTHeader.read(in, start, size + 4, payloadStart);
        } catch (TransportException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
        int payload = payloadStart[0];
        int length = start + 4 + size - payload;
        if (length == 0) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw new TransportException("TTHeader frame with no message");
        }
        in.readerIndex(payload);
        Chain chain = take(in, payload, length);
        return new InboundMessage(chain, Transport.HEADER, h.protocol(), h);
    }

    /** The bytes {@code [index, index + length)} as a chain; moves the reader index past them. */
    private Chain take(ByteBuf in, int index, int length) {
        in.readerIndex(index);
        ByteBuf frame = in.readRetainedSlice(length);
        try {
            return NettyChains.toChain(frame, pool);
        } finally {
            frame.release();
        }
    }
}
