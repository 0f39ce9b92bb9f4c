package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** The line that says how precise a run's scores are. */
class ErrorSummaryTest {
    private static Result scored(String workload, double score, double error) {
        return new Result(
                "dev.zerothrift.benchmarks.CodecBench.decode",
                Map.of("workload", workload, "impl", "views"),
                score,
                error,
                "us/op",
                0);
    }

    @Test
    void countsTheScoresUnderTheAimAndNamesTheLeastPrecise() {
        List<Result> results =
                List.of(
                        scored("a", 100, 1), // 1%
                        scored("b", 100, 4), // 4%
                        scored("c", 10, 3), // 30%
                        scored("d", 100, Double.NaN)); // too few samples: left out
        assertEquals(
                "- errors (99.9% half-width): 2 of 3 scores under 5% of the score, median 4.0%,"
                        + " largest 30.0% (`CodecBench.decode` impl=views, workload=c)"
                        + System.lineSeparator(),
                ErrorSummary.of(results));
    }

    @Test
    void saysNothingWithoutErrors() {
        assertEquals("", ErrorSummary.of(List.of(scored("a", 1, Double.NaN))));
    }
}
