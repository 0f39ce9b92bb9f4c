package dev.zerothrift.samples.echo;

import dev.zerothrift.rpc.server.RpcServer;

/** The echo server: {@code Echo} under bare names and as {@code Echo:echo}, on the view path. */
public final class EchoServer {
    private EchoServer() {}

    /** Starts the server on {@code host:port} (port 0: any free port). */
    public static RpcServer start(String host, int port) throws InterruptedException {
        EchoViewHandler handler = new EchoViewHandler();
        return RpcServer.builder()
                .bind(host, port)
                .defaultService(Echo.viewDefinition(handler))
                .service(Echo.viewDefinition(handler))
                .start();
    }
}
