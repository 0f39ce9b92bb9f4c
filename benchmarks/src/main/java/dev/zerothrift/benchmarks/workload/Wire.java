package dev.zerothrift.benchmarks.workload;

import static dev.zerothrift.benchmarks.workload.WireWriter.DOUBLE;
import static dev.zerothrift.benchmarks.workload.WireWriter.I32;
import static dev.zerothrift.benchmarks.workload.WireWriter.I64;
import static dev.zerothrift.benchmarks.workload.WireWriter.LIST;
import static dev.zerothrift.benchmarks.workload.WireWriter.MAP;
import static dev.zerothrift.benchmarks.workload.WireWriter.STRING;
import static dev.zerothrift.benchmarks.workload.WireWriter.STRUCT;

import dev.zerothrift.benchmarks.workload.Values.Batch;
import dev.zerothrift.benchmarks.workload.Values.Lists;
import dev.zerothrift.benchmarks.workload.Values.Message;
import dev.zerothrift.benchmarks.workload.Values.MyTest;
import dev.zerothrift.benchmarks.workload.Values.Request;
import dev.zerothrift.benchmarks.workload.Values.User;
import dev.zerothrift.benchmarks.workload.Values.Wide;

import java.util.List;
import java.util.Map;

/**
 * Encodes workload values in IDL field order, as libthrift's generated code does: the bytes that
 * every implementation decodes in the benchmarks, identical for all of them.
 */
public final class Wire {
    private Wire() {}

    /** The encoding of {@code message} in {@code protocol}. */
    public static byte[] encode(Message message, Protocol protocol) {
        WireWriter w = WireWriter.of(protocol);
        switch (message) {
            case MyTest m -> myTest(w, m);
            case Request r -> request(w, r);
            case Batch b -> batch(w, b);
            case Wide v -> wide(w, v);
            case Lists l -> lists(w, l);
        }
        return w.toByteArray();
    }

    private static void myTest(WireWriter w, MyTest m) {
        w.structBegin();
        w.fieldBegin(I64, 1);
        w.i64(m.num());
        w.fieldBegin(STRUCT, 2);
        w.structBegin();
        w.fieldBegin(I64, 1);
        w.i64(m.ano().num());
        w.structEnd();
        w.fieldBegin(LIST, 3);
        i64s(w, m.nums());
        w.structEnd();
    }

    private static void user(WireWriter w, User u) {
        w.structBegin();
        w.fieldBegin(I64, 1);
        w.i64(u.id());
        w.fieldBegin(STRING, 2);
        w.string(u.name());
        w.fieldBegin(STRING, 3);
        w.string(u.email());
        w.fieldBegin(I32, 4);
        w.i32(u.age());
        w.boolField(5, u.active());
        w.fieldBegin(DOUBLE, 6);
        w.f64(u.score());
        w.fieldBegin(I32, 7);
        w.i32(u.status().value());
        w.fieldBegin(LIST, 8);
        List<String> tags = u.tags();
        w.listBegin(STRING, tags.size());
        for (String tag : tags) {
            w.string(tag);
        }
        w.fieldBegin(MAP, 9);
        Map<String, String> attrs = u.attrs();
        w.mapBegin(STRING, STRING, attrs.size());
        for (Map.Entry<String, String> e : attrs.entrySet()) {
            w.string(e.getKey());
            w.string(e.getValue());
        }
        w.structEnd();
    }

    private static void request(WireWriter w, Request r) {
        w.structBegin();
        w.fieldBegin(I64, 1);
        w.i64(r.requestId());
        w.fieldBegin(STRING, 2);
        w.string(r.method());
        w.fieldBegin(STRUCT, 3);
        user(w, r.user());
        w.fieldBegin(LIST, 4);
        i64s(w, r.ids());
        w.fieldBegin(STRING, 5);
        w.binary(r.payload());
        if (r.traceId() != null) {
            w.fieldBegin(STRING, 6);
            w.string(r.traceId());
        }
        w.fieldBegin(WireWriter.I16, 7);
        w.i16(r.priority());
        w.fieldBegin(LIST, 8);
        w.listBegin(I32, r.shards().length);
        for (int v : r.shards()) {
            w.i32(v);
        }
        w.structEnd();
    }

    private static void batch(WireWriter w, Batch b) {
        w.structBegin();
        w.fieldBegin(LIST, 1);
        w.listBegin(STRUCT, b.requests().size());
        for (Request r : b.requests()) {
            request(w, r);
        }
        w.structEnd();
    }

    private static void wide(WireWriter w, Wide v) {
        w.structBegin();
        for (int k = 0; k < Wide.GROUPS; k++) {
            int id = 5 * k;
            w.fieldBegin(I64, id + 1);
            w.i64(v.i64s()[k]);
            w.fieldBegin(STRING, id + 2);
            w.string(v.strings()[k]);
            w.fieldBegin(I32, id + 3);
            w.i32(v.i32s()[k]);
            w.fieldBegin(DOUBLE, id + 4);
            w.f64(v.doubles()[k]);
            w.fieldBegin(LIST, id + 5);
            i64s(w, v.lists()[k]);
        }
        w.structEnd();
    }

    private static void lists(WireWriter w, Lists l) {
        w.structBegin();
        w.fieldBegin(LIST, 1);
        i64s(w, l.longs());
        w.fieldBegin(LIST, 2);
        w.listBegin(I32, l.ints().length);
        for (int v : l.ints()) {
            w.i32(v);
        }
        w.fieldBegin(LIST, 3);
        w.listBegin(DOUBLE, l.doubles().length);
        for (double v : l.doubles()) {
            w.f64(v);
        }
        w.structEnd();
    }

    private static void i64s(WireWriter w, long[] values) {
        w.listBegin(I64, values.length);
        for (long v : values) {
            w.i64(v);
        }
    }
}
