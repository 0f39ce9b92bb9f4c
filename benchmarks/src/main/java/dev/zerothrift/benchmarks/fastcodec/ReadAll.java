package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.fastcodec.gen.Batch;
import dev.zerothrift.benchmarks.fastcodec.gen.Lists;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTest;
import dev.zerothrift.benchmarks.fastcodec.gen.Request;
import dev.zerothrift.benchmarks.fastcodec.gen.User;
import dev.zerothrift.benchmarks.fastcodec.gen.Wide;

import org.openjdk.jmh.infra.Blackhole;

import java.util.Map;

/**
 * Reads every field of a decoded object once, as WORKLOADS.md's {@code decode} asks: primitives,
 * strings as {@code String}, binary as its buffer, every list element.
 */
final class ReadAll {
    private ReadAll() {}

    static void myTest(MyTest m, Blackhole bh) {
        bh.consume(m.getNum());
        bh.consume(m.getAno().getNum());
        for (long v : m.getNums()) {
            bh.consume(v);
        }
    }

    static void user(User u, Blackhole bh) {
        bh.consume(u.getId());
        bh.consume(u.getName());
        bh.consume(u.getEmail());
        bh.consume(u.getAge());
        bh.consume(u.isActive());
        bh.consume(u.getScore());
        bh.consume(u.getStatus());
        for (String t : u.getTags()) {
            bh.consume(t);
        }
        for (Map.Entry<String, String> e : u.getAttrs().entrySet()) {
            bh.consume(e.getKey());
            bh.consume(e.getValue());
        }
    }

    static void request(Request r, Blackhole bh) {
        bh.consume(r.getRequestId());
        bh.consume(r.getMethod());
        user(r.getUser(), bh);
        for (long v : r.getIds()) {
            bh.consume(v);
        }
        bh.consume(r.getPayload());
        bh.consume(r.getTraceId());
        bh.consume(r.getPriority());
        for (int v : r.getShards()) {
            bh.consume(v);
        }
    }

    static void batch(Batch b, Blackhole bh) {
        for (Request r : b.getRequests()) {
            request(r, bh);
        }
    }

    static void wide(Wide w, Blackhole bh) {
        bh.consume(w.getF1());
        bh.consume(w.getF2());
        bh.consume(w.getF3());
        bh.consume(w.getF4());
        for (long e : w.getF5()) {
            bh.consume(e);
        }
        bh.consume(w.getF6());
        bh.consume(w.getF7());
        bh.consume(w.getF8());
        bh.consume(w.getF9());
        for (long e : w.getF10()) {
            bh.consume(e);
        }
        bh.consume(w.getF11());
        bh.consume(w.getF12());
        bh.consume(w.getF13());
        bh.consume(w.getF14());
        for (long e : w.getF15()) {
            bh.consume(e);
        }
        bh.consume(w.getF16());
        bh.consume(w.getF17());
        bh.consume(w.getF18());
        bh.consume(w.getF19());
        for (long e : w.getF20()) {
            bh.consume(e);
        }
        bh.consume(w.getF21());
        bh.consume(w.getF22());
        bh.consume(w.getF23());
        bh.consume(w.getF24());
        for (long e : w.getF25()) {
            bh.consume(e);
        }
        bh.consume(w.getF26());
        bh.consume(w.getF27());
        bh.consume(w.getF28());
        bh.consume(w.getF29());
        for (long e : w.getF30()) {
            bh.consume(e);
        }
        bh.consume(w.getF31());
        bh.consume(w.getF32());
        bh.consume(w.getF33());
        bh.consume(w.getF34());
        for (long e : w.getF35()) {
            bh.consume(e);
        }
        bh.consume(w.getF36());
        bh.consume(w.getF37());
        bh.consume(w.getF38());
        bh.consume(w.getF39());
        for (long e : w.getF40()) {
            bh.consume(e);
        }
        bh.consume(w.getF41());
        bh.consume(w.getF42());
        bh.consume(w.getF43());
        bh.consume(w.getF44());
        for (long e : w.getF45()) {
            bh.consume(e);
        }
        bh.consume(w.getF46());
        bh.consume(w.getF47());
        bh.consume(w.getF48());
        bh.consume(w.getF49());
        for (long e : w.getF50()) {
            bh.consume(e);
        }
    }

    static void lists(Lists l, Blackhole bh) {
        for (long v : l.getLongs()) {
            bh.consume(v);
        }
        for (int v : l.getInts()) {
            bh.consume(v);
        }
        for (double v : l.getDoubles()) {
            bh.consume(v);
        }
    }
}
