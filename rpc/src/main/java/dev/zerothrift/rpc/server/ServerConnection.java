package dev.zerothrift.rpc.server;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.ApplicationException.Type;
import dev.zerothrift.rpc.transport.InboundMessage;
import dev.zerothrift.rpc.transport.OutboundFrames;
import dev.zerothrift.rpc.transport.TTHeader;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The server's end of one connection: takes each {@link InboundMessage} from the frame decoder,
 * finds the method, runs its handler and writes what the handler answers.
 *
 * <p>Errors that leave the message's seq id known are answered with an {@code EXCEPTION} message
 * (unknown service or method, wrong message type); errors that leave the stream unreadable (bad
 * framing, a message header that does not parse) close the connection.
 *
 * <p>Back-pressure: while the connection's outbound buffer is over its high-water mark (the peer
 * does not read our replies), requests already decoded are held, not dispatched, and the connection
 * is not read; when the buffer drains below its low-water mark, the held requests are dispatched in
 * order and reading resumes.
 */
final class ServerConnection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(ServerConnection.class.getName());

    private final RpcServer server;
    private final ServiceRegistry registry;
    private final Executor executor;
    private final Set<ServerCall> open = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<InboundMessage> paused = new ArrayDeque<>();
    private final int maxCallsInFlight;
    private Channel channel;
    private ChannelHandlerContext context;
    private boolean reading;
    private boolean flushPending;

    /** Whether requests are held (written on the event loop, read by completing threads). */
    private volatile boolean holding;

    ServerConnection(
            RpcServer server, ServiceRegistry registry, Executor executor, int maxCallsInFlight) {
        this.server = server;
        this.registry = registry;
        this.executor = executor;
        this.maxCallsInFlight = maxCallsInFlight;
    }

    BlockPool pool() {
        return server.pool();
    }

    /** The channel's allocator, whose pooled I/O buffers carry the replies. */
    ByteBufAllocator allocator() {
        return channel.alloc();
    }

    int maxFrameSize() {
        return server.limits().maxFrameSize();
    }

    java.net.SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        context = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof InboundMessage message)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        reading = true;
        if (!paused.isEmpty() || !mayDispatch()) {
            // The peer does not read our replies, has too many calls open, or the server is
            // stopping: hold this request and read no more.
            paused.add(message);
            holding = true;
            ctx.channel().config().setAutoRead(false);
            return;
        }
        dispatch(ctx, message);
    }

    /**
     * Whether a request may start now: not while the peer does not read, nor with the most calls
     * open, nor once the server is stopping (turning auto-read off does not cancel a read already
     * asked for, so a request can still arrive then).
     */
    private boolean mayDispatch() {
        return channel.isWritable() && open.size() < maxCallsInFlight && !server.isDraining();
    }

    /** Dispatches held requests while allowed; reading resumes when none is left. */
    private void resume() {
        ChannelHandlerContext ctx = context;
        while (!paused.isEmpty() && mayDispatch()) {
            dispatch(ctx, paused.poll());
        }
        if (paused.isEmpty()) {
            holding = false;
            if (channel.isWritable() && !server.isDraining()) {
                channel.config().setAutoRead(true);
            }
        }
        ctx.flush();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        reading = false;
        if (flushPending) {
            flushPending = false;
            ctx.flush();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        resume();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && open.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "closing idle connection " + ctx.channel());
            ctx.close();
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        for (ServerCall call : open) {
            call.cancel();
        }
        for (InboundMessage held; (held = paused.poll()) != null; ) {
            held.release();
        }
        holding = false;
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable error =
                cause instanceof DecoderException && cause.getCause() != null
                        ? cause.getCause()
                        : cause;
        if (error instanceof IOException) { // a reset or the like: the peer is gone
            LOG.log(System.Logger.Level.DEBUG, "connection " + ctx.channel() + ": " + error);
        } else {
            LOG.log(
                    System.Logger.Level.INFO,
                    "closing connection " + ctx.channel() + ": " + error.getMessage());
            server.countConnectionError();
        }
        ctx.close();
    }

    private void dispatch(ChannelHandlerContext ctx, InboundMessage message) {
        ProtocolReader reader;
        ThriftMessage header;
        try {
            reader = message.protocol().newReader(message.payload().source(), server.limits());
            header = reader.readMessageBegin();
        } catch (ProtocolException e) {
            message.release();
            exceptionCaught(
                    ctx,
                    new ProtocolException(
                            e.kind(),
                            e.offset(),
                            "message header does not parse: " + e.getMessage()));
            return;
        }
        byte type = header.type();
        if (type != ThriftMessage.CALL && type != ThriftMessage.ONEWAY) {
            reject(
                    message,
                    header,
                    Type.INVALID_MESSAGE_TYPE,
                    "expected a CALL or ONEWAY message, got message type " + type);
            return;
        }
        String name = header.name();
        int colon = name.indexOf(':');
        String serviceName = colon < 0 ? null : name.substring(0, colon);
        String methodName = colon < 0 ? name : name.substring(colon + 1);
        ServiceDefinition service =
                colon < 0 ? registry.defaultService() : registry.services().get(serviceName);
        if (service == null) {
            String text =
                    colon < 0
                            ? "Invalid method name: '"
                                    + name
                                    + "' (no default service; call it as Service:"
                                    + name
                                    + ")"
                            : "Unknown service: '" + serviceName + "'";
            reject(message, header, methodName, Type.UNKNOWN_METHOD, text);
            return;
        }
        MethodDefinition method = service.method(methodName);
        if (method == null) {
            reject(
                    message,
                    header,
                    methodName,
                    Type.UNKNOWN_METHOD,
                    "Invalid method name: '" + methodName + "'");
            return;
        }
        if (method.oneway() != (type == ThriftMessage.ONEWAY)) {
            reject(
                    message,
                    header,
                    methodName,
                    Type.INVALID_MESSAGE_TYPE,
                    "method "
                            + methodName
                            + (method.oneway()
                                    ? " is oneway, called with CALL"
                                    : " is not oneway, called with ONEWAY"));
            return;
        }
        int argsPosition = message.payload().length() - (int) reader.source().remaining();
        ServerCall call =
                new ServerCall(this, message, header, serviceName, method, reader, argsPosition);
        open.add(call);
        server.callStarted();
        if (executor == null) {
            invoke(call);
        } else {
            try {
                executor.execute(() -> invoke(call));
            } catch (RejectedExecutionException e) {
                call.replyException(
                        new ApplicationException(
                                Type.INTERNAL_ERROR,
                                "server overloaded: " + method.name() + " rejected"));
            }
        }
    }

    private static void invoke(ServerCall call) {
        try {
            call.definition().handler().handle(call);
        } catch (Throwable e) {
            call.fail(e);
        }
    }

    private void reject(InboundMessage message, ThriftMessage header, Type type, String text) {
        reject(message, header, header.name(), type, text);
    }

    /** Answers a message no handler will see with an EXCEPTION (or nothing, when ONEWAY). */
    private void reject(
            InboundMessage message, ThriftMessage header, String name, Type type, String text) {
        try {
            server.countRejected();
            if (header.type() == ThriftMessage.ONEWAY) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "dropping oneway " + header.name() + ": " + text);
                return;
            }
            TTHeader tt =
                    message.header() == null ? null : message.header().forReply(header.seqid());
            Chain chain = OutboundFrames.open(pool(), message.transport(), tt);
            try {
                ProtocolWriter out = message.protocol().newWriter(chain.sink());
                out.writeMessageBegin(name, ThriftMessage.EXCEPTION, header.seqid());
                new ApplicationException(type, text).write(out);
                out.writeMessageEnd();
            } catch (RuntimeException e) {
                chain.release();
                throw e;
            }
            send(OutboundFrames.finish(chain, message.transport(), maxFrameSize(), allocator()));
        } finally {
            message.release();
        }
    }

    /**
     * Writes a reply frame; from the event loop while reading, the flush waits for read-complete.
     */
    void send(ByteBuf frame) {
        Channel ch = channel;
        if (ch.eventLoop().inEventLoop() && reading) {
            ch.write(frame);
            flushPending = true;
        } else {
            ch.writeAndFlush(frame); // on a closed channel, Netty releases the frame
        }
    }

    void callDone(ServerCall call) {
        if (open.remove(call)) {
            server.callDone();
            if (holding && channel.isActive()) {
                channel.eventLoop().execute(this::resume);
            }
        }
    }
}
