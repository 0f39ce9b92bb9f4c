package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.fastcodec.gen.BatchView;
import dev.zerothrift.benchmarks.fastcodec.gen.RequestView;
import dev.zerothrift.benchmarks.fastcodec.gen.UserView;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.view.ListView;
import dev.zerothrift.runtime.view.MapView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views handler's echo: reads every field of the received message through its view and writes
 * it with the views' writers into the reply. Strings are read as {@code String}s and the payload
 * into a {@code byte[]} (the writers take those); primitive lists in bulk. Reusable, not
 * thread-safe: the server keeps one per event loop thread.
 */
final class ViewCopy {
    private final RequestView.Writer request = new RequestView.Writer();
    private final BatchView.Writer batch = new BatchView.Writer();
    private final ListView keys = new ListView();
    private final ListView values = new ListView();

    /** Writes a copy of {@code from} at {@code out}'s position (a struct value begun there). */
    void request(RequestView from, ProtocolWriter out) {
        request(from, request.begin(out));
    }

    /** Writes a copy of {@code from} at {@code out}'s position. */
    void batch(BatchView from, ProtocolWriter out) {
        int n = from.requestsSize();
        BatchView.Writer w = batch.begin(out).beginRequests(n);
        for (int i = 0; i < n; i++) {
            request(from.requestsAt(i), request.begin(w.writer()));
        }
        w.end();
    }

    private void request(RequestView r, RequestView.Writer w) {
        w.requestId(r.requestId()).method(r.method());
        user(r.user(), w.beginUser());
        w.ids(r.idsLongs()).payload(r.payloadBytes());
        if (r.hasTraceId()) {
            w.traceId(r.traceId());
        }
        w.priority(r.priority()).shards(r.shardsInts());
        w.end();
    }

    private void user(UserView u, UserView.Writer w) {
        w.id(u.id()).name(u.name()).email(u.email()).age(u.age()).active(u.active());
        w.score(u.score()).status(u.status());
        ListView tagList = u.tags();
        List<String> tags = new ArrayList<>(tagList.size());
        for (int i = 0; i < tagList.size(); i++) {
            tags.add(tagList.getString(i));
        }
        MapView attrMap = u.attrs();
        ListView k = attrMap.keys(keys);
        ListView v = attrMap.values(values);
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < attrMap.size(); i++) {
            attrs.put(k.getString(i), v.getString(i));
        }
        w.tags(tags).attrs(attrs).end();
    }
}
