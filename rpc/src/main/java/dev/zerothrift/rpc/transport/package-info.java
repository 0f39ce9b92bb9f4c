/**
 * The transports as Netty handlers: frame decoders that turn bytes into {@link
 * dev.zerothrift.rpc.transport.InboundMessage}s (a {@link dev.zerothrift.runtime.buffer.Chain} per
 * message), the server's {@link dev.zerothrift.rpc.transport.TransportDetector}, {@link
 * dev.zerothrift.rpc.transport.TTHeader}, and {@link dev.zerothrift.rpc.transport.OutboundFrames}
 * that build outgoing frames in chains.
 *
 * <pre>
 *   inbound:   socket ─► [TransportDetector] ─► FramedDecoder (FRAMED, HEADER)  ─► InboundMessage
 *                                           └► UnframedDecoder (UNFRAMED)     ─┘  (owns a Chain)
 *   outbound:  OutboundFrames.open ─► write the message into chain.sink() ─► OutboundFrames.finish
 *              ─► one copy in a pooled direct ByteBuf ─► channel.write
 * </pre>
 *
 * Limits come from the runtime's {@link dev.zerothrift.runtime.protocol.Limits}: the frame size
 * (libthrift's default, 16,384,000 bytes) bounds frames and unframed messages, the depth bounds the
 * walk of an unframed message. A decoder that meets bad bytes throws {@link
 * dev.zerothrift.rpc.TransportException} (wrapped by Netty in a {@code DecoderException}) and
 * ignores everything after them; the connection's handler closes the connection.
 */
package dev.zerothrift.rpc.transport;
