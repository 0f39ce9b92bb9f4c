package dev.zerothrift.codegentests.services;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@link StoreHandler} behind {@code Store.AsyncHandler}: each call completes later on another
 * thread, declared exceptions as failed futures.
 */
final class AsyncStoreHandler implements Store.AsyncHandler {
    private final StoreHandler store;
    private final Executor executor;

    AsyncStoreHandler(StoreHandler store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    private interface Body<T> {
        T run() throws Exception;
    }

    private <T> CompletableFuture<T> later(Body<T> body) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(
                () -> {
                    try {
                        future.complete(body.run());
                    } catch (Exception e) {
                        future.completeExceptionally(e);
                    }
                });
        return future;
    }

    @Override
    public CompletableFuture<String> ping(String text) {
        return later(() -> store.ping(text));
    }

    @Override
    public CompletableFuture<Void> reset() {
        return later(
                () -> {
                    store.reset();
                    return null;
                });
    }

    @Override
    public CompletableFuture<Item> get(long id) {
        return later(() -> store.get(id));
    }

    @Override
    public CompletableFuture<Void> put(Item item, boolean overwrite) {
        return later(
                () -> {
                    store.put(item, overwrite);
                    return null;
                });
    }

    @Override
    public CompletableFuture<Integer> count() {
        return later(store::count);
    }

    @Override
    public CompletableFuture<List<Item>> find(String prefix, int limit) {
        return later(() -> store.find(prefix, limit));
    }

    @Override
    public CompletableFuture<Void> log(String line) {
        return later(
                () -> {
                    store.log(line);
                    return null;
                });
    }

    @Override
    public CompletableFuture<Long> crash(String why) {
        return later(() -> store.crash(why));
    }
}
