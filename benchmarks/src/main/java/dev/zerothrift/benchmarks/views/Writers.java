package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.fastcodec.gen.BatchView;
import dev.zerothrift.benchmarks.fastcodec.gen.ListsView;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTestView;
import dev.zerothrift.benchmarks.fastcodec.gen.RequestView;
import dev.zerothrift.benchmarks.fastcodec.gen.Status;
import dev.zerothrift.benchmarks.fastcodec.gen.UserView;
import dev.zerothrift.benchmarks.fastcodec.gen.WideView;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.Protocol;

import java.util.List;

/**
 * Writes the workload's values with the generated views' writers, straight from the values held in
 * memory (no intermediate object): primitive lists from their arrays, the payload by reference when
 * long, nested structs and list elements by their own reused writers. In the binary protocol each
 * struct's fixed-size fields are given first, so that the writer holds them and puts them in one
 * window before the others: the layout the fast codecs write, byte for byte. In compact, where the
 * writer keeps the caller's order, fields are given in IDL order (one-byte field headers).
 */
public final class Writers {
    private final Protocol protocol;
    private final MyTestView.Writer myTest = new MyTestView.Writer();
    private final RequestView.Writer request = new RequestView.Writer();
    private final UserView.Writer user = new UserView.Writer();
    private final BatchView.Writer batch = new BatchView.Writer();
    private final WideView.Writer wide = new WideView.Writer();
    private final ListsView.Writer lists = new ListsView.Writer();

    Writers(Protocol protocol) {
        this.protocol = protocol;
    }

    void myTest(Values.Message m, Chain out) {
        Values.MyTest v = (Values.MyTest) m;
        MyTestView.Writer w = myTest.begin(out, protocol);
        w.Num(v.num());
        w.beginAno().Num(v.ano().num()).end();
        w.Nums(v.nums());
        w.end();
    }

    void request(Values.Message m, Chain out) {
        request.begin(out, protocol);
        request((Values.Request) m, request);
    }

    /**
     * Writes request {@code v}'s fields with {@code w}, begun by the caller, and ends it: in the
     * binary protocol the fixed-size fields of each struct first (held, then put in one window), in
     * compact in IDL order (every field header one byte).
     */
    public static void request(Values.Request v, RequestView.Writer w) {
        boolean binary = w.writer() instanceof BinaryWriter;
        if (binary) {
            w.requestId(v.requestId()).priority(v.priority());
        } else {
            w.requestId(v.requestId());
        }
        w.method(v.method());
        Values.User u = v.user();
        UserView.Writer uw = w.beginUser();
        if (binary) {
            userFixed(u, uw.id(u.id()));
            uw.name(u.name()).email(u.email());
        } else {
            userFixed(u, uw.id(u.id()).name(u.name()).email(u.email()));
        }
        uw.tags(u.tags()).attrs(u.attrs()).end();
        w.ids(v.ids()).payload(v.payload());
        if (v.traceId() != null) {
            w.traceId(v.traceId());
        }
        if (!binary) {
            w.priority(v.priority());
        }
        w.shards(v.shards());
        w.end();
    }

    /** The user's fixed-size fields after its id: age, active, score, status. */
    private static void userFixed(Values.User u, UserView.Writer uw) {
        uw.age(u.age()).active(u.active()).score(u.score());
        uw.status(Status.findByValue(u.status().value()));
    }

    void batch(Values.Message m, Chain out) {
        Values.Batch v = (Values.Batch) m;
        BatchView.Writer w = batch.begin(out, protocol);
        List<Values.Request> requests = v.requests();
        int n = requests.size();
        w.beginRequests(n);
        // by index: an iterator is garbage unless escape analysis removes it, which a profile
        // shared with other list types can prevent
        for (int i = 0; i < n; i++) {
            request.begin(w.writer());
            request(requests.get(i), request);
        }
        w.end();
    }

    void wide(Values.Message m, Chain out) {
        Values.Wide v = (Values.Wide) m;
        WideView.Writer w = wide.begin(out, protocol);
        if (protocol == Protocol.BINARY) {
            wideFixedFirst(v, w);
        } else {
            wideInIdlOrder(v, w);
        }
        w.end();
    }

