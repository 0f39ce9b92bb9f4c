package dev.zerothrift.rpc.server;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.transport.InboundMessage;
import dev.zerothrift.rpc.transport.OutboundFrames;
import dev.zerothrift.rpc.transport.TTHeader;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.buffer.ByteBuf;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * One call being served: what was called, the request bytes, and the way to answer.
 *
 * <pre>
 *   request chain:  [ message header | args struct ............ ]
 *                                    ^ argsPosition()            ^ request().length()
 *   args():         a reader of the call's protocol, positioned at the args struct
 *
 *   reply(result):  [ frame start | REPLY header (method, seq id) | result struct ] ──► Netty
 * </pre>
 *
 * <b>Completing.</b> A call completes exactly once, by {@link #reply}, {@link #replyException} or
 * {@link #fail}, from any thread; later attempts are ignored (and return false). A oneway call
 * writes nothing when completed. A call whose connection closed, or whose server was stopped past
 * its deadline, is {@linkplain #isCancelled() cancelled}: completing it then writes nothing.
 *
 * <p><b>Buffers.</b> The request chain is the server's until the call completes (or {@link
 * #releaseRequest()} is called, which a handler that has decoded its args into objects may do
 * early): a handler must not keep views over it past that point. The reply is written into a new
 * chain from the server's pool, then copied once into a pooled direct buffer of the channel's
 * allocator (what the socket writes from), and the chain's blocks go back to the pool at once.
 */
public final class ServerCall {
    private static final System.Logger LOG = System.getLogger(ServerCall.class.getName());

    private final ServerConnection connection;
    private final InboundMessage message;
    private final ThriftMessage header;
    private final String service;
    private final MethodDefinition method;
    private final ProtocolReader args;
    private final int argsPosition;
    private final AtomicBoolean completed = new AtomicBoolean();
    private final AtomicBoolean requestReleased = new AtomicBoolean();
    private volatile boolean cancelled;

    ServerCall(
            ServerConnection connection,
            InboundMessage message,
            ThriftMessage header,
            String service,
            MethodDefinition method,
            ProtocolReader args,
            int argsPosition) {
        this.connection = connection;
        this.message = message;
        this.header = header;
        this.service = service;
        this.method = method;
        this.args = args;
        this.argsPosition = argsPosition;
    }

    /** The service called: the name before the colon, or null for the default service. */
    public String service() {
        return service;
    }

    /** The method called, without a service prefix. */
    public String method() {
        return method.name();
    }

    /** The method's definition. */
    public MethodDefinition definition() {
        return method;
    }

    /** The name as it was on the wire ({@code Service:method} when multiplexed). */
    public String wireName() {
        return header.name();
    }

    public int seqId() {
        return header.seqid();
    }

    /** {@link ThriftMessage#CALL} or {@link ThriftMessage#ONEWAY}. */
    public byte messageType() {
        return header.type();
    }

    public boolean isOneway() {
        return header.type() == ThriftMessage.ONEWAY;
    }

    public Protocol protocol() {
        return message.protocol();
    }

    public Transport transport() {
        return message.transport();
    }

    /** The address of the peer that sent the call. */
    public java.net.SocketAddress remoteAddress() {
        return connection.remoteAddress();
    }

    /** The TTHeader the call came with, or null when it did not come in one. */
    public TTHeader ttHeader() {
        return message.header();
    }

    /** The whole request message (valid until the call completes or the request is released). */
    public Chain request() {
        checkRequest();
        return message.payload();
    }

    /** Position in {@link #request()} of the args struct's first byte. */
    public int argsPosition() {
        return argsPosition;
    }

    /** A reader positioned at the args struct, in the call's protocol. */
    public ProtocolReader args() {
        checkRequest();
        return args;
    }

    /** Gives the request bytes back to the pool before the call completes. Idempotent. */
    public void releaseRequest() {
        if (requestReleased.compareAndSet(false, true)) {
            message.release();
        }
    }

    /**
     * Whether the call can no longer be answered (its connection closed, or the server stopped).
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the call has completed. */
    public boolean isDone() {
        return completed.get();
    }

    /**
     * Replies with the result struct {@code result} writes (for a generated service: the {@code
     * method_result} struct, with field 0 set on success or a declared exception's field). On a
     * oneway call nothing is written. If {@code result} throws, the client gets an {@code
     * INTERNAL_ERROR} instead.
     *
     * @return false when the call had already completed.
     */
    public boolean reply(StructWriter result) {
        if (!completed.compareAndSet(false, true)) {
            return false;
        }
        try {
            if (!isOneway() && !cancelled) {
                ByteBuf frame;
                try {
                    frame = encode(ThriftMessage.REPLY, result);
                } catch (Exception e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "writing the result of " + describe() + " failed",
                            e);
                    frame = encodeException(internalError(e));
                }
                connection.send(frame);
            }
        } finally {
            finish();
        }
        return true;
    }

    /**
     * Replies with an {@code EXCEPTION} message carrying {@code exception}, as libthrift's server
     * does. On a oneway call nothing is written.
     *
     * @return false when the call had already completed.
     */
    public boolean replyException(ApplicationException exception) {
        if (!completed.compareAndSet(false, true)) {
            return false;
        }
        try {
            if (!isOneway() && !cancelled) {
                connection.send(encodeException(exception));
            }
        } finally {
            finish();
        }
        return true;
    }

    /**
     * Fails the call as libthrift's processors do: an {@link ApplicationException} is sent as is, a
     * {@link ProtocolException} (args that do not decode) as {@code PROTOCOL_ERROR} with its
     * message, anything else as {@code INTERNAL_ERROR "Internal error processing <method>"}.
     *
     * @return false when the call had already completed.
     */
    public boolean fail(Throwable error) {
        ApplicationException reply;
        if (error instanceof ApplicationException e) {
            reply = e;
        } else if (error instanceof ProtocolException e) {
            reply =
                    new ApplicationException(
                            ApplicationException.Type.PROTOCOL_ERROR, e.getMessage());
        } else {
            if (!completed.get()) {
                LOG.log(System.Logger.Level.WARNING, describe() + " failed", error);
            }
            reply = internalError(error);
        }
        return replyException(reply);
    }

    /**
     * Completes the call when {@code stage} does: {@code result} gives the writer of the result
     * struct for the value (error null) or for a declared exception (value null); when it returns
     * null for an exception, the exception is not declared and the call {@linkplain #fail fails}. A
     * {@code CompletionException} is unwrapped first.
     *
     * <pre>{@code
     * call.replyWhen(impl.add(a, b), (sum, error) ->
     *         error == null ? out -> add_result.success(sum).fastWrite(out)
     *         : error instanceof Overflow o ? out -> add_result.overflow(o).fastWrite(out)
     *         : null);
     * }</pre>
     */
    public <T> void replyWhen(
            CompletionStage<T> stage, BiFunction<? super T, Throwable, StructWriter> result) {
        stage.whenComplete(
                (value, error) -> {
                    Throwable cause =
                            error instanceof CompletionException && error.getCause() != null
                                    ? error.getCause()
                                    : error;
                    StructWriter writer;
                    try {
                        writer = result.apply(value, cause);
                    } catch (RuntimeException e) {
                        fail(e);
                        return;
                    }
                    if (writer != null) {
                        reply(writer);
                    } else {
                        fail(cause != null ? cause : new NullPointerException("no result writer"));
                    }
                });
    }

    private ApplicationException internalError(Throwable error) {
        return new ApplicationException(
                ApplicationException.Type.INTERNAL_ERROR, "Internal error processing " + method());
    }

    void cancel() {
        cancelled = true;
    }

    private ByteBuf encode(byte type, StructWriter body) throws Exception {
        Transport transport = message.transport();
        TTHeader ttHeader = message.header() == null ? null : message.header().forReply(seqId());
        Chain chain = OutboundFrames.open(connection.pool(), transport, ttHeader);
        try {
            ProtocolWriter out = message.protocol().newWriter(chain.sink());
            out.writeMessageBegin(method(), type, seqId());
            body.write(out);
            out.writeMessageEnd();
        } catch (Exception | Error e) {
            chain.release();
            throw e;
        }
        return OutboundFrames.finish(
                chain, transport, connection.maxFrameSize(), connection.allocator());
    }

    private ByteBuf encodeException(ApplicationException exception) {
        try {
            return encode(ThriftMessage.EXCEPTION, exception::write);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish() {
        releaseRequest();
        connection.callDone(this);
    }

    private void checkRequest() {
        if (requestReleased.get()) {
            throw new IllegalStateException("the request of " + describe() + " was released");
        }
    }

    private String describe() {
        return "call " + header.name() + " #" + seqId();
    }

    @Override
    public String toString() {
        return describe();
    }
}
