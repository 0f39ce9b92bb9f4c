package dev.zerothrift.benchmarks.fastcodec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.codec.ThriftStruct;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fast codecs read every fixture (libthrift's bytes, IDL order) as the generated values, write
 * them in as many bytes (fixed-size fields first), and read their own bytes back.
 */
class FastcodecWireTest {
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
    @SuppressWarnings("unchecked")
    void readsTheFixtureAndWritesAsManyBytes(Workload workload, Protocol protocol)
            throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        FastcodecCodec<ThriftStruct> codec =
                (FastcodecCodec<ThriftStruct>) new FastcodecImpl().codec(fixture);
        dev.zerothrift.runtime.protocol.Protocol p =
                protocol == Protocol.BINARY
                        ? dev.zerothrift.runtime.protocol.Protocol.BINARY
                        : dev.zerothrift.runtime.protocol.Protocol.COMPACT;
        ThriftStruct expected = codec.message();
        ThriftStruct decoded = read(expected, fixture.wire(), p);
        assertEquals(expected, decoded);
        assertEquals(fixture.wire().length, codec.encode(BH));
        assertEquals(expected, read(expected, codec.encoded(), p));
        codec.decode(BH);
        codec.roundtrip(BH);
        if (fixture.value() instanceof Values.Wide) {
            codec.read1(BH);
        }
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
