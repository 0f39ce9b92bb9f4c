package dev.zerothrift.rpc.client;

import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.transport.OutboundFrames;
import dev.zerothrift.rpc.transport.TTHeader;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.util.Map;

/**
 * Encodes a client's requests, on the caller's thread: a chain from the pool gets the frame start,
 * the message header and the args struct, and is copied once into a pooled I/O buffer of the
 * channel's allocator (what the socket writes from); the chain's blocks go back to the pool.
 */
final class RequestEncoder {
    private final Transport transport;
    private final Protocol protocol;
    private final Limits limits;
    private final BlockPool pool;
    private final Map<String, String> headerStrings;
    private final Map<Integer, String> headerInts;

    RequestEncoder(RpcClient.Builder b) {
        this.transport = b.transport;
        this.protocol = b.protocol;
        this.limits = b.limits;
        this.pool = b.pool;
        this.headerStrings = Map.copyOf(b.headerStrings);
        this.headerInts = Map.copyOf(b.headerInts);
    }

    /**
     * The framed request; throws what {@code args} threw, or {@link IllegalArgumentException} for a
     * frame over the limit (the chain is released either way).
     */
    ByteBuf encode(String wireName, byte type, int seqId, StructWriter args, ByteBufAllocator alloc)
            throws Exception {
        TTHeader header =
                transport == Transport.HEADER
                        ? new TTHeader(0, seqId, protocol, headerStrings, headerInts, null)
                        : null;
        Chain chain = OutboundFrames.open(pool, transport, header);
        try {
            ProtocolWriter out = protocol.newWriter(chain.sink());
            out.writeMessageBegin(wireName, type, seqId);
            args.write(out);
            out.writeMessageEnd();
        } catch (Exception | Error e) {
            chain.release();
            throw e;
        }
        return OutboundFrames.finish(chain, transport, limits.maxFrameSize(), alloc);
    }

    static String wireName(String service, String method) {
        return service == null ? method : service + ":" + method;
    }
}
