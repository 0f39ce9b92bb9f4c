package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.fastcodec.gen.Ano;
import dev.zerothrift.benchmarks.fastcodec.gen.Batch;
import dev.zerothrift.benchmarks.fastcodec.gen.Lists;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTest;
import dev.zerothrift.benchmarks.fastcodec.gen.Request;
import dev.zerothrift.benchmarks.fastcodec.gen.Status;
import dev.zerothrift.benchmarks.fastcodec.gen.User;
import dev.zerothrift.benchmarks.fastcodec.gen.Wide;
import dev.zerothrift.benchmarks.workload.Values;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the generated objects from the workload values, as a user fills them from data held in
 * memory: setters; primitive lists are the arrays themselves (a field of {@code list<i64>} is a
 * {@code long[]}), the payload wrapped without a copy.
 */
public final class Convert {
    private Convert() {}

    static MyTest myTest(Values.MyTest v) {
        return new MyTest()
                .setNum(v.num())
                .setAno(new Ano().setNum(v.ano().num()))
                .setNums(v.nums());
    }

    static User user(Values.User v) {
        Map<String, String> attrs = new LinkedHashMap<>(v.attrs());
        return new User()
                .setId(v.id())
                .setName(v.name())
                .setEmail(v.email())
                .setAge(v.age())
                .setActive(v.active())
                .setScore(v.score())
                .setStatus(Status.findByValue(v.status().value()))
                .setTags(new ArrayList<>(v.tags()))
                .setAttrs(attrs);
    }

    public static Request request(Values.Request v) {
        Request r =
                new Request()
                        .setRequestId(v.requestId())
                        .setMethod(v.method())
                        .setUser(user(v.user()))
                        .setIds(v.ids())
                        .setPayload(ByteBuffer.wrap(v.payload()))
                        .setPriority(v.priority())
                        .setShards(v.shards());
        if (v.traceId() != null) {
            r.setTraceId(v.traceId());
        }
        return r;
    }

    public static Batch batch(Values.Batch v) {
        List<Request> requests = new ArrayList<>(v.requests().size());
        for (Values.Request r : v.requests()) {
            requests.add(request(r));
        }
        return new Batch().setRequests(requests);
    }

    static Wide wide(Values.Wide v) {
        Wide w = new Wide();
        w.setF1(v.i64s()[0]);
        w.setF2(v.strings()[0]);
        w.setF3(v.i32s()[0]);
        w.setF4(v.doubles()[0]);
        w.setF5(v.lists()[0]);
        w.setF6(v.i64s()[1]);
        w.setF7(v.strings()[1]);
        w.setF8(v.i32s()[1]);
        w.setF9(v.doubles()[1]);
        w.setF10(v.lists()[1]);
        w.setF11(v.i64s()[2]);
        w.setF12(v.strings()[2]);
        w.setF13(v.i32s()[2]);
        w.setF14(v.doubles()[2]);
        w.setF15(v.lists()[2]);
        w.setF16(v.i64s()[3]);
        w.setF17(v.strings()[3]);
        w.setF18(v.i32s()[3]);
        w.setF19(v.doubles()[3]);
        w.setF20(v.lists()[3]);
        w.setF21(v.i64s()[4]);
        w.setF22(v.strings()[4]);
        w.setF23(v.i32s()[4]);
        w.setF24(v.doubles()[4]);
        w.setF25(v.lists()[4]);
        w.setF26(v.i64s()[5]);
        w.setF27(v.strings()[5]);
        w.setF28(v.i32s()[5]);
        w.setF29(v.doubles()[5]);
        w.setF30(v.lists()[5]);
        w.setF31(v.i64s()[6]);
        w.setF32(v.strings()[6]);
        w.setF33(v.i32s()[6]);
        w.setF34(v.doubles()[6]);
        w.setF35(v.lists()[6]);
        w.setF36(v.i64s()[7]);
        w.setF37(v.strings()[7]);
        w.setF38(v.i32s()[7]);
        w.setF39(v.doubles()[7]);
        w.setF40(v.lists()[7]);
        w.setF41(v.i64s()[8]);
        w.setF42(v.strings()[8]);
        w.setF43(v.i32s()[8]);
        w.setF44(v.doubles()[8]);
        w.setF45(v.lists()[8]);
        w.setF46(v.i64s()[9]);
        w.setF47(v.strings()[9]);
        w.setF48(v.i32s()[9]);
        w.setF49(v.doubles()[9]);
        w.setF50(v.lists()[9]);
        return w;
    }

    static Lists lists(Values.Lists v) {
        return new Lists().setLongs(v.longs()).setInts(v.ints()).setDoubles(v.doubles());
    }
}
