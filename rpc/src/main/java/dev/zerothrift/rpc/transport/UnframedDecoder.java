package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.netty.NettyChains;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.WireType;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Splits an unframed stream (messages back to back, as Apache's buffered transport sends them) into
 * {@link InboundMessage}s, finding each message's end by walking it with the protocol's {@link
 * ProtocolReader#skip skip}.
 *
 * <p>A walk that runs out of bytes waits for more, and does not walk again before at least as many
 * bytes as it then knew the message to need have arrived. A message longer than the limit (a
 * declared length, or bytes walked) is rejected, as is one that does not parse: the decoder throws
 * {@link TransportException} and ignores everything after it. The bytes are kept in one heap buffer
 * ({@link HeapCumulator}), so a message becomes a {@link Chain} over them without a copy.
 *
 * <p>Each walk starts again from the message's first byte: the cost of a message that arrives in
 * {@code k} reads is {@code k} walks of its fields (strings and binaries are skipped, not read).
 * Framed transports have no such cost.
 */
public final class UnframedDecoder extends ByteToMessageDecoder {
    private final int maxMessageSize;
    private final BlockPool pool;
    private final PrefixSource source = new PrefixSource();
    private final ProtocolReader binary;
    private final ProtocolReader compact;
    private long waitFor;
    private boolean failed;

    /**
     * @param limits the size limit of a message is the smaller of its frame and message limits; its
     *     depth limit applies to the walk.
     * @param pool where a message in non-heap memory is copied to.
     */
    public UnframedDecoder(Limits limits, BlockPool pool) {
        this.maxMessageSize = (int) Math.min(limits.maxFrameSize(), limits.maxMessageSize());
        this.pool = pool;
        Limits walk = limits.withMaxMessageSize(Math.max(limits.maxMessageSize(), maxMessageSize));
        PrefixSource empty = new PrefixSource().reset(new byte[0], 0, 0, 0);
        binary = Protocol.BINARY.newReader(empty, walk);
        compact = Protocol.COMPACT.newReader(empty, walk);
        setCumulator(HeapCumulator.INSTANCE);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.isReadable() && in.readableBytes() >= waitFor) {
            int length = walk(in);
            if (length < 0) {
                return;
            }
            waitFor = 0;
            Protocol protocol = Protocols.of(in.getByte(in.readerIndex()));
            ByteBuf message = in.readRetainedSlice(length);
            Chain chain;
            try {
                chain = NettyChains.toChain(message, pool);
            } finally {
                message.release();
            }
            out.add(new InboundMessage(chain, Transport.UNFRAMED, protocol, null));
        }
    }

    /** The length of the message at the reader index, or -1 when more bytes are needed. */
    private int walk(ByteBuf in) {
        int received = in.readableBytes();
        byte[] array;
        int offset;
        if (in.hasArray()) {
            array = in.array();
            offset = in.arrayOffset() + in.readerIndex();
        } else {
            // only when a cumulation could not be kept on the heap (not with HeapCumulator)
            array = new byte[received];
            in.getBytes(in.readerIndex(), array);
            offset = 0;
        }
        source.reset(array, offset, received, maxMessageSize);
        ProtocolReader reader = Protocols.of(array[offset]) == Protocol.COMPACT ? compact : binary;
        try {
            reader.reset(source);
            reader.readMessageBegin();
            reader.skip(WireType.STRUCT);
            return (int) source.offset();
        } catch (PrefixSource.NeedMore e) {
            if (source.atLimit()) {
                throw fail(
                        in,
                        "unframed message longer than the limit of " + maxMessageSize + " bytes");
            }
            waitFor = source.needed();
            return -1;
        } catch (ProtocolException e) {
            if (e.kind() == ProtocolException.Kind.SIZE_LIMIT) {
                throw fail(in, "unframed message over the size limit: " + e.getMessage());
            }
            throw fail(in, "unframed message does not parse: " + e.getMessage());
        }
    }

    private TransportException fail(ByteBuf in, String message) {
        failed = true;
        in.skipBytes(in.readableBytes());
        return new TransportException(message);
    }
}
