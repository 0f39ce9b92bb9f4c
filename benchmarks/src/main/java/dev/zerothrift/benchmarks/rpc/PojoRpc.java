package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.fastcodec.Convert;
import dev.zerothrift.benchmarks.fastcodec.gen.Batch;
import dev.zerothrift.benchmarks.fastcodec.gen.Request;
import dev.zerothrift.benchmarks.rpc.gen.Echo;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;

/**
 * {@code pojo}: zerothrift's rpc server with the generated plain {@code Echo.Handler} (the args
 * decoded into the fast-codec POJOs, the returned POJO encoded), and the generated {@code
 * Echo.Client} sending a POJO built at setup and decoding the reply into a new one.
 */
public final class PojoRpc implements RpcImpl {
    private Fixture fixture;
    private RpcServer server;
    private RpcClient rpc;
    private Echo.Client client;

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
        rpc = RpcClient.builder(server.address()).connect();
        client = new Echo.Client(rpc);
    }

    @Override
    public Caller caller() {
        Values.Message value = fixture.value();
        if (value instanceof Values.Batch b) {
            Batch batch = Convert.batch(b);
            return new PojoCaller(batch, () -> RpcClient.await(client.echoBatchAsync(batch)));
        }
        Request request = Convert.request((Values.Request) value);
        return new PojoCaller(request, () -> RpcClient.await(client.echoRequestAsync(request)));
    }

    @Override
    public void stop() throws Exception {
        if (rpc != null) {
            rpc.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Sends one POJO, the same every call. */
    private record PojoCaller(Object sent, Call call) implements Caller {
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
        public void close() {}
    }
}
