package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.workload.Fixture;

/**
 * One implementation of the echo service under test: its server on loopback, and callers that each
 * keep one call in flight. {@link RpcBench} starts it once per trial and gives every benchmark
 * thread a caller of its own.
 */
public interface RpcImpl {
    /**
     * Starts the server (its handler echoes {@code fixture}'s message type: {@code echoRequest} for
     * a Request, {@code echoBatch} for a Batch) on 127.0.0.1 and whatever client side the callers
     * share.
     */
    void start(Fixture fixture) throws Exception;

    /** A caller for one thread: sends the fixture's message, one call at a time. */
    Caller caller() throws Exception;

    /** Stops the server and the shared client side. */
    void stop() throws Exception;

    /** Calls the echo; used by one thread at a time. */
    interface Caller extends AutoCloseable {
        /**
         * One echo: sends the message, waits for the reply and returns what the reply was read into
         * (every field read once), for the benchmark to consume.
         */
        Object echo() throws Exception;

        /** One echo whose reply is compared with what was sent; throws when they differ. */
        void check() throws Exception;

        /** Closes what the caller alone uses (its connection, for libthrift). */
        @Override
        void close();
    }
}
