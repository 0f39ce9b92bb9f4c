package dev.zerothrift.codegentests.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;

/** The tests' {@code Store}: items in a map, logged lines in a queue, {@code crash} throws. */
final class StoreHandler implements Store.Handler {
    final BlockingQueue<String> logged = new LinkedBlockingQueue<>();
    private final Map<Long, Item> items = new ConcurrentSkipListMap<>();

    @Override
    public String ping(String text) {
        return text;
    }

    @Override
    public void reset() {
        items.clear();
    }

    @Override
    public Item get(long id) throws NotFound, Invalid {
        if (id < 0) {
            throw new Invalid().setMessage("negative id " + id);
        }
        Item item = items.get(id);
        if (item == null) {
            throw new NotFound().setMessage("no item " + id).setId(id);
        }
        return item;
    }

    @Override
    public void put(Item item, boolean overwrite) throws Invalid {
        if (item.getName() == null) {
            throw new Invalid().setMessage("item " + item.getId() + " has no name");
        }
        if (overwrite) {
            items.put(item.getId(), item);
        } else {
            items.putIfAbsent(item.getId(), item);
        }
    }

    @Override
    public int count() {
        return items.size();
    }

    @Override
    public List<Item> find(String prefix, int limit) {
        List<Item> found = new ArrayList<>();
        for (Item item : items.values()) {
            if (found.size() < limit && item.getName().startsWith(prefix)) {
                found.add(item);
            }
        }
        return found;
    }

    @Override
    public void log(String line) {
        logged.add(line);
    }

    @Override
    public long crash(String why) {
        throw new IllegalStateException(why);
    }
}
