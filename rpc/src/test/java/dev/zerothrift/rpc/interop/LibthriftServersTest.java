package dev.zerothrift.rpc.interop;

import static dev.zerothrift.rpc.testing.CallAssertions.assertApplicationException;
import static dev.zerothrift.rpc.testing.CallAssertions.assertOops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.BlockingRpcClient;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.testing.EchoClient;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.TMultiplexedProcessor;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TSimpleServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.server.TThreadedSelectorServer;
import org.apache.thrift.transport.TNonblockingServerSocket;
import org.apache.thrift.transport.TServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Our client against Apache libthrift 0.23 servers: {@code TThreadedSelectorServer} (framed),
 * {@code TSimpleServer} and {@code TThreadPoolServer} (buffered), binary and compact, with a
 * multiplexed processor that also has a default; the multiplexing client and the blocking one.
 */
@ExtendWith(LeakCheck.class)
class LibthriftServersTest {
    enum Kind {
        THREADED_SELECTOR,
        SIMPLE,
        THREAD_POOL
    }

    private TServer server;
    private Thread serving;
    private final LibthriftEcho echo = new LibthriftEcho();

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
            serving.join(10_000);
        }
    }

    static Stream<Arguments> servers() {
        List<Arguments> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Protocol protocol : Protocol.values()) {
                all.add(Arguments.of(kind, protocol));
            }
        }
        return all.stream();
    }

    private int start(Kind kind, Protocol protocol) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        TProtocolFactory factory =
                protocol == Protocol.BINARY
                        ? new TBinaryProtocol.Factory()
                        : new TCompactProtocol.Factory();
        TMultiplexedProcessor processor = new TMultiplexedProcessor();
        processor.registerProcessor("Echo", echo);
        processor.registerDefault(echo);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        server =
                switch (kind) {
                    case THREADED_SELECTOR ->
                            new TThreadedSelectorServer(
                                    new TThreadedSelectorServer.Args(
                                                    new TNonblockingServerSocket(address))
                                            .selectorThreads(1)
                                            .workerThreads(2)
                                            .processor(processor)
                                            .protocolFactory(factory));
                    case SIMPLE ->
                            new TSimpleServer(
                                    new TServer.Args(new TServerSocket(address))
                                            .processor(processor)
                                            .protocolFactory(factory));
                    case THREAD_POOL ->
                            new TThreadPoolServer(
                                    new TThreadPoolServer.Args(new TServerSocket(address))
                                            .minWorkerThreads(1)
                                            .maxWorkerThreads(4)
                                            .processor(processor)
                                            .protocolFactory(factory));
                };
        serving = new Thread(server::serve, "libthrift-" + kind);
        serving.setDaemon(true);
        serving.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!server.isServing() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(server.isServing());
        return port;
    }

    /** A client builder for the server of {@code kind}, started: framed to the selector server. */
    private RpcClient.Builder clientOf(Kind kind, Protocol protocol) throws Exception {
        int port = start(kind, protocol);
        return RpcClient.builder("127.0.0.1", port)
                .transport(kind == Kind.THREADED_SELECTOR ? Transport.FRAMED : Transport.UNFRAMED)
                .protocol(protocol);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servers")
    void ourClientCallsLibthriftServers(Kind kind, Protocol protocol) throws Exception {
        try (RpcClient client = clientOf(kind, protocol).connect()) {
            EchoClient muxed = EchoClient.multiplexed(client, "Echo");
            assertEquals("bare", EchoClient.bare(client).echo("bare"));
            assertEquals("muxed ✓", muxed.echo("muxed ✓"));
            String big = "z".repeat(200_000);
            assertEquals(big, muxed.echo(big));

            assertOops("no", () -> muxed.fail("no"));
            assertApplicationException(
                    ApplicationException.Type.UNKNOWN_METHOD,
                    "Invalid method name: 'nope'",
                    () -> muxed.callString("nope", EchoService.NO_ARGS));

            muxed.notifyOneway("one way").get(5, TimeUnit.SECONDS);
            assertEquals("one way", echo.notified.poll(5, TimeUnit.SECONDS));

            // many calls in flight on one connection: libthrift answers them in turn, each matched
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(
                        client.call(
                                i % 2 == 0 ? null : "Echo",
                                "echo",
                                EchoService.stringArgs("m" + i),
                                EchoService.STRING_RESULT));
            }
            for (int i = 0; i < 200; i++) {
                assertEquals("m" + i, calls.get(i).get(10, TimeUnit.SECONDS));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servers")
    void ourBlockingClientCallsLibthriftServers(Kind kind, Protocol protocol) throws Exception {
        try (BlockingRpcClient client = clientOf(kind, protocol).connectBlocking()) {
            EchoClient muxed = EchoClient.multiplexed(client, "Echo");
            String big = "z".repeat(200_000);
            for (int i = 0; i < 50; i++) { // one call at a time, each matched, bare and muxed
                String text = i % 10 == 9 ? big + i : "call " + i + " ✓";
                assertEquals(text, (i % 2 == 0 ? EchoClient.bare(client) : muxed).echo(text));
            }
            assertOops("no", () -> muxed.fail("no"));
            assertApplicationException(
                    ApplicationException.Type.UNKNOWN_METHOD,
                    "Invalid method name: 'nope'",
                    () -> muxed.callString("nope", EchoService.NO_ARGS));
            assertTrue(muxed.notifyOneway("one way").isDone());
            assertEquals("one way", echo.notified.poll(5, TimeUnit.SECONDS));
            assertEquals("last", EchoClient.bare(client).echo("last"));
        }
    }
}
