package dev.zerothrift.rpc.client;

/**
 * Decodes a call's reply into its result: for a generated client, reads the {@code method_result}
 * struct from {@link ClientReply#result()} (or a view over {@link ClientReply#response()} at {@link
 * ClientReply#resultPosition()}), returns field 0, throws the declared exception that is set, or
 * throws {@code ApplicationException(MISSING_RESULT)} when neither is.
 *
 * <p>Runs on the connection's event loop (a {@link BlockingRpcClient}'s: the calling thread), once
 * per reply. What it throws fails the call's future with that exception.
 */
@FunctionalInterface
public interface ResponseReader<R> {
    R read(ClientReply reply) throws Exception;
}
