package dev.zerothrift.benchmarks.libthrift;

import dev.zerothrift.benchmarks.workload.Values;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Builds libthrift's generated objects from the workload values, as a user fills them from data
 * held in memory: setters, boxed lists. The payload goes into the public field wrapped, not through
 * the setters, which copy: a user who cares about speed does the same.
 */
final class Convert {
    private Convert() {}

    static bench.workloads.MyTest myTest(Values.MyTest v) {
        return new bench.workloads.MyTest()
                .setNum(v.num())
                .setAno(new bench.workloads.Ano().setNum(v.ano().num()))
                .setNums(boxed(v.nums()));
    }

    static bench.workloads.Request request(Values.Request v) {
        bench.workloads.Request r =
                new bench.workloads.Request()
                        .setRequestId(v.requestId())
                        .setMethod(v.method())
                        .setUser(user(v.user()))
                        .setIds(boxed(v.ids()))
                        .setPriority(v.priority())
                        .setShards(boxed(v.shards()));
        r.payload = ByteBuffer.wrap(v.payload());
        if (v.traceId() != null) {
            r.setTraceId(v.traceId());
        }
        return r;
    }

    static bench.workloads.Batch batch(Values.Batch v) {
        List<bench.workloads.Request> requests = new ArrayList<>(v.requests().size());
        for (Values.Request r : v.requests()) {
            requests.add(request(r));
        }
        return new bench.workloads.Batch().setRequests(requests);
    }

    static bench.workloads.Wide wide(Values.Wide v) {
        bench.workloads.Wide w = new bench.workloads.Wide();
        w.setF1(v.i64s()[0]);
        w.setF2(v.strings()[0]);
        w.setF3(v.i32s()[0]);
        w.setF4(v.doubles()[0]);
        w.setF5(boxed(v.lists()[0]));
        w.setF6(v.i64s()[1]);
        w.setF7(v.strings()[1]);
        w.setF8(v.i32s()[1]);
        w.setF9(v.doubles()[1]);
        w.setF10(boxed(v.lists()[1]));
        w.setF11(v.i64s()[2]);
        w.setF12(v.strings()[2]);
        w.setF13(v.i32s()[2]);
        w.setF14(v.doubles()[2]);
        w.setF15(boxed(v.lists()[2]));
        w.setF16(v.i64s()[3]);
        w.setF17(v.strings()[3]);
        w.setF18(v.i32s()[3]);
        w.setF19(v.doubles()[3]);
        w.setF20(boxed(v.lists()[3]));
        w.setF21(v.i64s()[4]);
        w.setF22(v.strings()[4]);
        w.setF23(v.i32s()[4]);
        w.setF24(v.doubles()[4]);
        w.setF25(boxed(v.lists()[4]));
        w.setF26(v.i64s()[5]);
        w.setF27(v.strings()[5]);
        w.setF28(v.i32s()[5]);
        w.setF29(v.doubles()[5]);
        w.setF30(boxed(v.lists()[5]));
        w.setF31(v.i64s()[6]);
        w.setF32(v.strings()[6]);
        w.setF33(v.i32s()[6]);
        w.setF34(v.doubles()[6]);
        w.setF35(boxed(v.lists()[6]));
        w.setF36(v.i64s()[7]);
        w.setF37(v.strings()[7]);
        w.setF38(v.i32s()[7]);
        w.setF39(v.doubles()[7]);
        w.setF40(boxed(v.lists()[7]));
        w.setF41(v.i64s()[8]);
        w.setF42(v.strings()[8]);
        w.setF43(v.i32s()[8]);
        w.setF44(v.doubles()[8]);
        w.setF45(boxed(v.lists()[8]));
        w.setF46(v.i64s()[9]);
        w.setF47(v.strings()[9]);
        w.setF48(v.i32s()[9]);
        w.setF49(v.doubles()[9]);
        w.setF50(boxed(v.lists()[9]));
        return w;
    }

    static bench.workloads.Lists lists(Values.Lists v) {
        List<Double> doubles = new ArrayList<>(v.doubles().length);
        for (double d : v.doubles()) {
            doubles.add(d);
        }
        return new bench.workloads.Lists()
                .setLongs(boxed(v.longs()))
                .setInts(boxed(v.ints()))
                .setDoubles(doubles);
    }

    private static bench.workloads.User user(Values.User v) {
        return new bench.workloads.User()
                .setId(v.id())
                .setName(v.name())
                .setEmail(v.email())
                .setAge(v.age())
                .setActive(v.active())
                .setScore(v.score())
                .setStatus(bench.workloads.Status.findByValue(v.status().value()))
                .setTags(new ArrayList<>(v.tags()))
                .setAttrs(new LinkedHashMap<>(v.attrs()));
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
