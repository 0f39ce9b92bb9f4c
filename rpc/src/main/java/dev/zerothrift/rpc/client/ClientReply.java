package dev.zerothrift.rpc.client;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.transport.InboundMessage;
import dev.zerothrift.rpc.transport.TTHeader;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ThriftMessage;

/**
 * A {@code REPLY} message as a {@link ResponseReader} sees it.
 *
 * <pre>
 *   response chain:  [ message header | result struct ............ ]
 *                                     ^ resultPosition()
 * </pre>
 *
 * The response chain is released when the reader returns, unless the reader {@linkplain
 * #takeResponse() takes} it (to keep views over it, or to read it on the caller's thread rather
 * than the event loop): the value the reader returns then owns the chain, and whoever gets the
 * value releases it. When the value does not reach the caller (the call was cancelled meanwhile, or
 * the reader threw after taking the chain), the client releases the chain itself.
 */
public final class ClientReply {
    private final InboundMessage message;
    private final ThriftMessage header;
    private final ProtocolReader result;
    private final int resultPosition;
    private boolean taken;

    ClientReply(
            InboundMessage message,
            ThriftMessage header,
            ProtocolReader result,
            int resultPosition) {
        this.message = message;
        this.header = header;
        this.result = result;
        this.resultPosition = resultPosition;
    }

    /** A reader of the reply's protocol positioned at the result struct. */
    public ProtocolReader result() {
        return result;
    }

    /** The whole reply message. */
    public Chain response() {
        return message.payload();
    }

    /** Position in {@link #response()} of the result struct's first byte. */
    public int resultPosition() {
        return resultPosition;
    }

    /** Takes over the response chain: the caller releases it. */
    public Chain takeResponse() {
        taken = true;
        return message.payload();
    }

    public String method() {
        return header.name();
    }

    public int seqId() {
        return header.seqid();
    }

    public Protocol protocol() {
        return message.protocol();
    }

    public Transport transport() {
        return message.transport();
    }

    /** The reply's TTHeader, or null when it did not come in one. */
    public TTHeader ttHeader() {
        return message.header();
    }

    /** Whether the reader took the response. */
    boolean isTaken() {
        return taken;
    }
}
