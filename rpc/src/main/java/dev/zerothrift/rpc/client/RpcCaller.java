package dev.zerothrift.rpc.client;

import dev.zerothrift.rpc.StructWriter;

import java.util.concurrent.CompletableFuture;

/**
 * What sends calls, as generated clients see it: {@link RpcClient} (one connection that many
 * threads share, calls completed on its event loop) or {@link BlockingRpcClient} (one connection of
 * one thread, which does the I/O of its own calls: the future is complete when {@code call}
 * returns).
 */
public interface RpcCaller {
    /**
     * Sends a call with the caller's default timeout and returns its result's future.
     *
     * @param service the service name for a multiplexed server ({@code service:method} on the
     *     wire), or null for a bare method name.
     * @param method the method name.
     * @param args writes the {@code method_args} struct.
     * @param reader decodes the reply (see {@link ResponseReader}).
     */
    <R> CompletableFuture<R> call(
            String service, String method, StructWriter args, ResponseReader<R> reader);

    /** Sends a oneway call; the future completes when the request has been written. */
    CompletableFuture<Void> oneway(String service, String method, StructWriter args);

    /**
     * Sends a call and waits for its result; throws what the call failed with (the declared
     * exception the reader threw, an {@link dev.zerothrift.rpc.ApplicationException}, a timeout or
     * a closed connection).
     */
    default <R> R callBlocking(
            String service, String method, StructWriter args, ResponseReader<R> reader)
            throws Exception {
        return RpcClient.await(call(service, method, args, reader));
    }
}
