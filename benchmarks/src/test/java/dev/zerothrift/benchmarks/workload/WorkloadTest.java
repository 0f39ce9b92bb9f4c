package dev.zerothrift.benchmarks.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.benchmarks.workload.Values.Batch;
import dev.zerothrift.benchmarks.workload.Values.Request;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

/** The workloads have the sizes of WORKLOADS.md, in both protocols, and are deterministic. */
class WorkloadTest {
    /** Sizes in the compact protocol: no document fixes them; a change here changes results. */
    private static final Map<Workload, Integer> COMPACT_SIZES =
            Map.of(
                    Workload.MYTEST_1M, 1_244_664,
                    Workload.REQUEST_1K, 958,
                    Workload.BATCH_20K, 19_126,
                    Workload.BATCH_6M, 5_769_039,
                    Workload.WIDE_READ1, 1_228,
                    Workload.BLOB_1M, 1_049_055,
                    Workload.LISTS_64K, 1_469_999);

    @Test
    void sizesOfWorkloadsMd() {
        assertEquals(1_024, Workload.REQUEST_1K.binarySize());
        assertEquals(20_864, Workload.BATCH_20K.binarySize());
        assertEquals(6_291_152, Workload.BATCH_6M.binarySize());
        assertEquals(1_241, Workload.WIDE_READ1.binarySize());
    }

    @ParameterizedTest
    @EnumSource(Workload.class)
    void encodedSizes(Workload workload) {
        Fixture binary = Fixture.of(workload, Protocol.BINARY);
        assertEquals(workload.binarySize(), binary.wire().length);
        Fixture compact = Fixture.of(workload, Protocol.COMPACT);
        assertEquals(COMPACT_SIZES.get(workload), compact.wire().length);
    }

    @Test
    void batchesHaveTheirRequestCounts() {
        assertEquals(26, ((Batch) Workload.BATCH_20K.generate()).requests().size());
        assertEquals(7_807, ((Batch) Workload.BATCH_6M.generate()).requests().size());
    }

    @Test
    void requestShapes() {
        Request r = (Request) Workload.REQUEST_1K.generate();
        assertEquals(480, r.payload().length, "WORKLOADS.md: request-1k has a 480-byte payload");
        assertEquals(32, r.traceId().length());
        assertEquals(4, r.user().tags().size());
        assertEquals(4, r.user().attrs().size());
        assertEquals(16, r.ids().length);
        assertEquals(8, r.shards().length);
        Request blob = (Request) Workload.BLOB_1M.generate();
        assertEquals(1 << 20, blob.payload().length);
        assertEquals(r.method(), blob.method(), "blob-1m is request-1k with a larger payload");
        for (Request b : ((Batch) Workload.BATCH_20K.generate()).requests()) {
            assertTrue(Math.abs(b.payload().length - 256) <= 8, "payload " + b.payload().length);
        }
    }

    @Test
    void deterministic() {
        assertArrayEquals(
                Fixture.of(Workload.BATCH_20K, Protocol.COMPACT).wire(),
                Fixture.of(Workload.BATCH_20K, Protocol.COMPACT).wire());
    }
}
