package dev.zerothrift.rpc;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.ChainSink;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

import java.util.Objects;

/**
 * Writes bytes that are already encoded (a value taken from a received message, in the writer's
 * protocol) into an outgoing message as they are: no decode, no re-encode.
 *
 * <pre>
 *   request chain:   [ header | args { 1: STRUCT [ value bytes ......... ] } ]
 *                                                 │ blocks retained, not copied
 *   reply chain:     [ header | result { 0: STRUCT [ value bytes ......... ] } ]
 * </pre>
 *
 * When the writer writes into a {@link Chain} (as every RPC request and reply does) and the range
 * is at least the chain's reference threshold, the source's blocks are linked into the outgoing
 * chain, each retained, so the bytes stay valid after the source chain is released (a server call's
 * request is released when the call completes, before Netty has written the reply). Shorter ranges,
 * and writers over other sinks, get a copy: linking a few hundred bytes costs more than copying
 * them.
 */
public final class EncodedBytes {
    private EncodedBytes() {}

    /**
     * Appends {@code source[from, from + length)} to what {@code out} has written.
     *
     * @throws IndexOutOfBoundsException when the range is not within {@code source}.
     */
    public static void write(ProtocolWriter out, Chain source, int from, int length) {
        Objects.checkFromIndexSize(from, length, source.length());
        if (length == 0) {
            return;
        }
        if (out.sink() instanceof ChainSink sink && length >= sink.chain().referenceThreshold()) {
            link(sink.chain(), source, from, length);
        } else {
            copy(out, source, from, length);
        }
    }

    private static void link(Chain target, Chain source, int from, int length) {
        int end = from + length;
        for (int i = source.nodeIndex(from); from < end; i++) {
            int within = from - source.nodeStart(i);
            int chunk = Math.min(end - from, source.nodeLength(i) - within);
            target.appendBlock(source.nodeBlock(i).retain(), source.nodeOffset(i) + within, chunk);
            from += chunk;
        }
    }

    private static void copy(ProtocolWriter out, Chain source, int from, int length) {
        int end = from + length;
        for (int i = source.nodeIndex(from); from < end; i++) {
            int within = from - source.nodeStart(i);
            int chunk = Math.min(end - from, source.nodeLength(i) - within);
            out.sink().writeBytes(source.nodeArray(i), source.nodeOffset(i) + within, chunk);
            from += chunk;
        }
    }
}
