package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.benchmarks.report.Targets.Status;
import dev.zerothrift.benchmarks.report.Targets.Verdict;
import dev.zerothrift.benchmarks.workload.StringFootprint;
import dev.zerothrift.benchmarks.workload.Workload;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * The allocation target judged net of what JMH's own loop allocates per microsecond of measurement,
 * read off the row's memcpy (numbers from the 2026-12-02 runs).
 */
class AllocationVerdictTest {
    private static final String BENCH = "dev.zerothrift.benchmarks.CodecBench.";

    private static Result memcpy(double micros, double bytesPerOp) {
        return new Result(
                BENCH + "memcpy",
                Map.of("workload", "mytest-1m", "protocol", "compact"),
                micros,
                micros * 0.01,
                "us/op",
                bytesPerOp);
    }

    private static Result viewsDecode(double micros, double bytesPerOp) {
        return new Result(
                BENCH + "decode",
                Map.of("workload", "mytest-1m", "protocol", "compact", "impl", "views"),
                micros,
                micros * 0.01,
                "us/op",
                bytesPerOp);
    }

    private static Verdict allocationVerdict(List<Result> results) {
        return Targets.judge(CodecTable.of(results)).stream()
                .filter(v -> v.measure().startsWith("bytes allocated"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theHarnessShareOfALongOperationIsNotTheViewsAllocation() {
        // 0.342 B/op over 24.7 us is JMH's ~7 KiB per 0.5 s iteration; 499 us gets 6.9 B of it.
        Verdict verdict =
                allocationVerdict(List.of(memcpy(24.7, 0.342), viewsDecode(499.4, 6.911)));
        assertEquals(Status.MET, verdict.status(), verdict.detail());
    }

    @Test
    void allocationBeyondTheHarnessShareIsAMiss() {
        Verdict verdict = allocationVerdict(List.of(memcpy(24.7, 0.342), viewsDecode(499.4, 40.0)));
        assertEquals(Status.NOT_MET, verdict.status());
        assertTrue(
                verdict.detail().contains("mytest-1m decode compact 40 B/op (33 B/op beyond"),
                verdict.detail());
    }

    @Test
    void withoutAMemcpyEveryByteCounts() {
        Verdict verdict = allocationVerdict(List.of(viewsDecode(499.4, 6.911)));
        assertEquals(Status.NOT_MET, verdict.status(), verdict.detail());
    }

    @Test
    void harnessShareIsTheMemcpyRatePerMicrosecond() {
        CodecTable table = CodecTable.of(List.of(memcpy(20.0, 0.5), viewsDecode(100.0, 3.0)));
        CodecTable.Row row =
                table.rows().stream()
                        .filter(r -> r.key().operation().equals("decode"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(2.5, Targets.harnessShare(row, row.impl("views").orElseThrow()), 1e-9);
    }

    private static Result request1k(String operation, double bytesPerOp) {
        return new Result(
                BENCH + operation,
                Map.of("workload", "request-1k", "protocol", "binary", "impl", "views"),
                0.45,
                0.01,
                "us/op",
                bytesPerOp);
    }

    @Test
    void aDecodeMayAllocateTheStringsItReadsAndNoMore() {
        long strings =
                StringFootprint.ofMessage(Workload.REQUEST_1K.generate()); // 888 B on 2026-12-02
        assertTrue(strings > 0);
        assertEquals(Status.MET, allocationVerdict(List.of(request1k("decode", strings))).status());
        Verdict beyond = allocationVerdict(List.of(request1k("decode", strings + 144)));
        assertEquals(Status.NOT_MET, beyond.status());
        assertTrue(
                beyond.detail().contains("request-1k decode binary " + (strings + 144) + " B/op"),
                beyond.detail());
    }

    @Test
    void anEncodeMayAllocateNothingEvenWithStrings() {
        assertEquals(Status.MET, allocationVerdict(List.of(request1k("encode", 0.3))).status());
        assertEquals(Status.NOT_MET, allocationVerdict(List.of(request1k("encode", 96))).status());
    }
}
