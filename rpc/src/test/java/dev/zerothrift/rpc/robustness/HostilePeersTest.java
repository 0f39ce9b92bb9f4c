package dev.zerothrift.rpc.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.Frames;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Peers that disconnect mid-frame, send garbage, declare huge frames, stall or flood: each is dealt
 * with on its own connection while the server goes on serving the others, and nothing leaks. All on
 * 127.0.0.1, every loop bounded.
 */
@ExtendWith(LeakCheck.class)
class HostilePeersTest {
    private static final EchoService ECHO = new EchoService();
    private static final long IDLE_MILLIS = 300;
    private static RpcServer server;
    private static RpcClient good;

    @BeforeAll
    static void start() throws InterruptedException {
        server =
                RpcServer.builder()
                        .defaultService(ECHO.definition("Echo"))
                        .idleTimeout(null) // the stall test has a server of its own
                        .ioThreads(2)
                        .start();
        good =
                RpcClient.builder("127.0.0.1", server.port())
                        .timeout(Duration.ofSeconds(10))
                        .connect();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        good.close();
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
        ECHO.stop();
    }

    /** The well-behaved client is still served (it calls often enough never to be idle). */
    private static void stillServing() throws Exception {
        assertEquals(
                "ok",
                good.callBlocking(
                        null, "echo", EchoService.stringArgs("ok"), EchoService.STRING_RESULT));
    }

    /** Waits until the server closes {@code socket}; returns how long that took. */
    private static long closedWithin(Socket socket, long millis) throws IOException {
        return closedWithin(socket, millis, "");
    }

