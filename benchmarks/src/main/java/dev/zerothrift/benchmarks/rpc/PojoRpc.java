package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.fastcodec.Convert;
import dev.zerothrift.benchmarks.fastcodec.gen.Batch;
import dev.zerothrift.benchmarks.fastcodec.gen.Request;
import dev.zerothrift.benchmarks.rpc.gen.Echo;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.rpc.client.BlockingRpcClient;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;

/**
 * {@code pojo}: zerothrift's rpc server with the generated plain {@code Echo.Handler} (the args
 * decoded into the fast-codec POJOs, the returned POJO encoded), and the generated {@code
 * Echo.Client}'s blocking methods sending a POJO built at setup and decoding the reply into a new
 * one. The generated client runs over each caller's own {@link BlockingRpcClient} ({@link
 * ClientMode#BLOCKING}) or over one {@link RpcClient} that all callers share ({@link
 * ClientMode#SHARED}).
 */
public final class PojoRpc implements RpcImpl {
    private final ClientMode mode;
    private Fixture fixture;
    private RpcServer server;
    private RpcClient shared;

    PojoRpc(ClientMode mode) {
        this.mode = mode;
    }

    @Override
    public void start(Fixture fixture) throws Exception {
        this.fixture = fixture;
        Echo.Handler echo =
                new Echo.Handler() {
                    @Override
                    public Request echoRequest(Request req) {
                        return req;
                    }

                    @Override
                    public Batch echoBatch(Batch batch) {
                        return batch;
                    }
                };
        server =
                RpcServer.builder().defaultService(Echo.definition(echo)).idleTimeout(null).start();
        if (!mode.ownClient()) {
            shared = RpcClient.builder(server.address()).connect();
        }
    }

    /** On the thread that will call: a blocking client belongs to the thread that connects it. */
    @Override
    public Caller caller() throws Exception {
        BlockingRpcClient own = mode.ownClient() ? mode.connectBlocking(server.address()) : null;
        Echo.Client client = new Echo.Client(own != null ? own : shared);
        Values.Message value = fixture.value();
        if (value instanceof Values.Batch b) {
            Batch batch = Convert.batch(b);
            return new PojoCaller(batch, () -> client.echoBatch(batch), own);
        }
        Request request = Convert.request((Values.Request) value);
        return new PojoCaller(request, () -> client.echoRequest(request), own);
    }

    @Override
    public void stop() throws Exception {
        if (shared != null) {
            shared.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Sends one POJO, the same every call. */
    private record PojoCaller(Object sent, Call call, BlockingRpcClient own) implements Caller {
        interface Call {
            Object run() throws Exception;
        }

        @Override
        public Object echo() throws Exception {
            return call.run();
        }

        @Override
        public void check() throws Exception {
            if (!sent.equals(call.run())) {
                throw new IllegalStateException("pojo: the echo differs from the request");
            }
        }

        @Override
        public void close() {
            if (own != null) {
                own.close();
            }
        }
    }
}
