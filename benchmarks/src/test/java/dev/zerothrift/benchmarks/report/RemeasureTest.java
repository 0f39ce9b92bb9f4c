package dev.zerothrift.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Which rows {@code benchmarks/run full} measures again, and how their new forks are merged. */
class RemeasureTest {
    private static void setError(JsonObject row, double relative) {
        JsonObject m = row.getAsJsonObject("primaryMetric");
        m.addProperty("scoreError", relative * m.get("score").getAsDouble());
    }

    /** The arguments that select the fixture's CodecBench.decode row of {@code workload} alone. */
    private static List<String> decodeArguments(String workload) {
        String decode = "^" + Pattern.quote("dev.zerothrift.benchmarks.CodecBench.decode") + "$";
        return List.of(
                decode, "-p", "impl=views", "-p", "protocol=binary", "-p", "workload=" + workload);
    }

    @Test
    void listsTheRowsAboveTheAimNearestFirstWithTheArgumentsThatRunThemAlone() throws IOException {
        JsonArray rows = ThreeForkRun.rows(); // request-1k at 6.4%, batch-20k at 5.3%
        JsonObject precise = rows.get(0).getAsJsonObject().deepCopy();
        setError(precise, 0.01);
        precise.getAsJsonObject("params").addProperty("workload", "wide-read1");
        rows.add(precise);
        JsonObject sampled = rows.get(0).getAsJsonObject().deepCopy();
        sampled.addProperty("mode", "sample"); // RpcBench's: never listed
        rows.add(sampled);
        JsonObject unknown = rows.get(0).getAsJsonObject().deepCopy(); // too few samples
        unknown.getAsJsonObject("primaryMetric").addProperty("scoreError", "NaN");
        unknown.getAsJsonObject("params").addProperty("workload", "blob-1m");
        rows.add(unknown);

        List<List<String>> noisy = Remeasure.noisy(rows);

        assertEquals(
                List.of( // nearest the aim first, an unknown error last
                        decodeArguments("batch-20k"),
                        decodeArguments("request-1k"),
                        decodeArguments("blob-1m")),
                noisy);
        assertTrue(
                Pattern.compile(noisy.get(0).get(0))
                        .matcher("dev.zerothrift.benchmarks.CodecBench.decode")
                        .find());
        assertTrue(
                !Pattern.compile(noisy.get(0).get(0))
                        .matcher("dev.zerothrift.benchmarks.CodecBench.decodeAll")
                        .find(),
                "the anchored name selects that method alone");
    }

    @Test
    void poolsTheRowsMeasuredAgainAndKeepsTheOthersInPlace() throws IOException {
        JsonArray rows = ThreeForkRun.rows();
        JsonArray more = new JsonArray();
        more.add(rows.get(1).deepCopy()); // batch-20k measured again
        JsonArray merged = new JsonArray();

        List<String> changes = Remeasure.pool(rows, more, merged);

        assertEquals(2, merged.size());
        assertEquals(rows.get(0), merged.get(0), "a row not measured again is unchanged");
        JsonObject pooled = merged.get(1).getAsJsonObject();
        assertEquals(6, pooled.get("forks").getAsInt());
        assertEquals("batch-20k", pooled.getAsJsonObject("params").get("workload").getAsString());
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).contains("error 5.3% -> "), changes.get(0));
        assertTrue(changes.get(0).contains("with 6 forks"), changes.get(0));
    }

    @Test
    void refusesAResultWithNoRowToPoolWith() throws IOException {
        JsonArray rows = ThreeForkRun.rows();
        JsonObject stranger = rows.get(0).getAsJsonObject().deepCopy();
        stranger.getAsJsonObject("params").addProperty("workload", "lists-64k");
        JsonArray more = new JsonArray();
        more.add(stranger);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Remeasure.pool(rows, more, new JsonArray()));
        assertTrue(e.getMessage().contains("no result to pool with"), e.getMessage());
        assertTrue(e.getMessage().contains("lists-64k"), e.getMessage());
    }
}
