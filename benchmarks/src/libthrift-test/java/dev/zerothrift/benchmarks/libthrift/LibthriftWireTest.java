package dev.zerothrift.benchmarks.libthrift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Workload;

import org.apache.thrift.TBase;
import org.apache.thrift.TSerializer;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * libthrift pins the workloads: its encoding of the generated values has the sizes of WORKLOADS.md
 * and is, byte for byte, what every implementation is fed; its codec runs every operation
 * repeatedly on them.
 */
class LibthriftWireTest {
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

    @Test
    void binarySizesOfWorkloadsMd() throws Exception {
        TSerializer binary = new TSerializer(new TBinaryProtocol.Factory());
        assertEquals(1_024, binary.serialize(libthrift(Workload.REQUEST_1K)).length);
        assertEquals(20_864, binary.serialize(libthrift(Workload.BATCH_20K)).length);
        bench.workloads.Batch batch6m = (bench.workloads.Batch) libthrift(Workload.BATCH_6M);
        assertEquals(7_807, batch6m.getRequestsSize());
        assertEquals(6_291_152, binary.serialize(batch6m).length);
        assertEquals(1_241, binary.serialize(libthrift(Workload.WIDE_READ1)).length);
        assertEquals(1_048_611, binary.serialize(libthrift(Workload.MYTEST_1M)).length);
        assertEquals(1_049_120, binary.serialize(libthrift(Workload.BLOB_1M)).length);
        assertEquals(1_310_745, binary.serialize(libthrift(Workload.LISTS_64K)).length);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void libthriftWritesTheFixtureBytes(Workload workload, Protocol protocol) throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        TSerializer serializer =
                new TSerializer(
                        protocol == Protocol.BINARY
                                ? new TBinaryProtocol.Factory()
                                : new TCompactProtocol.Factory());
        TBase<?, ?> message = libthrift(workload);
        assertArrayEquals(fixture.wire(), serializer.serialize(message));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void libthriftReadsTheFixtureAsTheGeneratedValues(Workload workload, Protocol protocol)
            throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        TBase<?, ?> expected = libthrift(workload);
        TBase<?, ?> decoded = expected.deepCopy();
        decoded.clear();
        new org.apache.thrift.TDeserializer(
                        protocol == Protocol.BINARY
                                ? new TBinaryProtocol.Factory()
                                : new TCompactProtocol.Factory())
                .deserialize(decoded, fixture.wire());
        assertEquals(expected, decoded);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyOperationRunsRepeatedly(Workload workload, Protocol protocol) throws Exception {
        Fixture fixture = Fixture.of(workload, protocol);
        LibthriftCodec<?> codec = (LibthriftCodec<?>) new LibthriftImpl().codec(fixture);
        for (int i = 0; i < 3; i++) {
            assertEquals(fixture.wire().length, codec.encode(BH));
            assertArrayEquals(fixture.wire(), codec.lastEncoded());
            codec.decode(BH);
            codec.roundtrip(BH);
            if (workload == Workload.WIDE_READ1) {
                codec.read1(BH);
            }
        }
    }

    @Test
    void read1ReadsField37() throws Exception {
        Fixture fixture = Fixture.of(Workload.WIDE_READ1, Protocol.COMPACT);
        Codec codec = new LibthriftImpl().codec(fixture);
        codec.read1(BH);
        bench.workloads.Wide wide = new bench.workloads.Wide();
        new org.apache.thrift.TDeserializer(new TCompactProtocol.Factory())
                .deserialize(wide, fixture.wire());
        assertEquals(
                ((dev.zerothrift.benchmarks.workload.Values.Wide) fixture.value()).f37(),
                wide.getF37());
    }

    private static TBase<?, ?> libthrift(Workload workload) {
        return switch (workload.generate()) {
            case dev.zerothrift.benchmarks.workload.Values.MyTest v -> Convert.myTest(v);
            case dev.zerothrift.benchmarks.workload.Values.Request v -> Convert.request(v);
            case dev.zerothrift.benchmarks.workload.Values.Batch v -> Convert.batch(v);
            case dev.zerothrift.benchmarks.workload.Values.Wide v -> Convert.wide(v);
            case dev.zerothrift.benchmarks.workload.Values.Lists v -> Convert.lists(v);
        };
    }
}