    private static long closedWithin(Socket socket, long millis, String what) throws IOException {
        long start = System.nanoTime();
        socket.setSoTimeout((int) millis);
        InputStream in = socket.getInputStream();
        try {
            while (in.read(new byte[4096]) >= 0) {
                // replies to whatever was valid before the bad bytes
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError(
                    "the server did not close the connection within " + millis + " ms " + what);
        } catch (SocketException e) {
            // reset by the server: closed too
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static byte[] call(String text, int seqId) {
        return Messages.message(
                Protocol.BINARY,
                true,
                "echo",
                ThriftMessage.CALL,
                seqId,
                EchoService.stringArgs(text));
    }

    @Test
    void peersThatDisconnectMidFrame() throws Exception {
        byte[] framed = Messages.framed(call("cut short", 1));
        byte[] unframed = call("cut short", 1);
        for (byte[] stream : List.of(framed, unframed)) {
            for (int cut : new int[] {1, 3, 4, 5, 12, stream.length - 1}) {
                try (Socket socket = connect()) {
                    socket.getOutputStream().write(stream, 0, cut);
                }
            }
        }
        stillServing();
        awaitConnections(1);
    }

    @Test
    void peersThatSendGarbage() throws Exception {
        long errors = server.connectionErrors();
        Random random = new Random(42);
        byte[] noise = new byte[64 << 10];
        random.nextBytes(noise);
        noise[0] = 'x';
        List<byte[]> garbage =
                List.of(
                        "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII),
                        noise,
                        Messages.hex("8002000100000001"), // binary, version 2
                        Messages.hex(
                                "0000000C 80010001 FFFFFFFF 00000000"), // framed, negative name
                        // length
                        Messages.concat(
                                Messages.framed(call("valid first", 1)),
                                Messages.hex("00000008 8FFF0000 00000000")));
        for (byte[] bytes : garbage) {
            try (Socket socket = connect()) {
                socket.getOutputStream().write(bytes);
                closedWithin(socket, 5000, Messages.hexDump(bytes, 16));
            }
            stillServing();
        }
        assertEquals(errors + garbage.size(), server.connectionErrors());
        awaitConnections(1);
    }

    @Test
    void aDeclaredHugeFrameIsRefusedBeforeItsBodyIsBuffered() throws Exception {
        for (String header : List.of("7FFFFFFF", "01000000", "7FFFFFFF 1000")) {
            try (Socket socket = connect()) {
                OutputStream out = socket.getOutputStream();
                out.write(Messages.hex(header + (header.length() == 8 ? " 80010001" : " 0000")));
                out.flush();
                long millis = closedWithin(socket, 5000);
                assertTrue(millis < 5000, "closed after " + millis + " ms");
            }
            stillServing();
        }
        awaitConnections(1);
    }

    @Test
    void stalledPeersAreClosedAfterTheIdleTimeout() throws Exception {
        RpcServer idle =
                RpcServer.builder()
                        .defaultService(ECHO.definition("Echo"))
                        .idleTimeout(Duration.ofMillis(IDLE_MILLIS))
                        .ioThreads(1)
                        .start();
        try (Socket silent = new Socket("127.0.0.1", idle.port());
                Socket half = new Socket("127.0.0.1", idle.port())) {
            half.getOutputStream().write(Messages.hex("00000040 8001")); // and nothing more
            long start = System.nanoTime();
            closedWithin(silent, 10_000);
            closedWithin(half, 10_000);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= IDLE_MILLIS - 50, "not before the timeout: " + millis + " ms");
        } finally {
            assertTrue(idle.shutdown(Duration.ofSeconds(5)));
        }
        stillServing();
    }

    @Test
    void aFloodOfPipelinedCallsIsAnsweredInOrderWhileOthersAreServed() throws Exception {
        int calls = 20_000;
        try (Socket socket = connect()) {
            AtomicReference<Throwable> readFailure = new AtomicReference<>();
            Thread reader =
                    new Thread(
                            () -> {
                                try {
                                    InputStream in = socket.getInputStream();
                                    for (int i = 0; i < calls; i++) {
                                        byte[] reply = Frames.read(in);
                                        ProtocolReader body = Frames.body(Protocol.BINARY, reply);
                                        body.readStructBegin();
                                        body.readFieldBegin();
                                        String text = body.readString();
                                        if (!text.equals("flood " + i)) {
                                            throw new AssertionError("reply " + i + " is " + text);
                                        }
                                    }
                                } catch (Throwable e) {
                                    readFailure.set(e);
                                }
                            },
                            "flood-reader");
            reader.start();
            OutputStream out = socket.getOutputStream();
            byte[] batch;
            for (int i = 0; i < calls; i += 100) {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                for (int j = i; j < i + 100; j++) {
                    b.writeBytes(Messages.framed(call("flood " + j, j)));
                }
                batch = b.toByteArray();
                out.write(batch);
                if (i % 2000 == 0) {
                    stillServing();
                }
            }
            out.flush();
            reader.join(60_000);
            assertTrue(!reader.isAlive(), "all replies within 60 s");
            if (readFailure.get() != null) {
                throw new AssertionError(readFailure.get());
            }
        }
        stillServing();
    }

    @Test
    void tenThousandConcurrentCallsOnOneConnectionEachGetTheirOwnReply() throws Exception {
        Random random = new Random(7);
        int calls = 10_000;
        try (RpcClient client =
                RpcClient.builder("127.0.0.1", server.port())
                        .transport(Transport.FRAMED)
                        .protocol(Protocol.COMPACT)
                        .timeout(Duration.ofSeconds(60))
                        .connect()) {
            CompletableFuture<?>[] futures = new CompletableFuture<?>[calls];
            Object[] expected = new Object[calls];
            for (int i = 0; i < calls; i++) {
                if (i % 3 == 0) {
                    String text = "call-" + i + "-" + random.nextInt();
                    expected[i] = text;
                    futures[i] =
                            client.call(
                                    null,
                                    "echo",
                                    EchoService.stringArgs(text),
                                    EchoService.STRING_RESULT);
                } else {
                    long token = random.nextLong();
                    expected[i] = token;
                    futures[i] =
                            client.call(
                                    null,
                                    "delay",
                                    EchoService.delayArgs(random.nextInt(20), token),
                                    EchoService.I64_RESULT);
                }
                if (i % 2500 == 0) {
                    stillServing();
                }
            }
            CompletableFuture.allOf(futures).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < calls; i++) {
                assertEquals(expected[i], futures[i].get(), "call " + i);
            }
            assertEquals(0, client.pendingCalls());
        }
        stillServing();
        awaitInFlight(0);
    }

    private static void awaitConnections(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.connections() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, server.connections());
    }

    private static void awaitInFlight(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.inFlight() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, server.inFlight());
    }
}
