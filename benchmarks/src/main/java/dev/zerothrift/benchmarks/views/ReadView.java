package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.fastcodec.gen.BatchView;
import dev.zerothrift.benchmarks.fastcodec.gen.ListsView;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTestView;
import dev.zerothrift.benchmarks.fastcodec.gen.RequestView;
import dev.zerothrift.benchmarks.fastcodec.gen.UserView;
import dev.zerothrift.benchmarks.fastcodec.gen.WideView;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.view.ListView;
import dev.zerothrift.runtime.view.MapView;

import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads every field of a wrapped view once, as WORKLOADS.md's {@code decode} asks: primitives,
 * strings as {@code String}, binary as a slice of the message's chain (no copy however many nodes
 * it spans; sliced into the scratch chain, consumed, and cleared before the read returns), every
 * list element (primitive lists visited in place by {@link ListView#forEachLong} and its kin, each
 * element handed to the Blackhole as it is read; other lists and maps through their list views,
 * taken once per message).
 */
final class ReadView {
    private ReadView() {}

    private static void longs(ListView list, Scratch s) {
        if (list != null) {
            list.forEachLong(s.longSink);
        }
    }

    private static void ints(ListView list, Scratch s) {
        if (list != null) {
            list.forEachInt(s.intSink);
        }
    }

    private static void doubles(ListView list, Scratch s) {
        if (list != null) {
            list.forEachDouble(s.doubleSink);
        }
    }

    static void myTest(MyTestView m, Blackhole bh, Scratch s) {
        bh.consume(m.Num());
        bh.consume(m.Ano().Num());
        longs(m.Nums(), s);
    }

    static void user(UserView u, Blackhole bh, Scratch s) {
        bh.consume(u.id());
        bh.consume(u.name());
        bh.consume(u.email());
        bh.consume(u.age());
        bh.consume(u.active());
        bh.consume(u.score());
        bh.consume(u.status());
        ListView tags = u.tags();
        for (int i = 0; i < tags.size(); i++) {
            bh.consume(tags.getString(i));
        }
        MapView attrs = u.attrs();
        ListView keys = attrs.keys(s.keys);
        ListView values = attrs.values(s.values);
        for (int i = 0; i < attrs.size(); i++) {
            bh.consume(keys.getString(i));
            bh.consume(values.getString(i));
        }
    }

    static void request(RequestView r, Blackhole bh, Scratch s) {
        bh.consume(r.requestId());
        bh.consume(r.method());
        user(r.user(), bh, s);
        longs(r.ids(), s);
        Chain payload = s.payload;
        try {
            if (r.payloadSlice(payload)) {
                bh.consume(payload);
            }
        } finally {
            payload.clear(); // gives the blocks' references back, keeps the nodes for the next
        }
        bh.consume(r.traceId());
        bh.consume(r.priority());
        ints(r.shards(), s);
    }

    static void batch(BatchView b, Blackhole bh, Scratch s) {
        int n = b.requestsSize();
        for (int i = 0; i < n; i++) {
            request(b.requestsAt(i), bh, s);
        }
    }

    static void wide(WideView w, Blackhole bh, Scratch s) {
        bh.consume(w.f1());
        bh.consume(w.f2());
        bh.consume(w.f3());
        bh.consume(w.f4());
        longs(w.f5(), s);
        bh.consume(w.f6());
        bh.consume(w.f7());
        bh.consume(w.f8());
        bh.consume(w.f9());
        longs(w.f10(), s);
        bh.consume(w.f11());
        bh.consume(w.f12());
        bh.consume(w.f13());
        bh.consume(w.f14());
        longs(w.f15(), s);
        bh.consume(w.f16());
        bh.consume(w.f17());
        bh.consume(w.f18());
        bh.consume(w.f19());
        longs(w.f20(), s);
        bh.consume(w.f21());
        bh.consume(w.f22());
        bh.consume(w.f23());
        bh.consume(w.f24());
        longs(w.f25(), s);
        bh.consume(w.f26());
        bh.consume(w.f27());
        bh.consume(w.f28());
        bh.consume(w.f29());
        longs(w.f30(), s);
        bh.consume(w.f31());
        bh.consume(w.f32());
        bh.consume(w.f33());
        bh.consume(w.f34());
        longs(w.f35(), s);
        bh.consume(w.f36());
        bh.consume(w.f37());
        bh.consume(w.f38());
        bh.consume(w.f39());
        longs(w.f40(), s);
        bh.consume(w.f41());
        bh.consume(w.f42());
        bh.consume(w.f43());
        bh.consume(w.f44());
        longs(w.f45(), s);
        bh.consume(w.f46());
        bh.consume(w.f47());
        bh.consume(w.f48());
        bh.consume(w.f49());
        longs(w.f50(), s);
    }

    static void lists(ListsView l, Blackhole bh, Scratch s) {
        longs(l.longs(), s);
        ints(l.ints(), s);
        doubles(l.doubles(), s);
    }
}
