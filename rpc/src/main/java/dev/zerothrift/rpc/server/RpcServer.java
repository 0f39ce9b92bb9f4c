package dev.zerothrift.rpc.server;

import dev.zerothrift.rpc.transport.NettyIo;
import dev.zerothrift.rpc.transport.TransportDetector;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.protocol.Limits;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Thrift server on Netty: accepts connections, detects each one's transport and protocol from its
 * first bytes ({@link TransportDetector}), and dispatches calls to the registered services.
 *
 * <pre>
 *   pipeline:  flush consolidation → [idle timeout] → TransportDetector ──first bytes──►
 *              Framed/UnframedDecoder → ServerConnection (dispatch)
 * </pre>
 *
 * <pre>{@code
 * RpcServer server = RpcServer.builder()
 *         .bind("127.0.0.1", 9090)
 *         .defaultService(echo)          // bare method names: "echo"
 *         .service(calculator)           // multiplexed: "Calculator:add"
 *         .start();
 * ...
 * server.shutdown(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Handlers run on the connection's event loop unless an {@linkplain Builder#executor executor}
 * is given. {@link #shutdown} is graceful: it stops accepting and reading, waits for the calls in
 * flight to complete up to a deadline, then closes every connection.
 */
public final class RpcServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RpcServer.class.getName());

    private final Limits limits;
    private final BlockPool pool;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Channel listener;
    private final Object lock = new Object();
    private final AtomicLong callsStarted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong connectionErrors = new AtomicLong();
    private int inFlight;
    private volatile boolean draining;
    private boolean stopped;

    private RpcServer(Builder b) throws InterruptedException {
        this.limits = b.limits;
        this.pool = b.pool;
        ServiceRegistry registry = new ServiceRegistry(b.services, b.defaultService);
        boss = b.io.newGroup(1, "zerothrift-accept");
        workers = b.io.newGroup(b.ioThreads, "zerothrift-io");
        long idleMillis = b.idleTimeout == null ? 0 : b.idleTimeout.toMillis();
        Executor executor = b.executor;
        int maxCallsInFlight = b.maxCallsInFlight;
        ServerBootstrap bootstrap =
                new ServerBootstrap()
                        .group(boss, workers)
                        .channel(b.io.serverChannel())
                        .childOption(ChannelOption.TCP_NODELAY, true)
                        .childOption(
                                ChannelOption.WRITE_BUFFER_WATER_MARK,
                                new WriteBufferWaterMark(b.lowWaterMark, b.highWaterMark))
                        .childHandler(
                                new ChannelInitializer<>() {
                                    @Override
                                    protected void initChannel(Channel ch) {
                                        connections.add(ch);
                                        // replies written from handler threads: one syscall
                                        // for the replies that queued up meanwhile
                                        ch.pipeline()
                                                .addLast(
                                                        "flushes",
                                                        new FlushConsolidationHandler(
                                                                FlushConsolidationHandler
                                                                        .DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES,
                                                                true));
                                        if (idleMillis > 0) {
                                            ch.pipeline()
                                                    .addLast(
                                                            "idle",
                                                            new IdleStateHandler(
                                                                    idleMillis,
                                                                    0,
                                                                    0,
                                                                    TimeUnit.MILLISECONDS));
                                        }
                                        ch.pipeline()
                                                .addLast(
                                                        "detect",
                                                        new TransportDetector(limits, pool))
                                                .addLast(
                                                        "calls",
                                                        new ServerConnection(
                                                                RpcServer.this,
                                                                registry,
                                                                executor,
                                                                maxCallsInFlight));
                                    }
                                });
        try {
            listener = bootstrap.bind(b.address).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The address the server listens on (with the actual port when bound to port 0). */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    public int port() {
        return address().getPort();
    }

    public Limits limits() {
        return limits;
    }

    BlockPool pool() {
        return pool;
    }

    boolean isDraining() {
        return draining;
    }

    /** Calls started and not yet completed, on all connections. */
    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    /** Calls dispatched to a handler since the start. */
    public long callsStarted() {
        return callsStarted.get();
    }

    /** Messages answered with an error without reaching a handler (unknown method and the like). */
    public long rejected() {
        return rejected.get();
    }

    /** Connections closed because their bytes could not be read as Thrift messages. */
    public long connectionErrors() {
        return connectionErrors.get();
    }

    /** Open connections. */
    public int connections() {
        return connections.size();
    }

    void callStarted() {
        callsStarted.incrementAndGet();
        synchronized (lock) {
            inFlight++;
        }
    }

    void callDone() {
        synchronized (lock) {
            if (--inFlight == 0) {
                lock.notifyAll();
            }
        }
    }

    void countRejected() {
        rejected.incrementAndGet();
    }

    void countConnectionError() {
        connectionErrors.incrementAndGet();
    }

    /**
     * Stops the server: closes the listening socket, stops reading from every connection, waits up
     * to {@code deadline} for the calls in flight to complete (their replies are written), then
     * closes the connections and the event loops. Calls still in flight at the deadline are
     * cancelled: their replies are dropped.
     *
     * @return true when every call in flight completed before the deadline.
     */
    public boolean shutdown(Duration deadline) throws InterruptedException {
        synchronized (lock) {
            if (stopped) {
                return inFlight == 0;
            }
            stopped = true;
        }
        draining = true;
        listener.close().sync();
        for (Channel ch : connections) {
            ch.config().setAutoRead(false);
        }
        long end = System.nanoTime() + deadline.toNanos();
        boolean drained;
        synchronized (lock) {
            long left;
            while (inFlight > 0 && (left = end - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            drained = inFlight == 0;
        }
        if (!drained) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    inFlight() + " calls still in flight at the shutdown deadline");
        }
        connections.close().awaitUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        return drained;
    }

    /** {@link #shutdown} with a 5-second deadline; an interrupt is kept in the thread's status. */
    @Override
    public void close() {
        try {
            shutdown(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures and starts an {@link RpcServer}. */
    public static final class Builder {
        private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
        private final Map<String, ServiceDefinition> services = new LinkedHashMap<>();
        private ServiceDefinition defaultService;
        private Limits limits = Limits.DEFAULT;
        private BlockPool pool = BlockPool.shared();
        private Executor executor;
        private NettyIo io = NettyIo.preferred();
        private Duration idleTimeout = Duration.ofMinutes(2);
        private int ioThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int maxCallsInFlight = 4096;
        private int lowWaterMark = 256 << 10;
        private int highWaterMark = 1 << 20;

        private Builder() {}

        /** Where to listen (default 127.0.0.1, any free port). */
        public Builder bind(String host, int port) {
            this.address = new InetSocketAddress(host, port);
            return this;
        }

        /** Serves {@code service} to multiplexed calls, {@code service.name() + ":method"}. */
        public Builder service(ServiceDefinition service) {
            if (services.putIfAbsent(service.name(), service) != null) {
                throw new IllegalArgumentException(
                        "a service named " + service.name() + " is already registered");
            }
            return this;
        }

        /** Serves {@code service} to calls with bare method names. */
        public Builder defaultService(ServiceDefinition service) {
            this.defaultService = service;
            return this;
        }

        /** Frame, message and nesting limits (default {@link Limits#DEFAULT}). */
        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        /** Pool of the reply buffers and of requests that arrive in non-heap memory. */
        public Builder pool(BlockPool pool) {
            this.pool = pool;
            return this;
        }

        /** Where handlers run; null (the default) runs them on the connection's event loop. */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * How long a connection with no call in flight may send nothing before it is closed
         * (default 2 minutes; null or zero: never).
         */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        /** The Netty transport (default {@link NettyIo#preferred()}: epoll where available). */
        public Builder io(NettyIo io) {
            this.io = io;
            return this;
        }

        /** Event loop threads for connections (default: one per processor). */
        public Builder ioThreads(int ioThreads) {
            if (ioThreads < 1) {
                throw new IllegalArgumentException("not a valid thread count: " + ioThreads);
            }
            this.ioThreads = ioThreads;
            return this;
        }

        /**
         * Calls one connection may have in flight (default 4096); more requests wait, unread, until
         * some complete.
         */
        public Builder maxCallsInFlightPerConnection(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("not a valid call limit: " + max);
            }
            this.maxCallsInFlight = max;
            return this;
        }

        /**
         * Outbound bytes queued on a connection above which it stops being read ({@code high}), and
         * below which reading resumes ({@code low}).
         */
        public Builder writeBufferWaterMarks(int low, int high) {
            this.lowWaterMark = low;
            this.highWaterMark = high;
            return this;
        }

        /** Binds and starts the server. */
        public RpcServer start() throws InterruptedException {
            if (services.isEmpty() && defaultService == null) {
                throw new IllegalStateException("no service to serve");
            }
            return new RpcServer(this);
        }
    }
}
