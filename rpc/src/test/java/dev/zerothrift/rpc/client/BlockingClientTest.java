package dev.zerothrift.rpc.client;

import static dev.zerothrift.rpc.testing.CallAssertions.assertOops;

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
import dev.zerothrift.rpc.testing.EchoClient;
import dev.zerothrift.rpc.testing.EchoServer;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.rpc.testing.Oops;
import dev.zerothrift.rpc.testing.RawServer;
import dev.zerothrift.rpc.transport.NettyIo;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The blocking client, whose calling thread does the I/O: every way a call ends (those that end as
 * they do for {@link RpcClient} are in {@link ClientTest}, for both), each transport, protocol and
 * Netty transport, and the one-thread rule.
 */
@ExtendWith(LeakCheck.class)
class BlockingClientTest {
    private EchoServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(2));
        }
    }

    private int startServer() throws InterruptedException {
        server = EchoServer.start(1);
        return server.port();
    }

    private BlockingRpcClient connect(Duration timeout) throws InterruptedException {
        return RpcClient.builder("127.0.0.1", startServer()).timeout(timeout).connectBlocking();
    }

    private static String echoOf(BlockingRpcClient client, String text) throws Exception {
        return EchoClient.bare(client).echo(text);
    }

    private static long delay(BlockingRpcClient client, int millis, long token, Duration timeout)
            throws Exception {
        return client.callBlocking(
                null,
                "delay",
                EchoService.delayArgs(millis, token),
                EchoService.I64_RESULT,
                timeout);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void callsInEveryTransportAndProtocol(Transport transport) throws Exception {
        int port = startServer();
        for (Protocol protocol : Protocol.values()) {
            for (NettyIo io : List.of(NettyIo.preferred(), NettyIo.NIO)) {
                try (BlockingRpcClient client =
                        RpcClient.builder("127.0.0.1", port)
                                .transport(transport)
                                .protocol(protocol)
                                .io(io)
                                .connectBlocking()) {
                    assertEquals(transport, client.transport());
                    assertEquals(protocol, client.protocol());
                    String big = "b".repeat(300_000); // more than one socket write and read
                    for (String text : List.of("one", "two ✓", big, "three")) {
                        assertEquals(text, echoOf(client, text));
                    }
                    EchoClient echo = EchoClient.bare(client);
                    assertEquals(5, echo.add(2, 3));
                    assertOops("declared", () -> echo.fail("declared"));
                    ApplicationException boom =
                            assertThrows(ApplicationException.class, echo::boom);
                    assertEquals(ApplicationException.Type.INTERNAL_ERROR, boom.type());
                    assertEquals(0, client.pendingCalls());
                }
            }
        }
    }

    @Test
    void aSpinningClientPollsThenBlocks() throws Exception {
        int port = startServer();
        try (BlockingRpcClient client =
                RpcClient.builder("127.0.0.1", port)
                        .spin(Duration.ofMillis(2))
                        .timeout(Duration.ofSeconds(10))
                        .connectBlocking()) {
            assertEquals("quick", echoOf(client, "quick")); // within the spin, most likely
            // long after it: blocks in the selector
            assertEquals(4L, EchoClient.bare(client).delay(50, 4));
            assertThrows(
                    CallTimeoutException.class, () -> delay(client, 200, 5, Duration.ofMillis(30)));
            assertEquals("again", echoOf(client, "again"));
        }
    }

    @Test
    void theFutureIsCompleteWhenCallReturns() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            CompletableFuture<Long> call =
                    client.call(
                            null, "delay", EchoService.delayArgs(30, 9), EchoService.I64_RESULT);
            assertTrue(call.isDone());
            assertEquals(9L, call.getNow(null));
            CompletableFuture<String> failed =
                    client.call(
                            null, "fail", EchoService.stringArgs("f"), EchoService.STRING_RESULT);
            assertTrue(failed.isCompletedExceptionally());
            assertInstanceOf(
                    Oops.class, assertThrows(ExecutionException.class, failed::get).getCause());
        }
    }

    @Test
    void theReaderRunsOnTheCallingThreadAndMayTakeTheReply() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            Thread caller = Thread.currentThread();
            Chain taken =
                    client.callBlocking(
                            null,
                            "echo",
                            EchoService.stringArgs("kept"),
                            reply -> {
                                assertEquals(caller, Thread.currentThread());
                                return reply.takeResponse();
                            });
            try {
                assertTrue(taken.length() > "kept".length());
            } finally {
                taken.release(); // the caller owns what the reader took
            }
            // a reader that took the reply and then threw: the client releases it (LeakCheck)
            assertThrows(
                    IllegalStateException.class,
                    () ->
                            client.callBlocking(
                                    null,
                                    "echo",
                                    EchoService.stringArgs("dropped"),
                                    reply -> {
                                        reply.takeResponse();
                                        throw new IllegalStateException("reader failed");
                                    }));
            assertEquals("after", echoOf(client, "after"));
        }
    }

    @Test
    void aTimedOutCallFailsAndItsLateReplyIsDroppedDuringTheNextCall() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            long start = System.nanoTime();
            CallTimeoutException e =
                    assertThrows(
                            CallTimeoutException.class,
                            () -> delay(client, 300, 1, Duration.ofMillis(50)));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= 45 && millis < 250, "timed out after " + millis + " ms");
            assertEquals("delay #1 got no reply within 50 ms", e.getMessage());
            assertEquals(0, client.pendingCalls());
            // the late reply arrives while the next call waits for its own
            assertEquals(7L, EchoClient.bare(client).delay(400, 7));
            assertEquals(1, client.lateReplies());
        }
    }

    @Test
    void anInterruptAbandonsTheCall() throws Exception {
        ScheduledExecutorService interrupter = Executors.newSingleThreadScheduledExecutor();
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            Thread caller = Thread.currentThread();
            interrupter.schedule(caller::interrupt, 50, TimeUnit.MILLISECONDS);
            InterruptedException e =
                    assertThrows(
                            InterruptedException.class,
                            () -> EchoClient.bare(client).delay(400, 1));
            assertEquals("interrupted waiting for delay", e.getMessage());
            assertFalse(Thread.currentThread().isInterrupted());

            interrupter.schedule(caller::interrupt, 50, TimeUnit.MILLISECONDS);
            CompletableFuture<Long> cancelled =
                    client.call(
                            null, "delay", EchoService.delayArgs(400, 2), EchoService.I64_RESULT);
            assertTrue(Thread.interrupted(), "call() leaves the interrupt flag set");
            assertThrows(CancellationException.class, cancelled::join);
            assertEquals(0, client.pendingCalls());

            assertEquals(3L, EchoClient.bare(client).delay(600, 3));
            assertEquals(2, client.lateReplies());
        } finally {
            interrupter.shutdownNow();
            Thread.interrupted();
        }
    }

    @Test
    void theServerGoingAwayFailsTheCallAndTheNextOnes() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(30))) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread shutdown =
                    new Thread(
                            () -> {
                                try {
                                    long deadline = System.nanoTime() + 10_000_000_000L;
                                    while (server.hung.isEmpty() && System.nanoTime() < deadline) {
                                        Thread.sleep(5);
                                    }
                                    server.server().shutdown(Duration.ofMillis(100));
                                } catch (Throwable e) {
                                    failure.set(e);
                                }
                            });
            shutdown.start();
            ConnectionClosedException e =
                    assertThrows(
                            ConnectionClosedException.class,
                            () -> EchoClient.bare(client).callString("hang", EchoService.NO_ARGS));
            assertTrue(
                    e.getMessage()
                            .matches("connection to .* closed with 1 calls waiting for replies"),
                    e.getMessage());
            shutdown.join(10_000);
            assertEquals(null, failure.get());
            assertFalse(client.isOpen());
            assertThrows(ConnectionClosedException.class, () -> echoOf(client, "x"));
            CompletableFuture<Void> oneway =
                    client.oneway(null, "notify", EchoService.stringArgs("x"));
            assertTrue(oneway.isDone());
            assertInstanceOf(
                    ConnectionClosedException.class,
                    assertThrows(ExecutionException.class, oneway::get).getCause());
        }
        assertTrue(server.hung.stream().allMatch(ServerCall::isCancelled));
    }

    @Test
    void aCloseBetweenCallsIsSeenByTheNextCall() throws Exception {
        int port = startServer();
        try (BlockingRpcClient client = RpcClient.builder("127.0.0.1", port).connectBlocking()) {
            assertEquals("before", echoOf(client, "before"));
            server.shutdown(Duration.ofSeconds(2));
            server = null;
            assertThrows(ConnectionClosedException.class, () -> echoOf(client, "after"));
            assertFalse(client.isOpen());
        }
    }

    @Test
    void onewayCallsAreWrittenBeforeTheyReturn() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            CompletableFuture<Void> sent =
                    client.oneway(null, "notify", EchoService.stringArgs("one way"));
            assertTrue(sent.isDone());
            sent.join();
            assertEquals("one way", server.echo.notified.poll(5, TimeUnit.SECONDS));
            assertEquals("then", echoOf(client, "then"));
        }
    }

    @Test
    void aRequestOverTheFrameLimitFailsBeforeItIsSent() throws Exception {
        int port = startServer();
        try (BlockingRpcClient client =
                RpcClient.builder("127.0.0.1", port)
                        .limits(Limits.DEFAULT.withMaxFrameSize(1024))
                        .connectBlocking()) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> echoOf(client, "x".repeat(2000)));
            assertTrue(e.getMessage().endsWith("is over the limit of 1024"), e.getMessage());
            assertEquals("small", echoOf(client, "small"));
        }
    }

    @Test
    void aWriterThatThrowsFailsOnlyItsCall() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            IllegalStateException e =
                    assertThrows(
                            IllegalStateException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "echo",
                                            out -> {
                                                out.writeStructBegin();
                                                throw new IllegalStateException("writer failed");
                                            },
                                            EchoService.STRING_RESULT));
            assertEquals("writer failed", e.getMessage());
            assertEquals("fine", echoOf(client, "fine"));
        }
    }

    @Test
    void onlyTheOwningThreadMayCallAndNotFromInsideACall() throws Exception {
        try (BlockingRpcClient client = connect(Duration.ofSeconds(10))) {
            AtomicReference<Throwable> other = new AtomicReference<>();
            Thread thread =
                    new Thread(
                            () -> {
                                try {
                                    echoOf(client, "elsewhere");
                                } catch (Throwable e) {
                                    other.set(e);
                                }
                                try {
                                    closeOf(client).close();
                                } catch (Throwable e) {
                                    other.get().addSuppressed(e);
                                }
                            },
                            "not-the-owner");
            thread.start();
            thread.join(10_000);
            IllegalStateException e = assertInstanceOf(IllegalStateException.class, other.get());
            assertEquals(
                    "this BlockingRpcClient belongs to thread "
                            + Thread.currentThread().getName()
                            + ", not not-the-owner",
                    e.getMessage());
            assertInstanceOf(IllegalStateException.class, e.getSuppressed()[0]);
            assertTrue(client.isOpen());

            IllegalStateException nested =
                    assertThrows(
                            IllegalStateException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "echo",
                                            EchoService.stringArgs("outer"),
                                            reply -> echoOf(client, "inner")));
            assertEquals(
                    "a BlockingRpcClient cannot be used from inside one of its own calls",
                    nested.getMessage());
            assertEquals("still", echoOf(client, "still"));
        }
    }

    private static AutoCloseable closeOf(BlockingRpcClient client) {
        return client;
    }

    @Test
    void closingIsIdempotentAndLaterCallsFail() throws Exception {
        BlockingRpcClient client = connect(Duration.ofSeconds(10));
        assertEquals("open", echoOf(client, "open"));
        client.close();
        client.close();
        assertFalse(client.isOpen());
        ConnectionClosedException e =
                assertThrows(ConnectionClosedException.class, () -> echoOf(client, "closed"));
        assertEquals("client is closed", e.getMessage());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.server().connections() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, server.server().connections());
    }

    @Test
    void aRefusedConnectionFailsConnect() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ConnectionClosedException e =
                assertThrows(
                        ConnectionClosedException.class,
                        () -> RpcClient.builder("127.0.0.1", port).connectBlocking());
        assertTrue(
                e.getMessage().startsWith("cannot connect to /127.0.0.1:" + port + ": ")
                        && e.getMessage().contains("Connection refused"),
                e.getMessage());
        assertThrows(
                IllegalStateException.class,
                () ->
                        RpcClient.builder("127.0.0.1", port)
                                .eventLoopGroup(NettyIo.NIO.newGroup(1, "unused"))
                                .connectBlocking());
    }

    @Test
    void manySequentialCallsEachGetTheirOwnReply() throws Exception {
        Random random = new Random(11);
        try (BlockingRpcClient client = connect(Duration.ofSeconds(30))) {
            for (int i = 0; i < 3000; i++) {
                String text = "call-" + i + "-" + "x".repeat(random.nextInt(5000));
                assertEquals(text, echoOf(client, text));
            }
            assertEquals(0, client.lateReplies());
        }
    }

    /**
     * Replies of random bytes (some behind a plausible frame length): each call ends with an
     * exception of the rpc module or a reader's, within its timeout, and nothing leaks.
     */
    @Test
    void garbageRepliesEndTheCallCleanly() throws Exception {
        Random random = new Random(2026);
        for (int round = 0; round < 20; round++) {
            byte[] noise = new byte[1 + random.nextInt(200)];
            random.nextBytes(noise);
            if (round % 2 == 0) { // a frame of the right length, garbage inside
                noise = Messages.framed(noise);
            }
            byte[] answer = noise;
            try (RawServer raw = RawServer.answering((call, n) -> new byte[][] {answer});
                    BlockingRpcClient client =
                            RpcClient.builder("127.0.0.1", raw.port())
                                    .timeout(Duration.ofMillis(300))
                                    .connectBlocking()) {
                Exception e = assertThrows(Exception.class, () -> echoOf(client, "g"));
                assertTrue(
                        e instanceof dev.zerothrift.rpc.RpcException
                                || e instanceof ApplicationException
                                || e instanceof dev.zerothrift.runtime.protocol.ProtocolException,
                        "round " + round + ": " + e);
            }
        }
    }
}
