package dev.zerothrift.rpc.testing;

import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.client.BlockingRpcClient;
import dev.zerothrift.rpc.client.ResponseReader;
import dev.zerothrift.rpc.client.RpcCaller;
import dev.zerothrift.rpc.client.RpcClient;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The two clients, for scenarios that both must pass the same way: {@link RpcClient} (calls
 * completed on its event loop) and {@link BlockingRpcClient} (the calling thread does the I/O).
 */
public enum ClientStyle {
    ASYNC {
        @Override
        public Client connect(RpcClient.Builder builder) throws InterruptedException {
            RpcClient client = builder.connect();
            return new Client(client, client::isOpen, client::close);
        }
    },
    BLOCKING {
        @Override
        public Client connect(RpcClient.Builder builder) throws InterruptedException {
            BlockingRpcClient client = builder.connectBlocking();
            return new Client(client, client::isOpen, client::close);
        }
    };

    public abstract Client connect(RpcClient.Builder builder) throws InterruptedException;

    /** A connected client of either style; every call goes to the client's own method. */
    public static final class Client implements RpcCaller, AutoCloseable {
        private final RpcCaller caller;
        private final BooleanSupplier isOpen;
        private final Runnable close;

        private Client(RpcCaller caller, BooleanSupplier isOpen, Runnable close) {
            this.caller = caller;
            this.isOpen = isOpen;
            this.close = close;
        }

        @Override
        public <R> CompletableFuture<R> call(
                String service, String method, StructWriter args, ResponseReader<R> reader) {
            return caller.call(service, method, args, reader);
        }

        @Override
        public CompletableFuture<Void> oneway(String service, String method, StructWriter args) {
            return caller.oneway(service, method, args);
        }

        @Override
        public <R> R callBlocking(
                String service, String method, StructWriter args, ResponseReader<R> reader)
                throws Exception {
            return caller.callBlocking(service, method, args, reader);
        }

        public boolean isOpen() {
            return isOpen.getAsBoolean();
        }

        @Override
        public void close() {
            close.run();
        }
    }
}
