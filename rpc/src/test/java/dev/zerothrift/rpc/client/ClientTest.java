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
import dev.zerothrift.rpc.server.ServerCall;
import dev.zerothrift.rpc.testing.ClientStyle;
import dev.zerothrift.rpc.testing.EchoClient;
import dev.zerothrift.rpc.testing.EchoServer;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.rpc.testing.RawServer;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How a call ends on the client: reply, timeout, cancellation, connection loss, bad replies. The
 * scenarios that end the same way for both clients run for each {@link ClientStyle}; those of the
 * blocking client alone are in {@link BlockingClientTest}.
 */
@ExtendWith(LeakCheck.class)
class ClientTest {
    private EchoServer server;
    private RawServer raw;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(2));
        }
        if (raw != null) {
            raw.close();
        }
    }

    private RpcClient startServerAndConnect(Duration timeout) throws InterruptedException {
        server = EchoServer.start(1);
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
            assertEquals("still", EchoClient.bare(client).echo("still"));
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
            assertEquals(5L, EchoClient.bare(client).delay(0, 5));
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
            while (server.hung.size() < 20 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(20, server.hung.size());
            assertFalse(
                    server.server().shutdown(Duration.ofMillis(100)),
                    "the hung calls cannot finish");
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
        assertTrue(server.hung.stream().allMatch(ServerCall::isCancelled));
    }

    @ParameterizedTest
    @EnumSource(ClientStyle.class)
    void aReplyWithAnUnknownSeqIdFailsTheConnection(ClientStyle style) throws Exception {
        raw =
                RawServer.answering(
                        (call, n) ->
                                new byte[][] {
                                    RawServer.reply(call.name(), call.seqid() + 1000, "x")
                                });
        try (ClientStyle.Client client =
                style.connect(RpcClient.builder("127.0.0.1", raw.port()))) {
            ConnectionClosedException e =
                    assertThrows(
                            ConnectionClosedException.class,
                            () -> EchoClient.bare(client).echo("a"));
            assertEquals(
                    ApplicationException.Type.BAD_SEQUENCE_ID,
                    assertInstanceOf(ApplicationException.class, e.getCause()).type());
            assertEquals(
                    "reply echo with seq id 1001, which no call on this connection is waiting for",
                    e.getCause().getMessage());
            if (style == ClientStyle.BLOCKING) {
                // the blocking client has closed before it throws; RpcClient's channel closes on
                // its event loop just after it failed the calls
                assertFalse(client.isOpen());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ClientStyle.class)
    void aReplyDeclaringAHugeFrameFailsTheConnection(ClientStyle style) throws Exception {
        raw = RawServer.answering((call, n) -> new byte[][] {Messages.hex("7FFFFFF0 80010002")});
        try (ClientStyle.Client client =
                style.connect(RpcClient.builder("127.0.0.1", raw.port()))) {
            ConnectionClosedException e =
                    assertThrows(
                            ConnectionClosedException.class,
                            () -> EchoClient.bare(client).echo("a"));
            assertEquals(
                    "frame of 2147483632 bytes is over the limit of 16384000",
                    e.getCause().getMessage());
            assertTrue(
                    e.getMessage().contains("closed with 1 calls waiting for replies"),
                    e.getMessage());
        }
    }

    /** Answers the first call twice, and later calls once. */
    private static byte[][] twiceToTheFirstCall(ThriftMessage call, int n) {
        return n == 0
                ? new byte[][] {
                    RawServer.reply(call.name(), call.seqid(), "first"),
                    RawServer.reply(call.name(), call.seqid(), "again")
                }
                : new byte[][] {RawServer.reply(call.name(), call.seqid(), "late")};
    }

    @Test
    void aSecondReplyToTheSameCallFailsTheConnection() throws Exception {
        raw = RawServer.answering(ClientTest::twiceToTheFirstCall);
        try (RpcClient client = RpcClient.builder("127.0.0.1", raw.port()).connect()) {
            assertEquals("first", EchoClient.bare(client).echo("a"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (client.isOpen() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertFalse(client.isOpen(), "the duplicate reply closed the connection");
        }
    }

    @Test
    void aSecondReplyToTheSameCallFailsTheBlockingConnectionAtTheNextCall() throws Exception {
        raw = RawServer.answering(ClientTest::twiceToTheFirstCall);
        try (BlockingRpcClient client =
                RpcClient.builder("127.0.0.1", raw.port()).connectBlocking()) {
            EchoClient echo = EchoClient.bare(client);
            assertEquals("first", echo.echo("a"));
            // the duplicate came in the same read as the first reply, or comes during the next
            // call: either way that call fails and the connection is closed
            ConnectionClosedException e =
                    assertThrows(ConnectionClosedException.class, () -> echo.echo("b"));
            String why =
                    "reply echo with seq id 1, which no call on this connection is waiting for";
            assertTrue(
                    e.getMessage().contains(why)
                            || (e.getCause() != null && why.equals(e.getCause().getMessage())),
                    e.getMessage());
            assertFalse(client.isOpen());
        }
    }

    @ParameterizedTest
    @EnumSource(ClientStyle.class)
    void aReplyForAnotherMethodIsWrongMethodName(ClientStyle style) throws Exception {
        raw =
                RawServer.answering(
                        (call, n) -> new byte[][] {RawServer.reply("other", call.seqid(), "x")});
        try (ClientStyle.Client client =
                style.connect(RpcClient.builder("127.0.0.1", raw.port()))) {
            ApplicationException e =
                    assertThrows(
                            ApplicationException.class,
                            () -> EchoClient.multiplexed(client, "Svc").echo("a"));
            assertEquals(ApplicationException.Type.WRONG_METHOD_NAME, e.type());
            assertEquals("Svc:echo failed: wrong method name in reply: other", e.getMessage());
            assertTrue(client.isOpen());
        }
    }

    /** Without header infos and with them. */
    @ParameterizedTest
    @EnumSource(ClientStyle.class)
    void theTTHeaderClientSpeaksToTheDetectingServer(ClientStyle style) throws Exception {
        server = EchoServer.start(1);
        for (boolean infos : new boolean[] {false, true}) {
            RpcClient.Builder builder =
                    RpcClient.builder("127.0.0.1", server.port())
                            .transport(Transport.HEADER)
                            .protocol(Protocol.COMPACT);
            if (infos) {
                builder.headerInfos(Map.of("k", "v"), Map.of(3, "caller"));
            }
            try (ClientStyle.Client client = style.connect(builder)) {
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
}
