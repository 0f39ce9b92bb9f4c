package dev.zerothrift.rpc.client;

import dev.zerothrift.rpc.ConnectionClosedException;
import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.transport.NettyIo;
import dev.zerothrift.rpc.transport.TTHeader;
import dev.zerothrift.rpc.transport.TransportDetector;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.flush.FlushConsolidationHandler;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of one connection that carries many calls at once, each matched to its reply by seq id.
 *
 * <pre>{@code
 * try (RpcClient client = RpcClient.builder("127.0.0.1", 9090)
 *         .transport(Transport.FRAMED).protocol(Protocol.BINARY).connect()) {
 *     CompletableFuture<String> f = client.call("Echo", "echo", args::write, reply -> ...);
 *     String s = client.callBlocking(null, "echo", args::write, reply -> ...);
 * }
 * }</pre>
 *
 * <b>A call's life.</b> The request is encoded on the caller's thread into a chain from the pool
 * ({@code StructWriter} writes the args struct), copied once into a pooled direct buffer for the
 * socket (the chain's blocks go back to the pool), and put in the connection's outbox; the event
 * loop registers and writes the calls waiting there in batches, one wakeup and one flush per batch.
 * It then ends in exactly one way: its reply arrives (the {@link ResponseReader} decodes it on the
 * event loop and the reply's buffer is released), its timeout passes ({@link
 * dev.zerothrift.rpc.CallTimeoutException}), it is cancelled through its future, or the connection
 * closes ({@link ConnectionClosedException}). A reply that arrives after a timeout or cancellation
 * is dropped and its buffer released.
 *
 * <p>Futures complete on the connection's event loop: a continuation attached with a non-async
 * method ({@code thenApply}, {@code whenComplete}) runs there and must not block; use the {@code
 * *Async} forms for blocking work. Outbound requests are queued by Netty without a bound: a caller
 * that may outpace the server checks {@link #isWritable()}.
 *
 * <p>A thread that makes one call at a time and waits for each pays for the hand-overs to and from
 * the event loop; {@link Builder#connectBlocking()} gives it a {@link BlockingRpcClient}, whose
 * thread does its own I/O.
 *
 * <p>Thread-safe.
 */
public final class RpcClient implements RpcCaller, AutoCloseable {
    private final Transport transport;
    private final Protocol protocol;
    private final RequestEncoder encoder;
    private final Duration defaultTimeout;
    private final EventLoopGroup ownGroup;
    private final Channel channel;
    private final ClientConnection connection;
    private final AtomicInteger nextSeqId = new AtomicInteger();

    private RpcClient(Builder b) throws InterruptedException {
        this.transport = b.transport;
        this.protocol = b.protocol;
        this.encoder = new RequestEncoder(b);
        this.defaultTimeout = b.timeout;
        this.ownGroup = b.group == null ? b.io.newGroup(1, "zerothrift-client") : null;
        EventLoopGroup group = b.group == null ? ownGroup : b.group;
        ClientConnection conn = new ClientConnection(b.limits);
        Bootstrap bootstrap =
                new Bootstrap()
                        .group(group)
                        .channel(b.io.socketChannel())
                        .option(ChannelOption.TCP_NODELAY, true)
                        .option(
                                ChannelOption.CONNECT_TIMEOUT_MILLIS,
                                (int) b.connectTimeout.toMillis())
                        .handler(
                                new ChannelInitializer<>() {
                                    @Override
                                    protected void initChannel(Channel ch) {
                                        ch.pipeline()
                                                .addLast("flushes", flushes())
                                                .addLast(
                                                        "frames",
                                                        TransportDetector.decoderFor(
                                                                transport, b.limits, b.pool))
                                                .addLast("calls", conn);
                                    }
                                });
        try {
            this.channel = bootstrap.connect(b.address).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            if (ownGroup != null) {
                ownGroup.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            }
            throw e;
        }
        this.connection = conn;
    }

    /**
     * Calls from other threads already go out one flush per batch (the outbox); what is left to
     * consolidate are calls made on the event loop while it reads replies (continuations sending
     * the next call), flushed once when the read completes. A flush outside a read goes out at
     * once: deferring it to a task of its own would only delay a lone call.
     */
    private static FlushConsolidationHandler flushes() {
        return new FlushConsolidationHandler(
                FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, false);
    }

    public static Builder builder(String host, int port) {
        return new Builder(new InetSocketAddress(host, port));
    }

    public static Builder builder(InetSocketAddress address) {
        return new Builder(address);
    }

    public Transport transport() {
        return transport;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** Whether the connection is open. */
    public boolean isOpen() {
        return channel.isActive();
    }

    /**
     * Whether the connection's outbound buffer is below its high-water mark (Netty's default, 64
     * KiB): false while requests queue faster than the socket takes them.
     */
    public boolean isWritable() {
        return channel.isWritable();
    }

    /** Calls waiting for their replies (read on the event loop; a snapshot). */
    public int pendingCalls() {
        return onEventLoop(connection::pendingCount);
    }

    /** Replies dropped because their call had timed out or been cancelled. */
    public long lateReplies() {
        return onEventLoop(connection::lateReplies);
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
     * Sends a call and returns its result's future.
     *
     * @param service the service name for a multiplexed server ({@code service:method} on the
     *     wire), or null for a bare method name.
     * @param method the method name.
     * @param args writes the {@code method_args} struct.
     * @param reader decodes the reply (see {@link ResponseReader}).
     * @param timeout how long to wait for the reply; null or zero waits for ever.
     */
    public <R> CompletableFuture<R> call(
            String service,
            String method,
            StructWriter args,
            ResponseReader<R> reader,
            Duration timeout) {
        String wireName = RequestEncoder.wireName(service, method);
        int seqId = nextSeqId.incrementAndGet();
        ByteBuf request;
        try {
            request = encoder.encode(wireName, ThriftMessage.CALL, seqId, args, channel.alloc());
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
        long nanos = timeout == null ? 0 : timeout.toNanos();
        PendingCall<R> call =
                new PendingCall<>(connection, seqId, method, wireName, reader, request, nanos);
        connection.submit(call);
        return call;
    }

    /**
     * Sends a call and waits for its result; throws what the future failed with (the declared
     * exception the reader threw, an {@link dev.zerothrift.rpc.ApplicationException}, a timeout or
     * a closed connection).
     */
    @Override
    public <R> R callBlocking(
            String service, String method, StructWriter args, ResponseReader<R> reader)
            throws Exception {
        return await(call(service, method, args, reader));
    }

    /** Waits for {@code future} and returns its value or throws the exception it failed with. */
    public static <R> R await(CompletableFuture<R> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Sends a oneway call; the future completes when the request has been written to the socket (no
     * reply comes).
     */
    @Override
    public CompletableFuture<Void> oneway(String service, String method, StructWriter args) {
        String wireName = RequestEncoder.wireName(service, method);
        CompletableFuture<Void> future = new CompletableFuture<>();
        ByteBuf request;
        try {
            request =
                    encoder.encode(
                            wireName,
                            ThriftMessage.ONEWAY,
                            nextSeqId.incrementAndGet(),
                            args,
                            channel.alloc());
        } catch (Throwable e) {
            future.completeExceptionally(e);
            return future;
        }
        channel.writeAndFlush(request)
                .addListener(
                        f -> {
                            if (f.isSuccess()) {
                                future.complete(null);
                            } else {
                                future.completeExceptionally(
                                        new ConnectionClosedException(
                                                "sending " + wireName + " failed", f.cause()));
                            }
                        });
        return future;
    }

    private <T> T onEventLoop(java.util.concurrent.Callable<T> task) {
        EventLoop loop = channel.eventLoop();
        try {
            if (loop.inEventLoop()) {
                return task.call();
            }
            return loop.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the connection (pending calls fail with {@link ConnectionClosedException}). */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
        if (ownGroup != null) {
            ownGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    /** Configures and connects an {@link RpcClient}. */
    public static final class Builder {
        final InetSocketAddress address;
        Transport transport = Transport.FRAMED;
        Protocol protocol = Protocol.BINARY;
        Limits limits = Limits.DEFAULT;
        BlockPool pool = BlockPool.shared();
        Duration timeout = Duration.ofSeconds(30);
        Duration connectTimeout = Duration.ofSeconds(10);
        EventLoopGroup group;
        NettyIo io = NettyIo.preferred();
        Map<String, String> headerStrings = Map.of();
        Map<Integer, String> headerInts = Map.of();
        Duration spin;

        private Builder(InetSocketAddress address) {
            this.address = address;
        }

        /** Framing (default {@link Transport#FRAMED}). */
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** Protocol (default binary, strict headers as libthrift writes them). */
        public Builder protocol(Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        /** Pool of request buffers. */
        public Builder pool(BlockPool pool) {
            this.pool = pool;
            return this;
        }

        /** Default per-call timeout (default 30 s; null or zero: none). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Infos every TTHeader request carries (Kitex's string and integer key-values, such as its
         * integer keys 3 from-service and 6 to-service); only with {@link Transport#HEADER}.
         */
        public Builder headerInfos(Map<String, String> strings, Map<Integer, String> ints) {
            new TTHeader(0, 0, Protocol.BINARY, strings, ints, null).infoSize(); // checks them
            this.headerStrings = strings;
            this.headerInts = ints;
            return this;
        }

        /** The Netty transport (default {@link NettyIo#preferred()}: epoll where available). */
        public Builder io(NettyIo io) {
            this.io = io;
            return this;
        }

        /**
         * Event loops to share with other clients (default: one thread of the client's own), made
         * by {@link NettyIo#newGroup} of the same transport as {@link #io}.
         */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = group;
            return this;
        }

        public RpcClient connect() throws InterruptedException {
            return new RpcClient(this);
        }

        /**
         * How long a {@link BlockingRpcClient}'s call polls for its reply before it blocks
         * (default: none; see {@link BlockingRpcClient}); not for {@link #connect()}.
         */
        public Builder spin(Duration spin) {
            this.spin = spin;
            return this;
        }

        /**
         * Connects a {@link BlockingRpcClient}: a connection that belongs to the calling thread,
         * which does the I/O of its own calls, one at a time (not with {@link #eventLoopGroup}).
         *
         * @throws dev.zerothrift.rpc.ConnectionClosedException when the connection cannot be made.
         */
        public BlockingRpcClient connectBlocking() throws InterruptedException {
            if (group != null) {
                throw new IllegalStateException(
                        "a blocking client runs its own connection on the calling thread: it"
                                + " takes no event loop group");
            }
            return new BlockingRpcClient(this);
        }
    }
}
