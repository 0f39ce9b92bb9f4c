package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;

/**
 * One Thrift message taken off a connection by a frame decoder: the message's bytes (from its
 * message header to the end of its struct, no frame header) and how it came.
 *
 * <p>Ownership: whoever receives it from the pipeline owns {@link #payload()} and must {@link
 * #release()} it (or pass it on) exactly once.
 *
 * @param payload the message bytes.
 * @param transport the framing it arrived in.
 * @param protocol its protocol.
 * @param header its TTHeader when {@code transport} is {@link Transport#HEADER}, else null.
 */
public record InboundMessage(
        Chain payload, Transport transport, Protocol protocol, TTHeader header) {
    /** Releases the payload. */
    public void release() {
        payload.release();
    }
}
