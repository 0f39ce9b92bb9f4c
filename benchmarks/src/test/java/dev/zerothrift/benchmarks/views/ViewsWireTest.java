package dev.zerothrift.benchmarks.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.view.StructView;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The views read every fixture (libthrift's bytes, IDL order) as the values the fast codecs decode,
 * their writers write as many bytes that decode to the same value, and every measured operation
 * runs.
 */
class ViewsWireTest {
    private static final Blackhole BH =
            new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly"
                            + " is dangerous.");

    static Stream<Arguments> fixtures() {
        List<Arguments> all = new ArrayList<>();
        for (Workload w : Workload.values()) {
            for (Protocol p : Protocol.values()) {
                all.add(Arguments.of(w, p));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsTheFixtureAndWritesAsManyBytes(Workload workload, Protocol protocol)
            throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        ViewsCodec<?> codec = (ViewsCodec<?>) new ViewsImpl().codec(fixture);
        StructView view = codec.view();
        view.wrap(fixture.wire(), 0, fixture.wire().length);
        ThriftStruct fromView = toPojo(view);
        view.close();
        ThriftStruct expected = read(fromView, fixture.wire(), codec.protocol());
        assertEquals(expected, fromView);
        assertEquals(fixture.wire().length, codec.encode(BH));
        assertEquals(expected, read(expected, codec.encoded(), codec.protocol()));
        codec.decode(BH);
        codec.roundtrip(BH);
        if (fixture.value() instanceof Values.Wide) {
            codec.read1(BH);
        }
    }

    private static ThriftStruct toPojo(StructView view) throws Exception {
        return (ThriftStruct) view.getClass().getMethod("toPojo").invoke(view);
    }

    private static ThriftStruct read(
            ThriftStruct like, byte[] bytes, dev.zerothrift.runtime.protocol.Protocol protocol)
            throws Exception {
        return (ThriftStruct)
                like.getClass()
                        .getMethod(
                                "fastRead",
                                byte[].class,
                                dev.zerothrift.runtime.protocol.Protocol.class)
                        .invoke(null, bytes, protocol);
    }
}
