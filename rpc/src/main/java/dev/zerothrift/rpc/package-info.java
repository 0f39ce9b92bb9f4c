/**
 * Thrift services over TCP on Netty 4.2: the server ({@link dev.zerothrift.rpc.server}), the
 * clients ({@link dev.zerothrift.rpc.client}: multiplexing, and blocking on the caller's thread)
 * and the transports they use ({@link dev.zerothrift.rpc.transport}). Our code does the framing,
 * dispatch, buffer handover and call lifecycle; Netty (epoll where available, NIO otherwise) does
 * the sockets.
 *
 * <h2>Wire</h2>
 *
 * Transports: framed, unframed (buffered) and Kitex's TTHeader ({@link
 * dev.zerothrift.rpc.Transport}); protocols: binary (strict headers written, old-style read too)
 * and compact. A server tells each connection's transport and protocol from its first bytes. Names
 * are multiplexed as Apache's {@code TMultiplexedProtocol} does ({@code Service:method}); bare
 * names go to a default service. {@link dev.zerothrift.rpc.ApplicationException} is libthrift's
 * {@code TApplicationException}, byte for byte.
 *
 * <h2>A call's life and who owns which buffer</h2>
 *
 * <pre>
 *  CLIENT                                         SERVER
 *  call(service, method, args, reader)
 *   │ encode on the caller's thread:
 *   │   Chain (client pool) ← frame start,
 *   │   message header, args.write(out)
 *   │ ByteBuf = one copy in a pooled direct
 *   │   buffer (what the socket writes from);
 *   │   the chain goes back to the pool
 *   │ event loop (BlockingRpcClient: the caller's
 *   │   own thread, running its ManualIoEventLoop):
 *   │   register seq id, write ───────────────────►  FramedDecoder / UnframedDecoder
 *   │   Netty releases the buffer when sent          received bytes → Chain over Netty's heap
 *   │                                                buffer (no copy; direct memory is copied
 *   │                                                into pool blocks) = InboundMessage
 *   │                                              ServerConnection: read the header, find the
 *   │                                                method → ServerCall (owns the request)
 *   │                                              MethodHandler.handle(call), on the event loop
 *   │                                                or an executor; reads args through
 *   │                                                call.args() or a view on call.request()
 *   │                                              call.reply(result) — once, from any thread:
 *   │                                                Chain (server pool) ← frame, REPLY header,
 *   │                                                result.write(out) → direct ByteBuf →
 *   │                                                Netty; request chain released
 *   │   FramedDecoder → InboundMessage  ◄────────   Netty releases the reply buffer when sent
 *   │ event loop: seq id → pending call
 *   │   reader.read(reply) decodes the result
 *   │   reply chain released (unless the reader
 *   │   took it with takeResponse())
 *   ▼ future completes
 * </pre>
 *
 * Every way a call can end releases what it holds:
 *
 * <table>
 *   <caption>Endings and releases</caption>
 *   <tr><th>ending</th><th>request buffer</th><th>reply buffer</th></tr>
 *   <tr><td>reply, declared exception, {@code EXCEPTION}</td><td>server: when the call
 *       completes (a value {@link dev.zerothrift.rpc.EncodedBytes} passed through from it into the
 *       reply is copied into the reply's buffer first)</td><td>client: after the reader returns;
 *       taken by the reader ({@code takeResponse}): by whoever gets the reader's value, or by the
 *       client when that value does not reach the caller</td></tr>
 *   <tr><td>handler throws, result writer throws</td><td>server: when the call completes (an
 *       {@code INTERNAL_ERROR} is sent; the partial reply chain is released)</td><td>as
 *       above</td></tr>
 *   <tr><td>unknown service/method, wrong message type</td><td>server: at once</td><td>as
 *       above</td></tr>
 *   <tr><td>client timeout or cancellation</td><td>server: when its handler completes</td>
 *       <td>client: dropped on arrival (the seq id is remembered as abandoned)</td></tr>
 *   <tr><td>connection closed</td><td>server: when its handler completes (the reply is not
 *       written); requests held by back-pressure: at once</td><td>client: pending calls fail
 *       with {@link dev.zerothrift.rpc.ConnectionClosedException}</td></tr>
 *   <tr><td>bad bytes (framing, limits, header)</td><td>the decoder drops the rest and the
 *       connection closes</td><td>—</td></tr>
 * </table>
 *
 * <h2>Errors</h2>
 *
 * Errors that leave a message's seq id known are answered ({@code EXCEPTION} messages on the
 * server, a failed future on the client); errors that leave the stream unreadable close the
 * connection: a frame over {@link dev.zerothrift.runtime.protocol.Limits#maxFrameSize()} (rejected
 * from its length word, before its body is buffered), a bad TTHeader, bytes of no known transport,
 * a message header that does not parse, a reply with a seq id no call waits for.
 */
package dev.zerothrift.rpc;
