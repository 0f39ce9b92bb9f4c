package dev.zerothrift.rpc.client;

import dev.zerothrift.rpc.ConnectionClosedException;
import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.transport.TransportDetector;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ManualIoEventLoop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A client of one connection that belongs to one thread, which does the I/O of its own calls, one
 * at a time: as libthrift's blocking clients do, but over the same Netty pipeline, matching and
 * buffer lifecycle as {@link RpcClient}.
 *
 * <pre>{@code
 * try (BlockingRpcClient client = RpcClient.builder("127.0.0.1", 9090).connectBlocking()) {
 *     String s = client.callBlocking(null, "echo", args::write, reply -> ...);
 * }
 * }</pre>
 *
 * <b>Why.</b> With one call in flight, {@link RpcClient} costs the caller's thread a hand-over to
 * the event loop to write, the event loop a wakeup on the reply, and the caller another when the
 * event loop completes its future. Here the connection runs on a Netty {@link ManualIoEventLoop}
 * owned by the thread that connected it: a call encodes and writes its request on that thread, then
 * runs the loop (waiting in the selector, epoll where available) until its reply has been read; the
 * {@link ResponseReader} runs there too, so the only wakeup is the reply's arrival.
 *
 * <p><b>A call's life</b> is {@link RpcClient}'s, on the caller's thread: seq ids matched the same
 * way (a reply to a timed-out call is dropped when it arrives, during a later call; any other
 * unknown seq id closes the connection), the same timeouts ({@link
 * dev.zerothrift.rpc.CallTimeoutException}), frame-size limit, transports, protocols and TTHeader
 * infos (from {@link RpcClient.Builder}), and every ending releases the same buffers. An interrupt
 * of the waiting thread abandons the call (noticed within {@value #INTERRUPT_CHECK_MILLIS} ms):
 * {@code callBlocking} throws {@link InterruptedException}, {@code call}'s future is cancelled and
 * the thread's interrupt flag stays set.
 *
 * <p><b>Spinning</b> ({@link RpcClient.Builder#spin}, off by default): a call first polls the
 * socket without blocking for up to that long, then waits in the selector. A reply that comes
 * within it costs no wakeup at all, for a core kept busy while waiting: for a latency-critical
 * caller with a core to spare, not for many threads on few cores.
 *
 * <p><b>One thread.</b> Every method but {@link #isOpen()} must be called on the thread that
 * connected the client (others throw {@link IllegalStateException}), and not from inside one of its
 * own readers; give each thread its own client (libthrift's clients, which carry one call at a
 * time, are pooled the same way). Between calls nothing runs the connection: a close by the server
 * is seen by the next call, which fails with {@link ConnectionClosedException}.
 */
public final class BlockingRpcClient implements RpcCaller, AutoCloseable {
    static final long INTERRUPT_CHECK_MILLIS = 100;
    private static final long INTERRUPT_CHECK_NANOS =
            TimeUnit.MILLISECONDS.toNanos(INTERRUPT_CHECK_MILLIS);

    private final Transport transport;
    private final Protocol protocol;
    private final RequestEncoder encoder;
    private final Duration defaultTimeout;
    private final Thread owner;
    private final ManualIoEventLoop loop;
    private final Channel channel;
    private final ClientConnection connection;
    private final long spinNanos;
    private int nextSeqId;
    private boolean running;
    private boolean closed;

    BlockingRpcClient(RpcClient.Builder b) throws InterruptedException {
        this.transport = b.transport;
        this.protocol = b.protocol;
        this.encoder = new RequestEncoder(b);
        this.defaultTimeout = b.timeout;
        this.owner = Thread.currentThread();
        this.spinNanos = b.spin == null ? 0 : b.spin.toNanos();
        this.loop = new ManualIoEventLoop(owner, b.io.handlers());
        ClientConnection conn = new ClientConnection(b.limits);
        Bootstrap bootstrap =
                new Bootstrap()
                        .group(loop)
                        .channel(b.io.socketChannel())
                        .option(ChannelOption.TCP_NODELAY, true)
                        .option(
                                ChannelOption.CONNECT_TIMEOUT_MILLIS,
                                (int) b.connectTimeout.toMillis())
                        .handler(
                                new ChannelInitializer<>() {
                                    @Override
                                    protected void initChannel(Channel ch) {
                                        // no flush consolidation: nothing writes while a read
                                        // is in progress (readers may not call)
                                        ch.pipeline()
                                                .addLast(
                                                        "frames",
                                                        TransportDetector.decoderFor(
                                                                transport, b.limits, b.pool))
                                                .addLast("calls", conn);
                                    }
                                });
        ChannelFuture connected = bootstrap.connect(b.address);
        try {
            if (!runUntilDone(connected)) {
                throw new InterruptedException("interrupted connecting to " + b.address);
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            connected.cancel(false);
            connected.channel().close();
            shutDownLoop();
            throw e;
        }
        if (!connected.isSuccess()) {
            shutDownLoop();
            throw new ConnectionClosedException(
                    "cannot connect to " + b.address + ": " + connected.cause().getMessage(),
                    connected.cause());
        }
        this.channel = connected.channel();
        this.connection = conn;
    }

    public Transport transport() {
        return transport;
    }

    public Protocol protocol() {
        return protocol;
    }

    /**
     * Whether the connection is open, as last seen by the owning thread (a close by the server
     * between calls is seen by the next call); from any thread.
     */
    public boolean isOpen() {
        return channel.isActive();
    }

    /** The thread that connected the client, the only one that may use it. */
    public Thread owner() {
        return owner;
    }

    /** Calls waiting for their replies: 0 between calls (an abandoned call is not waited for). */
    public int pendingCalls() {
        checkOwner();
        return connection.pendingCount();
    }

    /** Replies dropped because their call had timed out or been abandoned. */
    public long lateReplies() {
        checkOwner();
        return connection.lateReplies();
    }

    /**
     * {@link #call(String, String, StructWriter, ResponseReader, Duration)} with the default
     * timeout.
     */
    @Override
    public <R> CompletableFuture<R> call(
            String service, String method, StructWriter args, ResponseReader<R> reader) {
        return call(service, method, args, reader, defaultTimeout);
    }

    /**
     * Sends a call and runs the connection until it ends: the future is complete when this returns
     * (cancelled if the thread was interrupted meanwhile, whose interrupt flag stays set).
     *
     * @param timeout how long to wait for the reply; null or zero waits for ever.
     */
    public <R> CompletableFuture<R> call(
            String service,
            String method,
            StructWriter args,
            ResponseReader<R> reader,
            Duration timeout) {
        CompletableFuture<R> call = send(service, method, args, reader, timeout);
        if (!runUntilDone(call)) {
            call.cancel(true);
            Thread.currentThread().interrupt();
        }
        return call;
    }

    /**
     * {@link #callBlocking(String, String, StructWriter, ResponseReader, Duration)} with the
     * default timeout.
     */
    @Override
    public <R> R callBlocking(
            String service, String method, StructWriter args, ResponseReader<R> reader)
            throws Exception {
        return callBlocking(service, method, args, reader, defaultTimeout);
    }

    /**
     * Sends a call, runs the connection until its reply has been read, and returns the reader's
     * value or throws what the call failed with (the declared exception the reader threw, an {@link
     * dev.zerothrift.rpc.ApplicationException}, a timeout or a closed connection).
     *
     * @param timeout how long to wait for the reply; null or zero waits for ever.
     * @throws InterruptedException when the thread was interrupted while waiting (the call is
     *     abandoned: its reply, if it comes, is dropped).
     */
    public <R> R callBlocking(
            String service,
            String method,
            StructWriter args,
            ResponseReader<R> reader,
            Duration timeout)
            throws Exception {
        CompletableFuture<R> call = send(service, method, args, reader, timeout);
        if (!runUntilDone(call)) {
            call.cancel(true);
            throw new InterruptedException(
                    "interrupted waiting for " + RequestEncoder.wireName(service, method));
        }
        return RpcClient.await(call);
    }

    /**
     * Sends a oneway call and runs the connection until the request has been written; the future is
     * complete when this returns. An interrupt while the request is still being written closes the
     * connection (the rest of the frame can no longer be sent) and leaves the flag set.
     */
    @Override
    public CompletableFuture<Void> oneway(String service, String method, StructWriter args) {
        checkOwner();
        String wireName = RequestEncoder.wireName(service, method);
        CompletableFuture<Void> sent = new CompletableFuture<>();
        if (closed) {
            sent.completeExceptionally(closedClient());
            return sent;
        }
        ByteBuf request;
        try {
            request =
                    encoder.encode(
                            wireName, ThriftMessage.ONEWAY, ++nextSeqId, args, channel.alloc());
        } catch (Throwable e) {
            sent.completeExceptionally(e);
            return sent;
        }
        channel.writeAndFlush(request)
                .addListener(
                        f -> {
                            if (f.isSuccess()) {
                                sent.complete(null);
                            } else {
                                sent.completeExceptionally(
                                        new ConnectionClosedException(
                                                "sending " + wireName + " failed", f.cause()));
                            }
                        });
        if (!runUntilDone(sent)) {
            channel.close();
            runUninterruptedUntilDone(sent);
            Thread.currentThread().interrupt();
        }
        return sent;
    }

    private <R> CompletableFuture<R> send(
            String service,
            String method,
            StructWriter args,
            ResponseReader<R> reader,
            Duration timeout) {
        checkOwner();
        if (closed) {
            return CompletableFuture.failedFuture(closedClient());
        }
        String wireName = RequestEncoder.wireName(service, method);
        int seqId = ++nextSeqId;
        ByteBuf request;
        try {
            request = encoder.encode(wireName, ThriftMessage.CALL, seqId, args, channel.alloc());
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
        long nanos = timeout == null ? 0 : timeout.toNanos();
        PendingCall<R> call =
                new PendingCall<>(connection, seqId, method, wireName, reader, request, nanos);
        connection.submit(call); // on the loop's own thread: registers, writes and flushes now
        return call;
    }

    /**
     * Runs the connection's I/O and tasks (timeouts among them) on this thread until {@code done}
     * is; false when the thread was interrupted first (the flag is cleared).
     */
    private boolean runUntilDone(Future<?> done) {
        running = true;
        try {
            long spinStart = spinNanos > 0 ? System.nanoTime() : 0;
            while (!done.isDone()) {
                if (Thread.interrupted()) {
                    return false;
                }
                if (spinNanos > 0 && System.nanoTime() - spinStart < spinNanos) {
                    loop.runNow(); // polls without blocking: no sleep, so no wakeup
                    Thread.onSpinWait();
                } else {
                    loop.run(INTERRUPT_CHECK_NANOS);
                }
            }
            return true;
        } finally {
            running = false;
        }
    }

    private void runUninterruptedUntilDone(Future<?> done) {
        boolean interrupted = false;
        while (!runUntilDone(done)) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkOwner() {
        Thread current = Thread.currentThread();
        if (current != owner) {
            throw new IllegalStateException(
                    "this BlockingRpcClient belongs to thread "
                            + owner.getName()
                            + ", not "
                            + current.getName());
        }
        if (running) {
            throw new IllegalStateException(
                    "a BlockingRpcClient cannot be used from inside one of its own calls");
        }
    }

    private static ConnectionClosedException closedClient() {
        return new ConnectionClosedException("client is closed");
    }

    /** Closes the connection and its event loop; on the owning thread. Idempotent. */
    @Override
    public void close() {
        checkOwner();
        if (closed) {
            return;
        }
        closed = true;
        runUninterruptedUntilDone(channel.close());
        shutDownLoop();
    }

    private void shutDownLoop() {
        loop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
        while (!loop.isTerminated()) {
            loop.runNow();
        }
    }
}
