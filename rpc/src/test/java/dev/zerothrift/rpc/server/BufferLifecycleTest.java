package dev.zerothrift.rpc.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.CallTimeoutException;
import dev.zerothrift.rpc.ConnectionClosedException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.ClientReply;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Oops;
import dev.zerothrift.rpc.transport.OutboundFrames;
import dev.zerothrift.rpc.transport.TTHeader;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakDetector;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.WireType;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Request and reply buffers go back to the pool however a call ends. Each case checks, with the
 * strict leak detector, that every block taken during it was released once it settled.
 */
@ExtendWith(LeakCheck.class)
class BufferLifecycleTest {
    private final EchoService echo = new EchoService();
    private final List<ServerCall> held = new CopyOnWriteArrayList<>();
    private final BlockPool pool = new BlockPool();
    private RpcServer server;
    private RpcClient client;

    @BeforeEach
    void start() throws InterruptedException {
        ServiceDefinition service =
                ServiceDefinition.builder("Echo")
                        .inherit(echo.definition("Echo"))
                        .method("hold", held::add)
                        .method(
                                "badResult",
                                call ->
                                        call.reply(
                                                out -> {
                                                    out.writeStructBegin();
                                                    out.writeFieldBegin(WireType.STRING, 0);
                                                    out.writeString("x".repeat(20_000)); // a few
                                                    // blocks
                                                    // written,
                                                    // then:
                                                    throw new IllegalStateException(
                                                            "result writer failed");
                                                }))
                        .build();
        server = RpcServer.builder().defaultService(service).pool(pool).ioThreads(1).start();
        client = connect();
    }

    private RpcClient connect() throws InterruptedException {
        return RpcClient.builder("127.0.0.1", server.port())
                .transport(Transport.HEADER)
                .pool(pool)
                .timeout(Duration.ofSeconds(10))
                .connect();
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.close();
        server.shutdown(Duration.ofSeconds(2));
        for (ServerCall call : held) {
            call.reply(EchoService.NO_ARGS);
        }
        echo.stop();
    }

    private void settled(String path) throws InterruptedException {
        List<LeakDetector.Leak> leaks = LeakCheck.settle(mark);
        assertTrue(leaks.isEmpty(), path + ": " + LeakDetector.report(leaks));
        LeakDetector.forget(leaks);
        mark = LeakDetector.mark();
    }

    private long mark = LeakDetector.mark();

