package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.rpc.client.BlockingRpcClient;
import dev.zerothrift.rpc.client.RpcClient;

import java.net.InetSocketAddress;
import java.time.Duration;

/** How zerothrift's callers reach the server ({@code views} and {@code pojo}). */
enum ClientMode {
    /**
     * A {@link dev.zerothrift.rpc.client.BlockingRpcClient} per caller: its own connection, whose
     * I/O runs on the caller's thread (one call at a time, as libthrift's clients).
     */
    BLOCKING,

    /**
     * {@link #BLOCKING}, each call first polling for its reply for up to {@link #SPIN} before it
     * blocks (a core busy while waiting; not in the default run).
     */
    SPINNING,

    /**
     * One {@link dev.zerothrift.rpc.client.RpcClient} connection that all callers share, calls
     * matched by seq id on its event loop; each caller waits on its call's future.
     */
    SHARED;

    /**
     * What a program with {@code callers} threads calling at once would use: a lone caller its own
     * blocking client (no hand-over to an event loop and back), many callers one shared connection
     * (their calls written and read in batches; a blocking client each measured slower there: see
     * benchmarks/README.md).
     */
    static ClientMode forCallers(int callers) {
        return callers == 1 ? BLOCKING : SHARED;
    }

    /** How long a {@link #SPINNING} call polls: longer than most echoes take at x1. */
    static final Duration SPIN = Duration.ofNanos(200_000);

    /** Whether each caller has a blocking client of its own. */
    boolean ownClient() {
        return this != SHARED;
    }

    /** A blocking client for the calling thread. */
    BlockingRpcClient connectBlocking(InetSocketAddress server) throws InterruptedException {
        return RpcClient.builder(server).spin(this == SPINNING ? SPIN : null).connectBlocking();
    }
}
