package dev.zerothrift.rpc.client;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.ApplicationException.Type;
import dev.zerothrift.rpc.CallTimeoutException;
import dev.zerothrift.rpc.ConnectionClosedException;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.rpc.transport.InboundMessage;
import dev.zerothrift.runtime.buffer.ChainSource;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The client's end of one connection: the table of calls waiting for replies, matched by seq id.
 *
 * <p>Everything here runs on the connection's event loop, so the tables need no locks. A reply
 * whose seq id is pending completes that call (and only that call); one whose call timed out or was
 * cancelled is dropped and its buffer released; any other seq id (unknown, or a second reply to a
 * call already answered) means the stream cannot be trusted: every pending call fails and the
 * connection closes.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(ClientConnection.class.getName());

    /** Seq ids of abandoned calls remembered, so that their late replies are recognised. */
    static final int MAX_ABANDONED = 1 << 16;

    private final Limits limits;
    private final Map<Integer, PendingCall<?>> pending = new HashMap<>();
    private final LinkedHashSet<Integer> abandoned = new LinkedHashSet<>();
    private Channel channel;
    private Throwable failure;
    private boolean closed;
    private long lateReplies;

    ClientConnection(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    int pendingCount() {
        return pending.size();
    }

    long lateReplies() {
        return lateReplies;
    }

    /** Registers {@code call} and writes its request; on the event loop. */
    <R> void start(PendingCall<R> call, ByteBuf request, long timeoutNanos) {
        if (call.future.isDone()) { // cancelled before it was sent
            request.release();
            return;
        }
        if (closed || !channel.isActive()) {
            request.release();
            call.future.completeExceptionally(closedException(0));
            return;
        }
        if (pending.containsKey(call.seqId) || abandoned.contains(call.seqId)) {
            request.release();
            call.future.completeExceptionally(
                    new IllegalStateException(
                            "seq id " + call.seqId + " is still in use on this connection"));
            return;
        }
        pending.put(call.seqId, call);
        if (timeoutNanos > 0) {
            call.timeout =
                    channel.eventLoop()
                            .schedule(
                                    () -> timeOut(call, timeoutNanos),
                                    timeoutNanos,
                                    TimeUnit.NANOSECONDS);
        }
        call.future.whenComplete(
                (r, e) -> {
                    if (call.future.isCancelled()) {
                        channel.eventLoop().execute(() -> abandon(call));
                    }
                });
        channel.writeAndFlush(request)
                .addListener(
                        f -> {
                            if (!f.isSuccess() && pending.remove(call.seqId, call)) {
                                call.cancelTimeout();
                                call.future.completeExceptionally(
                                        new ConnectionClosedException(
                                                "sending " + call.wireName + " failed", f.cause()));
                            }
                        });
    }

    private void timeOut(PendingCall<?> call, long timeoutNanos) {
        if (pending.remove(call.seqId, call)) {
            remember(call.seqId);
            call.future.completeExceptionally(
                    new CallTimeoutException(
                            call.wireName
                                    + " #"
                                    + call.seqId
                                    + " got no reply within "
                                    + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                                    + " ms"));
        }
    }

    private void abandon(PendingCall<?> call) {
        if (pending.remove(call.seqId, call)) {
            call.cancelTimeout();
            remember(call.seqId);
        }
    }

    private void remember(int seqId) {
        abandoned.add(seqId);
        if (abandoned.size() > MAX_ABANDONED) {
            Iterator<Integer> oldest = abandoned.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof InboundMessage message)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        ProtocolReader reader;
        ThriftMessage header;
        try {
            reader = message.protocol().newReader(message.payload().source(), limits);
            header = reader.readMessageBegin();
        } catch (ProtocolException e) {
            message.release();
            fatal(ctx, new TransportException("reply header does not parse: " + e.getMessage(), e));
            return;
        }
        PendingCall<?> call = pending.remove(header.seqid());
        if (call == null) {
            message.release();
            if (abandoned.remove(header.seqid())) {
                lateReplies++;
                return;
            }
            // libthrift's BAD_SEQUENCE_ID; with many calls on the connection, no single call can
            // be blamed, and the stream is not to be trusted: every call fails
            fatal(
                    ctx,
                    new ApplicationException(
                            Type.BAD_SEQUENCE_ID,
                            "reply "
                                    + header.name()
                                    + " with seq id "
                                    + header.seqid()
                                    + ", which no call on this connection is waiting for"));
            return;
        }
        call.cancelTimeout();
        complete(call, message, header, reader);
    }

    private static <R> void complete(
            PendingCall<R> call,
            InboundMessage message,
            ThriftMessage header,
            ProtocolReader reader) {
        ClientReply reply = null;
        try {
            if (!header.name().equals(call.method) && !header.name().equals(call.wireName)) {
                throw new ApplicationException(
                        Type.WRONG_METHOD_NAME,
                        call.wireName + " failed: wrong method name in reply: " + header.name());
            }
            switch (header.type()) {
                case ThriftMessage.EXCEPTION -> throw ApplicationException.read(reader);
                case ThriftMessage.REPLY -> {
                    int position = ((ChainSource) reader.source()).chainPosition();
                    reply = new ClientReply(message, header, reader, position);
                    call.future.complete(call.reader.read(reply));
                }
                default ->
                        throw new ApplicationException(
                                Type.INVALID_MESSAGE_TYPE,
                                call.wireName + " failed: reply of message type " + header.type());
            }
        } catch (Throwable e) {
            call.future.completeExceptionally(e);
        } finally {
            if (reply != null) {
                reply.releaseUnlessTaken();
            } else {
                message.release();
            }
        }
    }

    private void fatal(ChannelHandlerContext ctx, Throwable error) {
        if (failure == null) {
            failure = error;
        }
        LOG.log(
                System.Logger.Level.WARNING,
                "closing " + ctx.channel() + ": " + error.getMessage());
        failAll(error);
        ctx.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable error =
                cause instanceof DecoderException && cause.getCause() != null
                        ? cause.getCause()
                        : cause;
        fatal(ctx, error);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        failAll(null);
        ctx.fireChannelInactive();
    }

    private void failAll(Throwable cause) {
        if (pending.isEmpty()) {
            return;
        }
        List<PendingCall<?>> calls = new ArrayList<>(pending.values());
        pending.clear();
        ConnectionClosedException error = closedException(calls.size());
        if (cause != null) {
            error.initCause(cause);
        } else if (failure != null) {
            error.initCause(failure);
        }
        for (PendingCall<?> call : calls) {
            call.cancelTimeout();
            call.future.completeExceptionally(error);
        }
    }

    private ConnectionClosedException closedException(int calls) {
        String text =
                "connection to "
                        + channel.remoteAddress()
                        + " closed"
                        + (calls > 0 ? " with " + calls + " calls waiting for replies" : "");
        if (failure != null) {
            text += " (" + failure.getMessage() + ")";
        }
        return new ConnectionClosedException(text);
    }
}
