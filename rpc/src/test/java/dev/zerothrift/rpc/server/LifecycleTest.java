package dev.zerothrift.rpc.server;

import static dev.zerothrift.rpc.testing.CallAssertions.assertApplicationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.ConnectionClosedException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.testing.BlobService;
import dev.zerothrift.rpc.testing.EchoClient;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.Frames;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/** Executors, graceful shutdown, disconnects while a handler runs, back-pressure. */
@ExtendWith(LeakCheck.class)
class LifecycleTest {
    private final EchoService echo = new EchoService();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private RpcServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(5));
        }
        executor.shutdownNow();
        echo.stop();
    }

    /** A server of {@link EchoService} whose handlers run on {@code handlers}. */
    private RpcServer startEcho(Executor handlers) throws InterruptedException {
        return RpcServer.builder()
                .defaultService(echo.definition("Echo"))
                .executor(handlers)
                .start();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void handlersRunOnTheExecutorWhenGivenOne() throws Exception {
        ServiceDefinition where =
                ServiceDefinition.builder("Where")
                        .method(
                                "thread",
                                call ->
                                        call.reply(
                                                out -> {
                                                    out.writeStructBegin();
                                                    out.writeFieldBegin((byte) 11, 0);
                                                    out.writeString(
                                                            Thread.currentThread().getName());
                                                    out.writeFieldEnd();
                                                    out.writeFieldStop();
                                                    out.writeStructEnd();
                                                }))
                        .build();
        server = RpcServer.builder().defaultService(where).executor(executor).start();
        try (RpcClient client = RpcClient.builder("127.0.0.1", server.port()).connect()) {
            String thread =
                    client.callBlocking(
                            null, "thread", EchoService.NO_ARGS, EchoService.STRING_RESULT);
            assertTrue(thread.startsWith("pool-"), thread);
        }
        server.shutdown(Duration.ofSeconds(5));
        server = RpcServer.builder().defaultService(where).start();
        try (RpcClient client = RpcClient.builder("127.0.0.1", server.port()).connect()) {
            String thread =
                    client.callBlocking(
                            null, "thread", EchoService.NO_ARGS, EchoService.STRING_RESULT);
            assertTrue(thread.startsWith("zerothrift-io"), thread);
        }
    }

    @Test
    void ttHeaderInfosReachTheHandler() throws Exception {
        AtomicReference<ServerCall> seen = new AtomicReference<>();
        ServiceDefinition where =
                ServiceDefinition.builder("Where")
                        .method(
                                "who",
                                call -> {
                                    seen.set(call);
                                    call.reply(out -> EchoService.NO_ARGS.write(out));
                                })
                        .build();
        server = RpcServer.builder().defaultService(where).start();
        try (RpcClient client =
                RpcClient.builder("127.0.0.1", server.port())
                        .transport(Transport.HEADER)
                        .headerInfos(Map.of("tenant", "t-1"), Map.of(3, "caller", 6, "Where"))
                        .connect()) {
            client.callBlocking(null, "who", EchoService.NO_ARGS, reply -> null);
        }
        ServerCall call = seen.get();
        assertEquals(Map.of("tenant", "t-1"), call.ttHeader().strings());
        assertEquals(Map.of(3, "caller", 6, "Where"), call.ttHeader().ints());
        assertEquals(call.seqId(), call.ttHeader().seqId());
        assertTrue(
                call.remoteAddress().toString().contains("127.0.0.1"),
                call.remoteAddress().toString());
    }

    @Test
    void framesOverTheLimitAreNeverSent() throws Exception {
        server =
                RpcServer.builder()
                        .defaultService(BlobService.definition())
                        .limits(Limits.DEFAULT.withMaxFrameSize(10_000))
                        .start();
        try (RpcClient client =
                RpcClient.builder("127.0.0.1", server.port())
                        .limits(Limits.DEFAULT.withMaxFrameSize(10_000))
                        .connect()) {
            ApplicationException tooBig =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "blob",
                                            EchoService.intArgs(20_000, 1),
                                            reply -> null));
            assertEquals("Internal error processing blob", tooBig.getMessage());
            IllegalArgumentException request =
                    assertThrows(
                            IllegalArgumentException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "blob",
                                            EchoService.stringArgs("r".repeat(20_000)),
                                            reply -> null));
            assertEquals("frame of 20024 bytes is over the limit of 10000", request.getMessage());
            assertTrue(client.isOpen());
        }
    }

    @Test
    void shutdownFinishesCallsInFlightThenRefusesConnections() throws Exception {
        server = startEcho(executor);
        int port = server.port();
        try (RpcClient client = RpcClient.builder("127.0.0.1", port).connect()) {
            CompletableFuture<Long> slow =
                    client.call(
                            null, "delay", EchoService.delayArgs(300, 99), EchoService.I64_RESULT);
            await(() -> server.inFlight() == 1, "the call is in flight");
            assertTrue(server.shutdown(Duration.ofSeconds(5)), "drained before the deadline");
            assertEquals(
                    99L,
                    slow.get(1, TimeUnit.SECONDS),
                    "the reply was written before the connection closed");
            await(() -> !client.isOpen(), "then the connection closed");
        }
        assertThrows(
                ConnectException.class,
                () -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 1000));
        server = null;
    }

    @Test
    void callsSentDuringShutdownAreNotStarted() throws Exception {
        server = startEcho(executor);
        try (RpcClient client = RpcClient.builder("127.0.0.1", server.port()).connect()) {
            CompletableFuture<Long> slow =
                    client.call(
                            null, "delay", EchoService.delayArgs(400, 1), EchoService.I64_RESULT);
            await(() -> server.inFlight() == 1, "the call is in flight");
            Thread stopper =
                    new Thread(
                            () -> {
                                try {
                                    server.shutdown(Duration.ofSeconds(5));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
            stopper.start();
            Thread.sleep(100); // the server is draining now
            CompletableFuture<Long> late =
                    client.call(null, "delay", EchoService.delayArgs(0, 2), EchoService.I64_RESULT);
            assertEquals(1L, slow.get(5, TimeUnit.SECONDS));
            ExecutionException e =
                    assertThrows(ExecutionException.class, () -> late.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof ConnectionClosedException, e.getCause().toString());
            stopper.join(10_000);
            assertEquals(1, server.callsStarted(), "the late call never reached a handler");
        }
        server = null;
    }

    @Test
    void aRejectingExecutorIsAnInternalError() throws Exception {
        server =
                startEcho(
                        task -> {
                            throw new RejectedExecutionException("full");
                        });
        try (RpcClient client = RpcClient.builder("127.0.0.1", server.port()).connect()) {
            assertApplicationException(
                    ApplicationException.Type.INTERNAL_ERROR,
                    "server overloaded: echo rejected",
                    () -> EchoClient.bare(client).echo("x"));
        }
        assertEquals(0, server.inFlight());
    }

    @Test
    void aDisconnectWhileTheHandlerRunsDropsItsReplyAndReleasesEverything() throws Exception {
        server = RpcServer.builder().defaultService(echo.definition("Echo")).start();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write(
                            Messages.framed(
                                    Messages.message(
                                            Protocol.BINARY,
                                            true,
                                            "delay",
                                            ThriftMessage.CALL,
                                            1,
                                            EchoService.delayArgs(200, 1))));
            await(() -> server.inFlight() == 1, "the call is in flight");
        }
        await(() -> server.inFlight() == 0, "the handler completed after the disconnect");
        await(() -> server.connections() == 0, "the connection is gone");
    }

    @Test
    void aConnectionWithItsMostCallsInFlightWaits() throws Exception {
        List<ServerCall> held = new CopyOnWriteArrayList<>();
        ServiceDefinition service =
                ServiceDefinition.builder("Hold").method("hold", held::add).build();
        server =
                RpcServer.builder()
                        .defaultService(service)
                        .maxCallsInFlightPerConnection(8)
                        .start();
        try (RpcClient client = RpcClient.builder("127.0.0.1", server.port()).connect()) {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(
                        client.call(
                                null,
                                "hold",
                                EchoService.stringArgs("h" + i),
                                EchoService.STRING_RESULT));
            }
            await(() -> held.size() == 8, "8 calls started");
            Thread.sleep(100);
            assertEquals(8, held.size(), "and no more while they are open");
            for (int done = 0; done < 20; done++) {
                int index = done;
                await(() -> held.size() > index, "call " + index + " started");
                ServerCall call = held.get(done);
                String text = EchoService.readStringArg(call.args());
                call.reply(
                        out -> {
                            out.writeStructBegin();
                            out.writeFieldBegin((byte) 11, 0);
                            out.writeString(text);
                            out.writeFieldEnd();
                            out.writeFieldStop();
                            out.writeStructEnd();
                        });
                assertTrue(held.size() <= done + 1 + 8, "never more than 8 open");
            }
            for (int i = 0; i < 20; i++) {
                assertEquals("h" + i, calls.get(i).get(5, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void aPeerThatDoesNotReadStopsBeingRead() throws Exception {
        server =
                RpcServer.builder()
                        .defaultService(BlobService.definition())
                        .writeBufferWaterMarks(32 << 10, 64 << 10)
                        .ioThreads(1)
                        .start();
        int calls = 300;
        int size = 256 << 10; // 75 MiB of replies in all: far more than socket buffers hold
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < calls; i++) {
            requests.writeBytes(
                    Messages.framed(
                            Messages.message(
                                    Protocol.BINARY,
                                    true,
                                    "blob",
                                    ThriftMessage.CALL,
                                    i,
                                    EchoService.intArgs(size, i))));
        }
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(16 << 10);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            socket.getOutputStream().write(requests.toByteArray());
            Thread.sleep(500);
            long started = server.callsStarted();
            assertTrue(
                    started < calls / 2,
                    "the server held back: " + started + " of " + calls + " calls started");
            Thread.sleep(200);
            assertTrue(
                    server.callsStarted() < calls / 2,
                    "and stays held back while the peer reads nothing");
            InputStream in = socket.getInputStream();
            for (int i = 0; i < calls; i++) {
                byte[] reply = Frames.read(in);
                assertEquals(i, Frames.header(Protocol.BINARY, reply).seqid());
                assertEquals(
                        16 + 3 + 4 + size + 1, reply.length); // header, field, length, bytes, stop
                assertEquals((byte) i, reply[reply.length - 2]);
            }
            assertEquals(calls, server.callsStarted());
        }
        await(() -> server.connections() == 0, "closed");
        assertFalse(server.inFlight() > 0);
    }
}
