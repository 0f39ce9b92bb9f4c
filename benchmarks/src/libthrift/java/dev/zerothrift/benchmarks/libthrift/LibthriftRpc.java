package dev.zerothrift.benchmarks.libthrift;

import dev.zerothrift.benchmarks.rpc.RpcImpl;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Values;

import org.apache.thrift.TBase;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadedSelectorServer;
import org.apache.thrift.transport.TNonblockingServerSocket;

import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * {@code libthrift}: Apache's {@code TThreadedSelectorServer} (framed, binary) serving {@link
 * EchoProcessor}, and one blocking framed {@link EchoClient} per caller, each on its own
 * connection: libthrift's clients carry one call at a time, so N calls in flight take N connections
 * (a pool of clients, one per thread).
 *
 * <p>The server runs handlers on its selector threads, one per processor ({@code
 * workerThreads(0)}), as zerothrift's server runs them on its event loops, one per processor:
 * neither hands calls to another pool.
 */
public final class LibthriftRpc implements RpcImpl {
    private static final int TIMEOUT_MILLIS = 30_000;

    private Fixture fixture;
    private TNonblockingServerSocket socket;
    private TServer server;
    private Thread serving;

    @Override
    public void start(Fixture fixture) throws Exception {
        if (fixture.protocol() != Protocol.BINARY) {
            throw new IllegalArgumentException("the RPC benchmark is binary only");
        }
        this.fixture = fixture;
        socket = new TNonblockingServerSocket(new InetSocketAddress("127.0.0.1", 0));
        TThreadedSelectorServer.Args args =
                new TThreadedSelectorServer.Args(socket)
                        .selectorThreads(Runtime.getRuntime().availableProcessors())
                        .workerThreads(0);
        args.processor(new EchoProcessor()).protocolFactory(new TBinaryProtocol.Factory());
        server = new TThreadedSelectorServer(args);
        serving = new Thread(server::serve, "libthrift-server");
        serving.setDaemon(true);
        serving.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!server.isServing()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("libthrift's server did not start in 10 s");
            }
            Thread.sleep(5);
        }
    }

    @Override
    public Caller caller() throws Exception {
        EchoClient client = new EchoClient("127.0.0.1", socket.getPort(), TIMEOUT_MILLIS);
        Values.Message value = fixture.value();
        if (value instanceof Values.Batch b) {
            return new LibthriftCaller(
                    client, "echoBatch", Convert.batch(b), bench.workloads.Batch::new);
        }
        return new LibthriftCaller(
                client,
                "echoRequest",
                Convert.request((Values.Request) value),
                bench.workloads.Request::new);
    }

    @Override
    public void stop() throws Exception {
        if (server != null) {
            server.stop();
            serving.join(10_000);
        }
        if (socket != null) {
            socket.close();
        }
    }

    /** Sends one object of libthrift's generated class, built at setup, the same every call. */
    private record LibthriftCaller(
            EchoClient client,
            String method,
            TBase<?, ?> sent,
            Supplier<? extends TBase<?, ?>> resultType)
            implements Caller {
        @Override
        public Object echo() throws Exception {
            return client.call(method, sent, resultType);
        }

        @Override
        public void check() throws Exception {
            if (!sent.equals(echo())) {
                throw new IllegalStateException("libthrift: the echo differs from the request");
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