    /** Binary: the fixed-size fields first, held and put in one window; then the others. */
    private static void wideFixedFirst(Values.Wide v, WideView.Writer w) {
        w.f1(v.i64s()[0]);
        w.f3(v.i32s()[0]);
        w.f4(v.doubles()[0]);
        w.f6(v.i64s()[1]);
        w.f8(v.i32s()[1]);
        w.f9(v.doubles()[1]);
        w.f11(v.i64s()[2]);
        w.f13(v.i32s()[2]);
        w.f14(v.doubles()[2]);
        w.f16(v.i64s()[3]);
        w.f18(v.i32s()[3]);
        w.f19(v.doubles()[3]);
        w.f21(v.i64s()[4]);
        w.f23(v.i32s()[4]);
        w.f24(v.doubles()[4]);
        w.f26(v.i64s()[5]);
        w.f28(v.i32s()[5]);
        w.f29(v.doubles()[5]);
        w.f31(v.i64s()[6]);
        w.f33(v.i32s()[6]);
        w.f34(v.doubles()[6]);
        w.f36(v.i64s()[7]);
        w.f38(v.i32s()[7]);
        w.f39(v.doubles()[7]);
        w.f41(v.i64s()[8]);
        w.f43(v.i32s()[8]);
        w.f44(v.doubles()[8]);
        w.f46(v.i64s()[9]);
        w.f48(v.i32s()[9]);
        w.f49(v.doubles()[9]);
        w.f2(v.strings()[0]);
        w.f5(v.lists()[0]);
        w.f7(v.strings()[1]);
        w.f10(v.lists()[1]);
        w.f12(v.strings()[2]);
        w.f15(v.lists()[2]);
        w.f17(v.strings()[3]);
        w.f20(v.lists()[3]);
        w.f22(v.strings()[4]);
        w.f25(v.lists()[4]);
        w.f27(v.strings()[5]);
        w.f30(v.lists()[5]);
        w.f32(v.strings()[6]);
        w.f35(v.lists()[6]);
        w.f37(v.strings()[7]);
        w.f40(v.lists()[7]);
        w.f42(v.strings()[8]);
        w.f45(v.lists()[8]);
        w.f47(v.strings()[9]);
        w.f50(v.lists()[9]);
    }

    /** Compact: in IDL order, so that every field header is one byte. */
    private static void wideInIdlOrder(Values.Wide v, WideView.Writer w) {
        w.f1(v.i64s()[0]);
        w.f2(v.strings()[0]);
        w.f3(v.i32s()[0]);
        w.f4(v.doubles()[0]);
        w.f5(v.lists()[0]);
        w.f6(v.i64s()[1]);
        w.f7(v.strings()[1]);
        w.f8(v.i32s()[1]);
        w.f9(v.doubles()[1]);
        w.f10(v.lists()[1]);
        w.f11(v.i64s()[2]);
        w.f12(v.strings()[2]);
        w.f13(v.i32s()[2]);
        w.f14(v.doubles()[2]);
        w.f15(v.lists()[2]);
        w.f16(v.i64s()[3]);
        w.f17(v.strings()[3]);
        w.f18(v.i32s()[3]);
        w.f19(v.doubles()[3]);
        w.f20(v.lists()[3]);
        w.f21(v.i64s()[4]);
        w.f22(v.strings()[4]);
        w.f23(v.i32s()[4]);
        w.f24(v.doubles()[4]);
        w.f25(v.lists()[4]);
        w.f26(v.i64s()[5]);
        w.f27(v.strings()[5]);
        w.f28(v.i32s()[5]);
        w.f29(v.doubles()[5]);
        w.f30(v.lists()[5]);
        w.f31(v.i64s()[6]);
        w.f32(v.strings()[6]);
        w.f33(v.i32s()[6]);
        w.f34(v.doubles()[6]);
        w.f35(v.lists()[6]);
        w.f36(v.i64s()[7]);
        w.f37(v.strings()[7]);
        w.f38(v.i32s()[7]);
        w.f39(v.doubles()[7]);
        w.f40(v.lists()[7]);
        w.f41(v.i64s()[8]);
        w.f42(v.strings()[8]);
        w.f43(v.i32s()[8]);
        w.f44(v.doubles()[8]);
        w.f45(v.lists()[8]);
        w.f46(v.i64s()[9]);
        w.f47(v.strings()[9]);
        w.f48(v.i32s()[9]);
        w.f49(v.doubles()[9]);
        w.f50(v.lists()[9]);
    }

    void lists(Values.Message m, Chain out) {
        Values.Lists v = (Values.Lists) m;
        lists.begin(out, protocol).longs(v.longs()).ints(v.ints()).doubles(v.doubles()).end();
    }
}
