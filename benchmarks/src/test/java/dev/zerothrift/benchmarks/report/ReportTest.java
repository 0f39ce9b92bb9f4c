package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.benchmarks.report.Targets.Status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The report of a small hand-made JMH JSON: rows, ratios, verdicts, and a chart. */
class ReportTest {
    @TempDir Path dir;

    private Path fixture() throws IOException {
        Path json = dir.resolve("jmh.json");
        try (InputStream in = getClass().getResourceAsStream("/report/jmh-fixture.json")) {
            Files.copy(in, json);
        }
        Files.writeString(dir.resolve("machine.txt"), "machine: test box\n");
        return json;
    }

    @Test
    void verdicts() throws IOException {
        CodecTable table = CodecTable.of(JmhJson.read(fixture()).results());
        List<Status> statuses = Targets.judge(table).stream().map(Targets.Verdict::status).toList();
        assertEquals(
                List.of(
                        Status.MET, // views decode 1.67x, roundtrip 1.43x faster than fastcodec
                        Status.MET, // read1 20x
                        Status.NOT_MET, // fastcodec roundtrip only 2.4x libthrift
                        Status.MET, // views decode 1.2x memcpy
                        Status.MET, // views roundtrip 3.5x memcpy
                        Status.NOT_MET, // fastcodec lists-64k encode 1.3x memcpy's time
                        Status.MET), // views allocate nothing on mytest-1m
                statuses);
        assertTrue(
                Targets.judge(table).get(2).detail().contains("mytest-1m roundtrip binary 2.40x"),
                Targets.judge(table).get(2).detail());
    }

    @Test
    void rowsInReportOrder() throws IOException {
        CodecTable table = CodecTable.of(JmhJson.read(fixture()).results());
        assertEquals(List.of("views", "fastcodec", "libthrift"), table.impls());
        assertEquals(
                List.of(
                        "mytest-1m encode binary",
                        "mytest-1m decode binary",
                        "mytest-1m roundtrip binary",
                        "request-1k memcpy compact",
                        "wide-read1 read1 binary",
                        "lists-64k encode binary"),
                table.rows().stream()
                        .map(
                                r ->
                                        r.key().workload()
                                                + " "
                                                + r.key().operation()
                                                + " "
                                                + r.key().protocol())
                        .toList());
        assertEquals(1, table.others().size());
    }

    @Test
    void markdownAndChart() throws IOException {
        Report.write(fixture());
        String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("machine: test box"), md);
        assertTrue(
                md.contains(
                        "| `mytest-1m` | decode | binary | 120 µs ±2.0%, 0 B | 200 µs ±2.0%, 1.00 MiB"
                                + " | 1.00 ms ±2.0%, 4.01 MiB | 100 µs ±2.0%, 0 B | 1.67x | 5.00x |"
                                + " 8.33x | 1.20x | 2.00x | 10.0x |"),
                md);
        assertTrue(md.contains("| `wide-read1` | read1 | binary | 50.0 ns"), md);
        assertTrue(md.contains("3.00 µs ±?, 5272 B"), md);
        assertTrue(md.contains("| CompactReadBench.readVarint | {size=5} |"), md);
        byte[] png = Files.readAllBytes(dir.resolve("chart.png"));
        assertArrayEquals(
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "a PNG file");
        assertTrue(png.length > 10_000, "a chart, not an empty image: " + png.length);
    }

    @Test
    void compareTwoRuns() throws IOException {
        List<Result> old = JmhJson.read(fixture()).results();
        List<Result> current =
                old.stream()
                        .map(
                                r ->
                                        new Result(
                                                r.benchmark(),
                                                r.params(),
                                                r.score() / 2,
                                                r.error() / 2,
                                                r.unit(),
                                                r.allocated()))
                        .toList();
        String md = Compare.compare(old, current);
        assertTrue(
                md.contains(
                        "| CodecBench.decode | {impl=views, protocol=binary, workload=mytest-1m} |"
                                + " 120 µs ±2.0%, 0 B | 60.0 µs ±2.0%, 0 B | 0.500 | faster |"),
                md);
        assertEquals(old.size() + 2, md.lines().count(), "every shared result, one line each");
    }
}