    /** Calls {@code hold} and waits (up to ten seconds) until its handler holds the call. */
    private CompletableFuture<String> heldCall(RpcClient caller, String text)
            throws InterruptedException {
        CompletableFuture<String> call =
                caller.call(null, "hold", EchoService.stringArgs(text), EchoService.STRING_RESULT);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (held.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return call;
    }

    private static Throwable failure(CompletableFuture<?> future) {
        return assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS))
                .getCause();
    }

    @Test
    void everyWayACallCanEnd() throws Exception {
        String big = "b".repeat(50_000); // several blocks each way
        mark = LeakDetector.mark();
        assertEquals(
                big,
                client.callBlocking(
                        null, "echo", EchoService.stringArgs(big), EchoService.STRING_RESULT));
        settled("success");

        assertInstanceOf(
                Oops.class,
                failure(
                        client.call(
                                null,
                                "fail",
                                EchoService.stringArgs(big),
                                EchoService.STRING_RESULT)));
        settled("declared exception");

        ApplicationException boom =
                (ApplicationException)
                        failure(
                                client.call(
                                        null,
                                        "boom",
                                        EchoService.stringArgs(big),
                                        EchoService.STRING_RESULT));
        assertEquals(ApplicationException.Type.INTERNAL_ERROR, boom.type());
        settled("handler threw");

        ApplicationException bad =
                (ApplicationException)
                        failure(
                                client.call(
                                        null,
                                        "badResult",
                                        EchoService.NO_ARGS,
                                        EchoService.STRING_RESULT));
        assertEquals("Internal error processing badResult", bad.getMessage());
        settled("result writer threw mid-write");

        ApplicationException unknown =
                (ApplicationException)
                        failure(
                                client.call(
                                        null,
                                        "nope",
                                        EchoService.stringArgs(big),
                                        EchoService.STRING_RESULT));
        assertEquals(ApplicationException.Type.UNKNOWN_METHOD, unknown.type());
        settled("unknown method");

        client.oneway(null, "notify", EchoService.stringArgs(big)).get(5, TimeUnit.SECONDS);
        assertEquals(big, echo.notified.poll(5, TimeUnit.SECONDS));
        settled("oneway");

        assertInstanceOf(
                CallTimeoutException.class,
                failure(
                        client.call(
                                null,
                                "delay",
                                EchoService.delayArgs(200, 1),
                                EchoService.I64_RESULT,
                                Duration.ofMillis(20))));
        awaitLate(1);
        settled("timeout, late reply dropped");

        CompletableFuture<Long> cancelled =
                client.call(null, "delay", EchoService.delayArgs(500, 2), EchoService.I64_RESULT);
        Thread.sleep(10);
        cancelled.cancel(false);
        awaitLate(2);
        settled("cancellation, late reply dropped");

        CompletableFuture<String> readerThrows =
                client.call(
                        null,
                        "echo",
                        EchoService.stringArgs(big),
                        reply -> {
                            throw new IllegalArgumentException("reader failed");
                        });
        assertEquals("reader failed", failure(readerThrows).getMessage());
        settled("response reader threw");

        CompletableFuture<String> argsThrow =
                client.call(
                        null,
                        "echo",
                        out -> {
                            out.writeStructBegin();
                            out.writeFieldBegin(WireType.STRING, 1);
                            out.writeString(big);
                            throw new IllegalStateException("args writer failed");
                        },
                        EchoService.STRING_RESULT);
        assertEquals("args writer failed", failure(argsThrow).getMessage());
        settled("args writer threw");

        Chain kept =
                client.call(
                                null,
                                "echo",
                                EchoService.stringArgs(big),
                                reply -> reply.takeResponse())
                        .get(5, TimeUnit.SECONDS);
        assertTrue(kept.length() > big.length(), "the taken reply is still readable");
        kept.release();
        settled("reply taken by the reader, then released");
    }

    @Test
    void theClientDisconnectsWhileTheHandlerHoldsTheRequest() throws Exception {
        mark = LeakDetector.mark();
        RpcClient other = connect();
        CompletableFuture<String> call = heldCall(other, "y".repeat(30_000));
        other.close();
        assertInstanceOf(ConnectionClosedException.class, failure(call));
        ServerCall serverSide = held.remove(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!serverSide.isCancelled() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(serverSide.isCancelled());
        assertFalse(
                LeakDetector.outstandingSince(mark).isEmpty(),
                "the handler still holds the request");
        assertTrue(
                serverSide.reply(out -> EchoService.NO_ARGS.write(out)),
                "completing writes nothing");
        assertFalse(serverSide.reply(out -> EchoService.NO_ARGS.write(out)), "only once");
        settled("handler completed after the disconnect");
    }

    @Test
    void theServerClosesWhileCallsWait() throws Exception {
        mark = LeakDetector.mark();
        CompletableFuture<String> waiting = heldCall(client, "z".repeat(30_000));
        assertFalse(server.shutdown(Duration.ofMillis(50)));
        assertInstanceOf(ConnectionClosedException.class, failure(waiting));
        held.remove(0).fail(new IllegalStateException("too late"));
        settled("server closed with a call waiting");
    }

    @Test
    void aReplyIsHandedToNettyOverTheChainsBlocks() {
        Chain chain = OutboundFrames.open(pool, Transport.HEADER, TTHeader.of(1, Protocol.BINARY));
        byte[] payload = new byte[3 * Chain.DEFAULT_BLOCK_SIZE];
        chain.append(payload, 0, payload.length);
        int nodes = chain.nodeCount();
        byte[][] arrays = new byte[nodes][];
        for (int i = 0; i < nodes; i++) {
            arrays[i] = chain.nodeArray(i);
        }
        ByteBuf frame = OutboundFrames.finish(chain, Transport.HEADER, 1 << 20);
        assertTrue(chain.isReleased(), "the chain gave its blocks to the buffer");
        CompositeByteBuf composite = (CompositeByteBuf) frame;
        assertEquals(nodes, composite.numComponents());
        for (int i = 0; i < nodes; i++) {
            assertSame(
                    arrays[i],
                    composite.component(i).array(),
                    "component " + i + " is the block, not a copy");
        }
        assertEquals(payload.length + 18 - 4, frame.getInt(0), "the length is filled in");
        frame.release();
    }

    @Test
    void aFrameIsCopiedOnceIntoTheAllocatorsBufferAndTheChainGoesBack() {
        Chain chain = OutboundFrames.open(pool, Transport.FRAMED, null);
        byte[] payload = new byte[3 * Chain.DEFAULT_BLOCK_SIZE];
        Arrays.fill(payload, (byte) 0x5a);
        chain.append(payload, 0, payload.length);
        ByteBuf frame =
                OutboundFrames.finish(
                        chain, Transport.FRAMED, 1 << 20, UnpooledByteBufAllocator.DEFAULT);
        assertTrue(chain.isReleased(), "the chain's blocks are back in the pool");
        assertFalse(frame instanceof CompositeByteBuf, "one buffer, not a composite");
        assertEquals(payload.length, frame.getInt(0), "the length is filled in");
        byte[] body = new byte[payload.length];
        frame.getBytes(4, body);
        assertArrayEquals(payload, body);
        frame.release();

        Chain tooBig = OutboundFrames.open(pool, Transport.FRAMED, null);
        tooBig.append(payload, 0, payload.length);
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        OutboundFrames.finish(
                                tooBig, Transport.FRAMED, 1000, UnpooledByteBufAllocator.DEFAULT));
        assertTrue(tooBig.isReleased(), "released when the frame is refused");
    }

    @Test
    void aReplyTakenByItsReaderIsTheCallersToReleaseUnlessTheReaderFails() throws Exception {
        String big = "t".repeat(30_000);
        mark = LeakDetector.mark();
        ClientReply taken =
                client.callBlocking(
                        null,
                        "echo",
                        EchoService.stringArgs(big),
                        reply -> {
                            reply.takeResponse();
                            return reply;
                        });
        assertEquals(big, EchoService.STRING_RESULT.read(taken)); // read on the caller's thread
        taken.response().release();
        settled("taken, read on the caller's thread, released");

        CompletableFuture<Object> failed =
                client.call(
                        null,
                        "echo",
                        EchoService.stringArgs(big),
                        reply -> {
                            reply.takeResponse();
                            throw new IllegalStateException("reader failed after taking");
                        });
        assertInstanceOf(IllegalStateException.class, failure(failed));
        settled("taken by a reader that then threw");
    }

    private void awaitLate(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client.lateReplies() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, client.lateReplies());
    }
}
