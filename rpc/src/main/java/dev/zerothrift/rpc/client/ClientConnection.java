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
import io.netty.channel.EventLoop;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The client's end of one connection: the table of calls waiting for replies, matched by seq id.
 *
 * <p>Callers on any thread put their calls in an outbox ({@link #submit}); everything else runs on
 * the connection's event loop, so the tables need no locks. A reply whose seq id is pending
 * completes that call (and only that call); one whose call timed out or was cancelled is dropped
 * and its buffer released; any other seq id (unknown, or a second reply to a call already answered)
 * means the stream cannot be trusted: every pending call fails and the connection closes.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(ClientConnection.class.getName());

    /** Seq ids of abandoned calls remembered, so that their late replies are recognised. */
    static final int MAX_ABANDONED = 1 << 16;

    /** Requests written per event-loop task before reads get their turn. */
    private static final int MAX_BATCH = 256;

    private final Limits limits;
    private final Map<Integer, PendingCall<?>> pending = new HashMap<>();
    private final LinkedHashSet<Integer> abandoned = new LinkedHashSet<>();
    private final Queue<PendingCall<?>> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drainOutbox;
    private Channel channel;
    private EventLoop eventLoop;
    private Throwable failure;
    private boolean closed;
    private long lateReplies;

    ClientConnection(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        eventLoop = channel.eventLoop();
    }

    int pendingCount() {
        return pending.size();
    }

    long lateReplies() {
        return lateReplies;
    }

    /**
     * Sends {@code call} from any thread: the call joins the outbox, and the first call into an
     * empty outbox wakes the event loop, which then writes every call waiting and flushes once. So
     * many callers cost one wakeup and one flush per batch, not one per call.
     */
    void submit(PendingCall<?> call) {
        if (eventLoop.inEventLoop()) {
            start(call);
            channel.flush();
            return;
        }
        outbox.add(call);
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                eventLoop.execute(drain);
            } catch (RejectedExecutionException e) { // the event loop was shut down
                drainScheduled.set(false);
                for (PendingCall<?> left; (left = outbox.poll()) != null; ) {
                    ReferenceCountUtil.release(left.takeRequest());
                    left.completeExceptionally(
                            new ConnectionClosedException("client is closed", e));
                }
            }
        }
    }

    /** Writes the calls in the outbox (a bounded batch, so that reads are not starved). */
    private void drainOutbox() {
        drainScheduled.set(false); // a call added from now on schedules another drain
        int written = 0;
        for (PendingCall<?> call; written < MAX_BATCH && (call = outbox.poll()) != null; ) {
            start(call);
            written++;
        }
        channel.flush();
        if (!outbox.isEmpty() && drainScheduled.compareAndSet(false, true)) {
            eventLoop.execute(drain);
        }
    }

    /** Registers {@code call} and writes (does not flush) its request; on the event loop. */
    private void start(PendingCall<?> call) {
        ByteBuf request = call.takeRequest();
        if (call.isDone()) { // cancelled before it was sent
            request.release();
            return;
        }
        if (closed || !channel.isActive()) {
            request.release();
            call.completeExceptionally(closedException(0));
            return;
        }
        if (pending.containsKey(call.seqId) || abandoned.contains(call.seqId)) {
            request.release();
            call.completeExceptionally(
                    new IllegalStateException(
                            "seq id " + call.seqId + " is still in use on this connection"));
            return;
        }
        pending.put(call.seqId, call);
        if (call.timeoutNanos > 0) {
            call.timeout = eventLoop.schedule(call, call.timeoutNanos, TimeUnit.NANOSECONDS);
        }
        channel.write(request).addListener(call);
    }

    /** A call's future was cancelled, on any thread: forget it on the event loop. */
    void cancelled(PendingCall<?> call) {
        if (eventLoop.inEventLoop()) {
            abandon(call);
        } else {
            try {
                eventLoop.execute(() -> abandon(call));
            } catch (RejectedExecutionException e) {
                // the connection is gone with its table of calls
            }
        }
    }

    /** A request could not be written: its call fails, unless it already ended otherwise. */
    void writeFailed(PendingCall<?> call, Throwable cause) {
        if (pending.remove(call.seqId, call)) {
            call.cancelTimeout();
            call.completeExceptionally(
                    new ConnectionClosedException("sending " + call.wireName + " failed", cause));
        }
    }

    /** The call's timeout passed; on the event loop. */
    void timeOut(PendingCall<?> call) {
        long timeoutNanos = call.timeoutNanos;
        if (pending.remove(call.seqId, call)) {
            remember(call.seqId);
            call.completeExceptionally(
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
        // the response goes back to the pool here unless a reader took it and the caller got
        // the value holding it (a value the future refused, cancelled meanwhile from another
        // thread, or a reader that took it and then threw, leave it to us)
        ClientReply reply = null;
        boolean delivered = false;
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
                    delivered = call.complete(call.reader.read(reply));
                }
                default ->
                        throw new ApplicationException(
                                Type.INVALID_MESSAGE_TYPE,
                                call.wireName + " failed: reply of message type " + header.type());
            }
        } catch (Throwable e) {
            call.completeExceptionally(e);
        } finally {
            if (reply == null || !reply.isTaken() || !delivered) {
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
            call.completeExceptionally(error);
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
