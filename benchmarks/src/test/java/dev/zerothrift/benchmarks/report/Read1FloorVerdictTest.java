package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.benchmarks.report.Targets.Status;
import dev.zerothrift.benchmarks.report.Targets.Verdict;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** The read1 verdict reads the floor beside it when the run measured CodecBench.read1Floor. */
class Read1FloorVerdictTest {
    private static Result read1(String impl, double micros) {
        return new Result(
                "dev.zerothrift.benchmarks.CodecBench.read1",
                Map.of("workload", "wide-read1", "protocol", "binary", "impl", impl),
                micros,
                micros * 0.01,
                "us/op",
                0);
    }

    private static Result floor(double micros) {
        return new Result(
                "dev.zerothrift.benchmarks.CodecBench.read1Floor",
                Map.of("workload", "wide-read1", "protocol", "binary"),
                micros,
                micros * 0.01,
                "us/op",
                0);
    }

    private static Verdict read1Verdict(List<Result> results) {
        return Targets.judge(CodecTable.of(results)).stream()
                .filter(v -> v.measure().contains("read1"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTargetBelowTheFloorIsSaidToBe() {
        // the numbers of 2026-12-02/03: fastcodec 490.7 ns, views 170.6 ns, floor 54.4 ns
        Verdict v =
                read1Verdict(
                        List.of(read1("views", 0.1706), read1("fastcodec", 0.4907), floor(0.0544)));
        assertEquals(Status.NOT_MET, v.status());
        assertTrue(v.detail().contains("; floor (`read1Floor`"), v.detail());
        assertTrue(
                v.detail().contains("recorded): binary 54.4 ns, 10x of fastcodec allows 49.1 ns"),
                v.detail());
        assertTrue(v.detail().endsWith("(below the floor)"), v.detail());
    }

    @Test
    void aTargetAboveTheFloorIsSaidToBe() {
        Verdict v =
                read1Verdict(List.of(read1("views", 0.1), read1("fastcodec", 2.0), floor(0.0544)));
        assertTrue(v.detail().endsWith("(above the floor)"), v.detail());
    }

    @Test
    void withoutTheFloorTheVerdictIsTheComparisonAlone() {
        Verdict v = read1Verdict(List.of(read1("views", 0.1706), read1("fastcodec", 0.4907)));
        assertEquals(
                "1 rows, slowest speedup 2.88x; missed: wide-read1 read1 binary 2.88x", v.detail());
    }
}
