package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.fastcodec.gen.BatchView;
import dev.zerothrift.benchmarks.fastcodec.gen.RequestView;
import dev.zerothrift.benchmarks.fastcodec.gen.UserView;
import dev.zerothrift.runtime.view.ListView;
import dev.zerothrift.runtime.view.MapView;

/**
 * The views client's reading of a reply: every field once, as the codec benchmark's {@code decode}
 * reads them (strings as {@code String}, the payload as a {@code ByteBuffer} over the reply,
 * primitive lists in bulk), folded into one number so that nothing read can be dropped by the
 * compiler. Reusable, not thread-safe: the client's event loop keeps one.
 */
final class ViewDigest {
    private final ListView keys = new ListView();
    private final ListView values = new ListView();
    private long[] longs = new long[0];
    private int[] ints = new int[0];

    long request(RequestView r) {
        long h = r.requestId();
        h = h * 31 + r.method().hashCode();
        h = h * 31 + user(r.user());
        int n = r.idsSize();
        if (longs.length < n) {
            longs = new long[n];
        }
        r.idsLongs(longs);
        for (int i = 0; i < n; i++) {
            h = h * 31 + longs[i];
        }
        h = h * 31 + r.payload().remaining();
        h = h * 31 + (r.hasTraceId() ? r.traceId().hashCode() : 0);
        h = h * 31 + r.priority();
        int m = r.shardsSize();
        if (ints.length < m) {
            ints = new int[m];
        }
        r.shardsInts(ints);
        for (int i = 0; i < m; i++) {
            h = h * 31 + ints[i];
        }
        return h;
    }

    long batch(BatchView b) {
        long h = 0;
        int n = b.requestsSize();
        for (int i = 0; i < n; i++) {
            h = h * 31 + request(b.requestsAt(i));
        }
        return h;
    }

    private long user(UserView u) {
        long h = u.id();
        h = h * 31 + u.name().hashCode();
        h = h * 31 + u.email().hashCode();
        h = h * 31 + u.age();
        h = h * 31 + (u.active() ? 1 : 0);
        h = h * 31 + Double.hashCode(u.score());
        h = h * 31 + u.statusValue();
        ListView tags = u.tags();
        for (int i = 0; i < tags.size(); i++) {
            h = h * 31 + tags.getString(i).hashCode();
        }
        MapView attrs = u.attrs();
        ListView k = attrs.keys(keys);
        ListView v = attrs.values(values);
        for (int i = 0; i < attrs.size(); i++) {
            h = h * 31 + k.getString(i).hashCode();
            h = h * 31 + v.getString(i).hashCode();
        }
        return h;
    }
}
