package dev.zerothrift.rpc.client;

import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.CompletableFuture;

/** A call waiting for its reply: touched only on the connection's event loop. */
final class PendingCall<R> {
    final int seqId;
    final String method;
    final String wireName;
    final ResponseReader<R> reader;
    final CompletableFuture<R> future;
    ScheduledFuture<?> timeout;

    PendingCall(
            int seqId,
            String method,
            String wireName,
            ResponseReader<R> reader,
            CompletableFuture<R> future) {
        this.seqId = seqId;
        this.method = method;
        this.wireName = wireName;
        this.reader = reader;
        this.future = future;
    }

    void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }
}
