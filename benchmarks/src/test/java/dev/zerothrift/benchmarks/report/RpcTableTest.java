package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.benchmarks.report.Targets.Status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The RPC section of a small hand-made JMH JSON (sample-time mode): QPS, percentiles, target. */
class RpcTableTest {
    @TempDir Path dir;

    private Path fixture() throws IOException {
        Path json = dir.resolve("jmh.json");
        try (InputStream in = getClass().getResourceAsStream("/report/jmh-rpc-fixture.json")) {
            Files.copy(in, json);
        }
        return json;
    }

    private RpcTable table() throws IOException {
        return RpcTable.of(JmhJson.read(fixture()).results());
    }

    @Test
    void rowsByWorkloadThenCallsInFlight() throws IOException {
        RpcTable table = table();
        assertEquals(List.of("views", "pojo", "libthrift"), table.impls());
        assertEquals(
                List.of(
                        new RpcTable.Key("request-1k", 1),
                        new RpcTable.Key("request-1k", 16),
                        new RpcTable.Key("batch-20k", 1)),
                table.rows().stream().map(RpcTable.Row::key).toList());
    }

    @Test
    void qpsIsCallsInFlightOverMeanLatency() throws IOException {
        RpcTable.Row row = table().rows().get(1); // request-1k, 16 in flight
        Result views = row.impl("views").orElseThrow();
        assertEquals(16, views.threads());
        assertEquals(80_000, RpcTable.qps(views), 1e-6); // 16 / 200 µs
        assertEquals(150.0, RpcTable.p50(views), 1e-9);
        assertEquals(900.0, RpcTable.p99(views), 1e-9);
        assertEquals(1.5, RpcTable.qpsRatio(row, "views"), 1e-9);
    }

    @Test
    void targetNeedsTwiceTheQpsAtNoHigherP99() throws IOException {
        RpcTable table = table();
        RpcTable.Row one = table.rows().get(0);
        RpcTable.Row sixteen = table.rows().get(1);
        assertTrue(RpcTable.meets(one, "views")); // 4x, p99 0.6x
        assertFalse(RpcTable.meets(one, "pojo")); // 2.5x, but p99 1.2x
        assertFalse(RpcTable.meets(sixteen, "views")); // 1.5x
        assertTrue(RpcTable.meets(sixteen, "pojo")); // 2x at the same p99
        List<Targets.Verdict> verdicts = table.judge();
        assertEquals(
                List.of(Status.NOT_MET, Status.NOT_MET),
                verdicts.stream().map(Targets.Verdict::status).toList());
        assertTrue(
                verdicts.get(0).detail().contains("request-1k x16 1.50x QPS, p99 0.90x"),
                verdicts.get(0).detail());
        assertTrue(verdicts.get(0).detail().startsWith("2 rows"), verdicts.get(0).detail());
    }

    @Test
    void reportHasTheRpcSectionAndNoEmptyCodecTable() throws IOException {
        Path json = fixture();
        Report.write(json);
        String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## RpcBench"), md);
        assertFalse(md.contains("## CodecBench"), md);
        assertFalse(md.contains("## Other benchmarks"), md);
        assertTrue(
                md.contains(
                        "| `request-1k` | 1 | 40,000/s ±2.0%, p50 20.0 µs, p99 60.0 µs, 4000 B |"),
                md);
        assertTrue(md.contains("| 4.00x, 0.60x | met |"), md);
        assertTrue(md.contains("| 2.50x, 1.20x | **not met** |"), md);
        assertTrue(md.contains("at least 2x libthrift's QPS at equal or lower p99"), md);
        assertFalse(md.contains("faster than fast codecs"), "no codec targets without codec rows");
    }
}
