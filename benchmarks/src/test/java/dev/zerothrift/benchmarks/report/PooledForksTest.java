package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Pooling forks of two runs gives what JMH wrote for one run of all of them: the fixture is two
 * rows of a real full run (3 forks each, with {@code -prof gc}); each row is cut into a run of its
 * first fork and a run of the other two, pooled back, and compared with what JMH computed.
 */
class PooledForksTest {
    /**
     * {@code result} as a run of only the forks {@code [from, to)} would have been written: each
     * metric's raw data cut, its score that of the forks kept (summed for JMH's summed metrics).
     */
    private static JsonObject forks(JsonObject result, int from, int to) {
        JsonObject cut = result.deepCopy();
        cut.addProperty("forks", to - from);
        cutRaw(cut.getAsJsonObject("primaryMetric"), from, to, false);
        for (Map.Entry<String, JsonElement> m :
                cut.getAsJsonObject("secondaryMetrics").entrySet()) {
            boolean summed = m.getKey().equals("gc.count") || m.getKey().equals("gc.time");
            cutRaw(m.getValue().getAsJsonObject(), from, to, summed);
        }
        return cut;
    }

    private static void cutRaw(JsonObject metric, int from, int to, boolean summed) {
        JsonArray raw = metric.getAsJsonArray("rawData");
        JsonArray kept = new JsonArray();
        double sum = 0;
        int n = 0;
        for (int i = from; i < to && i < raw.size(); i++) {
            kept.add(raw.get(i));
            for (JsonElement v : raw.get(i).getAsJsonArray()) {
                sum += v.getAsDouble();
                n++;
            }
        }
        metric.add("rawData", kept);
        metric.addProperty("score", summed ? sum : sum / n);
        metric.addProperty("scoreError", -1); // not read: pooling computes it again
    }

    private static void assertClose(double expected, JsonElement actual, String what) {
        double a = actual.getAsDouble();
        assertEquals(expected, a, Math.abs(expected) * 1e-9 + 1e-12, what);
    }

    @Test
    void poolingTheForksApartGivesJmhsOwnScoreErrorAndPercentiles() throws IOException {
        for (JsonElement e : ThreeForkRun.rows()) {
            JsonObject whole = e.getAsJsonObject();
            JsonObject pooled = PooledForks.pool(forks(whole, 0, 1), forks(whole, 1, 3));

            assertEquals(3, pooled.get("forks").getAsInt());
            JsonObject expected = whole.getAsJsonObject("primaryMetric");
            JsonObject actual = pooled.getAsJsonObject("primaryMetric");
            assertClose(expected.get("score").getAsDouble(), actual.get("score"), "score");
            assertClose(
                    expected.get("scoreError").getAsDouble(), actual.get("scoreError"), "error");
            for (int i = 0; i < 2; i++) {
                assertClose(
                        expected.getAsJsonArray("scoreConfidence").get(i).getAsDouble(),
                        actual.getAsJsonArray("scoreConfidence").get(i),
                        "confidence " + i);
            }
            for (Map.Entry<String, JsonElement> p :
                    expected.getAsJsonObject("scorePercentiles").entrySet()) {
                assertClose(
                        p.getValue().getAsDouble(),
                        actual.getAsJsonObject("scorePercentiles").get(p.getKey()),
                        "percentile " + p.getKey());
            }
            assertEquals(expected.get("rawData"), actual.get("rawData"));

            JsonObject secondary = whole.getAsJsonObject("secondaryMetrics");
            for (String metric : List.of("gc.alloc.rate.norm", "gc.count", "gc.time")) {
                // the norm is averaged over the iterations; the count and time are summed
                assertClose(
                        secondary.getAsJsonObject(metric).get("score").getAsDouble(),
                        pooled.getAsJsonObject("secondaryMetrics")
                                .getAsJsonObject(metric)
                                .get("score"),
                        metric);
            }
            assertEquals(
                    "NaN",
                    pooled.getAsJsonObject("secondaryMetrics")
                            .getAsJsonObject("gc.count")
                            .get("scoreError")
                            .getAsString(),
                    "JMH gives a summed metric no error, and writes NaN as a string");
        }
    }

    @Test
    void moreForksNarrowTheErrorOfTheSameSamples() throws IOException {
        JsonObject row = ThreeForkRun.rows().get(0).getAsJsonObject();
        JsonObject twice = PooledForks.pool(row, row);
        double before = row.getAsJsonObject("primaryMetric").get("scoreError").getAsDouble();
        double after = twice.getAsJsonObject("primaryMetric").get("scoreError").getAsDouble();
        assertEquals(6, twice.get("forks").getAsInt());
        assertTrue(after < before / Math.sqrt(2), before + " -> " + after);
    }

    @Test
    void refusesRowsOfAnotherBenchmarkOrTiming() throws IOException {
        JsonArray rows = ThreeForkRun.rows();
        JsonObject a = rows.get(0).getAsJsonObject();
        JsonObject b = rows.get(1).getAsJsonObject(); // another workload
        IllegalArgumentException other =
                assertThrows(IllegalArgumentException.class, () -> PooledForks.pool(a, b));
        assertTrue(other.getMessage().contains("not the same benchmark"), other.getMessage());

        JsonObject shorter = a.deepCopy();
        shorter.addProperty("measurementTime", "250 ms");
        IllegalArgumentException timing =
                assertThrows(IllegalArgumentException.class, () -> PooledForks.pool(a, shorter));
        assertTrue(timing.getMessage().contains("measurementTime"), timing.getMessage());
    }
}
