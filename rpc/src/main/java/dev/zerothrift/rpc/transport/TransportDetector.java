package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.protocol.Limits;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Tells from a connection's first bytes which transport it speaks (as Kitex's server does) and
 * replaces itself with that transport's decoder, which receives the bytes read so far.
 *
 * <pre>
 *   byte:            0    1    2    3    4    5
 *   unframed binary  80   01                          strict header (version 1)
 *   unframed compact 82   v|t                         protocol id, version 1 in the low 5 bits
 *   TTHeader         [ length       ] 10   00         magic 0x1000
 *   framed binary    [ length       ] 80   01
 *   framed compact   [ length       ] 82
 *   framed binary    [ length       ] 00              old-style header: a name length below 2^24
 *   unframed binary  [ name length  ] name...         old-style header, printable name
 * </pre>
 *
 * The two old-style rows are told apart by byte 4: a frame's message starts with a name length
 * (whose top byte is 0 for any name under 16 MiB), an unframed message with the name's first
 * character. Anything else (an HTTP request, say) is rejected with {@link TransportException}.
 */
public final class TransportDetector extends ByteToMessageDecoder {
    private static final int MAX_OLD_STYLE_NAME = 64 << 10;

    private final Limits limits;
    private final BlockPool pool;

    public TransportDetector(Limits limits, BlockPool pool) {
        this.limits = limits;
        this.pool = pool;
    }

    /**
     * The transport of a connection whose first bytes are {@code in}'s readable ones, or null when
     * more are needed to tell.
     */
    public static Transport detect(ByteBuf in) {
        int readable = in.readableBytes();
        if (readable < 1) {
            return null;
        }
        int at = in.readerIndex();
        int b0 = in.getUnsignedByte(at);
        if (b0 == Protocols.BINARY_STRICT_FIRST) {
            if (readable < 2) {
                return null;
            }
            if (in.getUnsignedByte(at + 1) != 0x01) {
                throw unknown(in);
            }
            return Transport.UNFRAMED;
        }
        if (b0 == Protocols.COMPACT_FIRST) {
            if (readable < 2) {
                return null;
            }
            if ((in.getUnsignedByte(at + 1) & 0x1f) != 1) {
                throw unknown(in);
            }
            return Transport.UNFRAMED;
        }
        if (readable < 6) {
            return null;
        }
        int first = in.getInt(at);
        if (first < 0) {
            throw unknown(in);
        }
        int b4 = in.getUnsignedByte(at + 4);
        int b5 = in.getUnsignedByte(at + 5);
        if (b4 << 8 == TTHeader.MAGIC && b5 == 0) {
            return Transport.HEADER;
        }
        if (b4 == Protocols.BINARY_STRICT_FIRST && b5 == 0x01
                || b4 == Protocols.COMPACT_FIRST
                || b4 == 0) {
            return Transport.FRAMED;
        }
        if (first > 0 && first <= MAX_OLD_STYLE_NAME && b4 >= 0x20 && b4 < 0x7f) {
            return Transport.UNFRAMED;
        }
        throw unknown(in);
    }

    private static TransportException unknown(ByteBuf in) {
        int shown = Math.min(in.readableBytes(), 8);
        return new TransportException(
                "not a Thrift connection (framed, unframed or TTHeader; binary or compact): first"
                        + " bytes "
                        + ByteBufUtil.hexDump(in, in.readerIndex(), shown));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        Transport transport;
        try {
            transport = detect(in);
        } catch (TransportException e) {
            in.skipBytes(in.readableBytes());
            throw e;
        }
        if (transport == null) {
            return;
        }
        ctx.pipeline().addAfter(ctx.name(), "frames", decoderFor(transport, limits, pool));
        ctx.pipeline().remove(this); // hands the bytes read so far to the new decoder
    }

    /** The decoder of {@code transport}. */
    public static ChannelHandler decoderFor(Transport transport, Limits limits, BlockPool pool) {
        return switch (transport) {
            case FRAMED -> new FramedDecoder(limits.maxFrameSize(), false, pool);
            case HEADER -> new FramedDecoder(limits.maxFrameSize(), true, pool);
            case UNFRAMED -> new UnframedDecoder(limits, pool);
        };
    }
}
