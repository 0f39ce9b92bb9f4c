package dev.zerothrift.rpc.client;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * A call on its way or waiting for its reply, and the future its caller holds (one object per call,
 * so that a call allocates no lambdas).
 *
 * <p>Touched only on the connection's event loop, but for {@link #cancel}, which any thread may
 * call and which hands the call back to the event loop to be forgotten.
 */
final class PendingCall<R> extends CompletableFuture<R> implements ChannelFutureListener, Runnable {
    final ClientConnection connection;
    final int seqId;
    final String method;
    final String wireName;
    final ResponseReader<R> reader;
    final long timeoutNanos;

    /** The encoded request until it is written; then null. */
    ByteBuf request;

    ScheduledFuture<?> timeout;

    PendingCall(
            ClientConnection connection,
            int seqId,
            String method,
            String wireName,
            ResponseReader<R> reader,
            ByteBuf request,
            long timeoutNanos) {
        this.connection = connection;
        this.seqId = seqId;
        this.method = method;
        this.wireName = wireName;
        this.reader = reader;
        this.request = request;
        this.timeoutNanos = timeoutNanos;
    }

    /** Takes the request to write it (or release it). */
    ByteBuf takeRequest() {
        ByteBuf r = request;
        request = null;
        return r;
    }

    void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }

    /** The timeout passed (a scheduled task on the event loop). */
    @Override
    public void run() {
        connection.timeOut(this);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            connection.cancelled(this);
        }
        return cancelled;
    }

    @Override
    public boolean completeExceptionally(Throwable error) {
        boolean completed = super.completeExceptionally(error);
        if (completed && error instanceof CancellationException) {
            connection.cancelled(this);
        }
        return completed;
    }

    /** The request's write finished: a failed one fails the call unless it already ended. */
    @Override
    public void operationComplete(ChannelFuture written) {
        if (!written.isSuccess()) {
            connection.writeFailed(this, written.cause());
        }
    }
}
