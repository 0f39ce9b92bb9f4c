package dev.zerothrift.codegentests.services;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The tests' {@code Store} on the view path, over the items of a {@link StoreHandler}: args read
 * through the args views, results written with the result writers. {@code find} and {@code count}
 * reply later from another thread (find reading its args view there, before it replies); {@code
 * get} throws its declared exceptions, {@code put} hands its to {@code reply.fail}.
 */
final class StoreViewHandler implements Store.ViewHandler {
    private final StoreHandler store;
    private final Executor later;

    StoreViewHandler(StoreHandler store, Executor later) {
        this.store = store;
        this.later = later;
    }

    @Override
    public void ping(Base.ping_argsView args, Base.ping_reply reply) {
        reply.send(result -> result.success(args.text()));
    }

    @Override
    public void reset(Base.reset_argsView args, Base.reset_reply reply) {
        store.reset();
        reply.success();
    }

    @Override
    public void get(Store.get_argsView args, Store.get_reply reply) throws NotFound, Invalid {
        Item item = store.get(args.id());
        reply.send(
                result -> {
                    ItemView.Writer success = result.beginSuccess();
                    success.id(item.getId());
                    if (item.getName() != null) {
                        success.name(item.getName());
                    }
                    if (item.getTags() != null) {
                        success.tags(item.getTags());
                    }
                    success.end();
                });
    }

    @Override
    public void put(Store.put_argsView args, Store.put_reply reply) {
        try {
            store.put(args.item().toPojo(), args.overwrite());
            reply.success();
        } catch (Invalid e) {
            reply.fail(e);
        }
    }

    @Override
    public void count(Store.count_argsView args, Store.count_reply reply) {
        reply.completeWith(CompletableFuture.supplyAsync(store::count, later));
    }

    @Override
    public void find(Store.find_argsView args, Store.find_reply reply) {
        later.execute(
                () -> {
                    // The args view is still valid here: the request is held until the reply.
                    List<Item> found = store.find(args.prefix(), args.limit());
                    reply.send(
                            result -> {
                                result.beginSuccess(found.size());
                                ItemView.Writer element = new ItemView.Writer();
                                for (Item item : found) {
                                    element.begin(result.writer()).id(item.getId());
                                    element.name(item.getName());
                                    if (item.getTags() != null) {
                                        element.tags(item.getTags());
                                    }
                                    element.end();
                                }
                                result.writer().writeListEnd();
                            });
                });
    }

    @Override
    public void log(Store.log_argsView args) {
        store.log(args.line());
    }

    @Override
    public void crash(Store.crash_argsView args, Store.crash_reply reply) {
        throw new IllegalStateException(args.why());
    }
}
