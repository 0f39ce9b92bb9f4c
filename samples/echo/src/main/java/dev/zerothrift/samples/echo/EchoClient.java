package dev.zerothrift.samples.echo;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.runtime.protocol.Protocol;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * The echo client: each call writes its request in place with the args writer and reads the echo
 * through a view over the reply, inside the reader, before the reply's buffer goes back to the
 * pool. Thread-safe: calls from many threads share the connection.
 */
public final class EchoClient implements AutoCloseable {
    private final RpcClient rpc;
    private final Echo.Client echo;

    private EchoClient(RpcClient rpc) {
        this.rpc = rpc;
        this.echo = new Echo.Client(rpc);
    }

    public static EchoClient connect(String host, int port, Transport transport, Protocol protocol)
            throws InterruptedException {
        return new EchoClient(
                RpcClient.builder(host, port)
                        .transport(transport)
                        .protocol(protocol)
                        .timeout(Duration.ofSeconds(10))
                        .connect());
    }

    /** Echoes a request and describes the answer, read field by field from the reply's view. */
    public CompletableFuture<String> describe(
            long id, String user, int priority, long[] values, byte[] payload) {
        return echo.echoView(
                args -> write(args, id, user, priority, values, payload),
                result -> describe(result.success()));
    }

    /**
     * Echoes a request and checks the answer in place (its id, user and sizes), answering the id;
     * fails with {@code IllegalStateException} when the echo differs.
     */
    public CompletableFuture<Long> echoChecked(
            long id, String user, int priority, long[] values, byte[] payload) {
        return echo.echoView(
                args -> write(args, id, user, priority, values, payload),
                result -> {
                    RequestView echoed = result.success();
                    if (echoed.id() != id
                            || !echoed.userEquals(user)
                            || echoed.priority() != priority
                            || echoed.valuesSize() != values.length
                            || echoed.payload().remaining() != payload.length) {
                        throw new IllegalStateException(
                                "echo of " + id + " differs: " + describe(echoed));
                    }
                    return echoed.id();
                });
    }

    private static void write(
            Echo.echo_argsView.Writer args,
            long id,
            String user,
            int priority,
            long[] values,
            byte[] payload) {
        args.beginRequest()
                .id(id)
                .user(user)
                .priority(priority)
                .values(values)
                .payload(payload)
                .end();
    }

    private static String describe(RequestView r) {
        return "Request{id="
                + r.id()
                + ", user="
                + r.user()
                + ", priority="
                + r.priority()
                + ", values="
                + Arrays.toString(r.valuesLongs())
                + ", payload="
                + r.payload().remaining()
                + " bytes}";
    }

    @Override
    public void close() {
        rpc.close();
    }
}
