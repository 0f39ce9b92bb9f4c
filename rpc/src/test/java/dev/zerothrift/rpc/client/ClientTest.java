package dev.zerothrift.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.CallTimeoutException;
import dev.zerothrift.rpc.ConnectionClosedException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.rpc.server.ServerCall;
import dev.zerothrift.rpc.server.ServiceDefinition;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.Frames;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/** How a call ends on the client: reply, timeout, cancellation, connection loss, bad replies. */
@ExtendWith(LeakCheck.class)
class ClientTest {
    private final EchoService echo = new EchoService();
    private final List<ServerCall> hung = new CopyOnWriteArrayList<>();
    private RpcServer server;
    private ServerSocket raw;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(2));
        }
        for (ServerCall call : hung) { // completes after its connection is gone: writes nothing
            call.reply(EchoService.NO_ARGS);
        }
        if (raw != null) {
            raw.close();
        }
        echo.stop();
    }

    private RpcClient startServerAndConnect(Duration timeout) throws InterruptedException {
        ServiceDefinition service =
                ServiceDefinition.builder("Echo")
                        .inherit(echo.definition("Echo"))
                        .method("hang", hung::add)
                        .build();
        server = RpcServer.builder().defaultService(service).ioThreads(1).start();
        return RpcClient.builder("127.0.0.1", server.port()).timeout(timeout).connect();
    }

    private static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    private static void awaitLateReplies(RpcClient client, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client.lateReplies() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, client.lateReplies());
    }

    @Test
    void aTimedOutCallFailsAndItsLateReplyIsDropped() throws Exception {
        try (RpcClient client = startServerAndConnect(Duration.ofSeconds(10))) {
            CompletableFuture<Long> slow =
                    client.call(
                            null,
                            "delay",
                            EchoService.delayArgs(400, 1),
                            EchoService.I64_RESULT,
                            Duration.ofMillis(50));
            Throwable e = failure(slow);
            assertInstanceOf(CallTimeoutException.class, e);
            assertEquals("delay #1 got no reply within 50 ms", e.getMessage());
            awaitLateReplies(client, 1);
            assertEquals(
                    "still",
                    client.callBlocking(
                            null,
                            "echo",
                            EchoService.stringArgs("still"),
                            EchoService.STRING_RESULT));
        }
    }

    @Test
    void aCancelledCallsLateReplyIsDropped() throws Exception {
        try (RpcClient client = startServerAndConnect(Duration.ofSeconds(10))) {
            CompletableFuture<Long> slow =
                    client.call(
                            null, "delay", EchoService.delayArgs(600, 7), EchoService.I64_RESULT);
            Thread.sleep(20);
            assertTrue(slow.cancel(true));
            assertThrows(CancellationException.class, slow::join);
            awaitLateReplies(client, 1);
            assertEquals(0, client.pendingCalls());
            assertEquals(
                    5L,
                    client.callBlocking(
                            null, "delay", EchoService.delayArgs(0, 5), EchoService.I64_RESULT));
        }
    }

    @Test
    void connectionLossFailsEveryPendingCall() throws Exception {
        try (RpcClient client = startServerAndConnect(Duration.ofSeconds(30))) {
            List<CompletableFuture<String>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(
                        client.call(null, "hang", EchoService.NO_ARGS, EchoService.STRING_RESULT));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (hung.size() < 20 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(20, hung.size());
            assertFalse(server.shutdown(Duration.ofMillis(100)), "the hung calls cannot finish");
            for (CompletableFuture<String> call : calls) {
                Throwable e = failure(call);
                assertInstanceOf(ConnectionClosedException.class, e);
                assertTrue(
                        e.getMessage()
                                .matches(
                                        "connection to .* closed with 20 calls waiting for replies"),
                        e.getMessage());
            }
            Throwable after =
                    failure(
                            client.call(
                                    null,
                                    "echo",
                                    EchoService.stringArgs("x"),
                                    EchoService.STRING_RESULT));
            assertInstanceOf(ConnectionClosedException.class, after);
            assertFalse(client.isOpen());
        }
        assertTrue(hung.stream().allMatch(ServerCall::isCancelled));
    }

    /** A server that answers each framed binary call as {@code answer} says. */
    private int rawServer(BiFunction<ThriftMessage, Integer, byte[][]> answer) throws IOException {
        ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        raw = listener;
        Thread thread =
                new Thread(
                        () -> {
                            try (Socket socket = listener.accept()) {
                                OutputStream out = socket.getOutputStream();
                                int n = 0;
                                for (byte[] m;
                                        (m = Frames.read(socket.getInputStream())) != null;
                                        n++) {
                                    for (byte[] reply :
                                            answer.apply(Frames.header(Protocol.BINARY, m), n)) {
                                        out.write(Messages.framed(reply));
                                    }
                                    out.flush();
                                }
                            } catch (IOException e) {
                                // the test closed the socket
                            }
                        },
                        "raw-server");
        thread.setDaemon(true);
        thread.start();
        return raw.getLocalPort();
    }

    private static byte[] reply(String name, int seqId, String value) {
        return Messages.message(
                Protocol.BINARY,
                true,
                name,
                ThriftMessage.REPLY,
                seqId,
                out -> {
                    out.writeStructBegin();
                    out.writeFieldBegin((byte) 11, 0);
                    out.writeString(value);
                    out.writeFieldEnd();
                    out.writeFieldStop();
                    out.writeStructEnd();
                });
    }

    @Test
    void aReplyWithAnUnknownSeqIdFailsTheConnection() throws Exception {
        int port =
                rawServer((call, n) -> new byte[][] {reply(call.name(), call.seqid() + 1000, "x")});
        try (RpcClient client = RpcClient.builder("127.0.0.1", port).connect()) {
            CompletableFuture<String> a =
                    client.call(
                            null, "echo", EchoService.stringArgs("a"), EchoService.STRING_RESULT);
            Throwable e = failure(a);
            assertInstanceOf(ConnectionClosedException.class, e);
            assertEquals(
                    ApplicationException.Type.BAD_SEQUENCE_ID,
                    assertInstanceOf(ApplicationException.class, e.getCause()).type());
            assertEquals(
                    "reply echo with seq id 1001, which no call on this connection is waiting for",
                    e.getCause().getMessage());
        }
    }

    @Test
    void aReplyDeclaringAHugeFrameFailsTheConnection() throws Exception {
        ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        raw = listener;
        Thread thread =
                new Thread(
                        () -> {
                            try (Socket socket = listener.accept()) {
                                Frames.read(socket.getInputStream());
                                socket.getOutputStream().write(Messages.hex("7FFFFFF0 80010002"));
                                socket.getInputStream().read(); // until the client closes
                            } catch (IOException e) {
                                // closed
                            }
                        },
                        "huge-frame-server");
        thread.setDaemon(true);
        thread.start();
        try (RpcClient client = RpcClient.builder("127.0.0.1", raw.getLocalPort()).connect()) {
            Throwable e =
                    failure(
                            client.call(
                                    null,
                                    "echo",
                                    EchoService.stringArgs("a"),
                                    EchoService.STRING_RESULT));
            assertInstanceOf(ConnectionClosedException.class, e);
            assertEquals(
                    "frame of 2147483632 bytes is over the limit of 16384000",
                    e.getCause().getMessage());
            assertTrue(
                    e.getMessage().contains("closed with 1 calls waiting for replies"),
                    e.getMessage());
        }
    }

    @Test
    void aSecondReplyToTheSameCallFailsTheConnection() throws Exception {
        int port =
                rawServer(
                        (call, n) ->
                                n == 0
                                        ? new byte[][] {
                                            reply(call.name(), call.seqid(), "first"),
                                            reply(call.name(), call.seqid(), "again")
                                        }
                                        : new byte[][] {reply(call.name(), call.seqid(), "late")});
        try (RpcClient client = RpcClient.builder("127.0.0.1", port).connect()) {
            assertEquals(
                    "first",
                    client.callBlocking(
                            null, "echo", EchoService.stringArgs("a"), EchoService.STRING_RESULT));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (client.isOpen() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertFalse(client.isOpen(), "the duplicate reply closed the connection");
        }
    }

    @Test
    void aReplyForAnotherMethodIsWrongMethodName() throws Exception {
        int port = rawServer((call, n) -> new byte[][] {reply("other", call.seqid(), "x")});
        try (RpcClient client = RpcClient.builder("127.0.0.1", port).connect()) {
            ApplicationException e =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            "Svc",
                                            "echo",
                                            EchoService.stringArgs("a"),
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.WRONG_METHOD_NAME, e.type());
            assertEquals("Svc:echo failed: wrong method name in reply: other", e.getMessage());
            assertTrue(client.isOpen());
        }
    }

    @Test
    void theTTHeaderClientSpeaksToTheDetectingServer() throws Exception {
        startServerAndConnect(Duration.ofSeconds(10)).close();
        try (RpcClient client =
                RpcClient.builder("127.0.0.1", server.port())
                        .transport(Transport.HEADER)
                        .protocol(Protocol.COMPACT)
                        .connect()) {
            assertEquals(
                    "tt",
                    client.callBlocking(
                            null,
                            "echo",
                            EchoService.stringArgs("tt"),
                            reply -> {
                                assertEquals(Transport.HEADER, reply.transport());
                                assertEquals(reply.seqId(), reply.ttHeader().seqId());
                                return EchoService.STRING_RESULT.read(reply);
                            }));
        }
    }
}
