package dev.zerothrift.rpc.testing;

import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.rpc.server.ServerCall;
import dev.zerothrift.rpc.server.ServiceDefinition;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link RpcServer} of {@link EchoService}: the default service {@code Echo}, which also has a
 * method {@code hang} whose calls are never answered (they are kept in {@link #hung}), and any
 * further services by name.
 */
public final class EchoServer {
    public final EchoService echo = new EchoService();

    /** The calls of {@code hang}, in the order they arrived. */
    public final List<ServerCall> hung = new CopyOnWriteArrayList<>();

    private final RpcServer server;

    private EchoServer(int ioThreads, String... services) throws InterruptedException {
        RpcServer.Builder builder =
                RpcServer.builder()
                        .defaultService(
                                ServiceDefinition.builder(EchoService.NAME)
                                        .inherit(echo.definition(EchoService.NAME))
                                        .method("hang", hung::add)
                                        .build())
                        .ioThreads(ioThreads);
        for (String name : services) {
            builder.service(echo.definition(name));
        }
        server = builder.start();
    }

    /** A server with {@code ioThreads} event loops and the named services besides the default. */
    public static EchoServer start(int ioThreads, String... services) throws InterruptedException {
        return new EchoServer(ioThreads, services);
    }

    public int port() {
        return server.port();
    }

    public RpcServer server() {
        return server;
    }

    /**
     * Shuts the server down (see {@link RpcServer#shutdown}), then answers the hung calls, whose
     * connections are gone by then (their replies write nothing).
     *
     * @return true when every call in flight completed before the deadline.
     */
    public boolean shutdown(Duration deadline) throws InterruptedException {
        try {
            return server.shutdown(deadline);
        } finally {
            for (ServerCall call : hung) {
                call.reply(EchoService.NO_ARGS);
            }
            echo.stop();
        }
    }
}
