package dev.zerothrift.benchmarks.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that JMH writes with {@code -rf json}. */
public final class JmhJson {
    private JmhJson() {}

    /**
     * A run: its results and how it ran.
     *
     * @param results every result, in file order.
     * @param settings JVM, JDK and JMH settings of the first result (one run shares them), but the
     *     forks as a range when rows differ (those measured again by {@code Remeasure}).
     */
    public record Run(List<Result> results, Map<String, String> settings) {}

    public static Run read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Run parse(String json) {
        JsonArray array = JsonParser.parseString(json).getAsJsonArray();
        List<Result> results = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        int fewestForks = Integer.MAX_VALUE;
        int mostForks = 0;
        for (JsonElement element : array) {
            JsonObject o = element.getAsJsonObject();
            if (settings.isEmpty()) {
                for (String key :
                        List.of(
                                "jmhVersion",
                                "jdkVersion",
                                "vmName",
                                "vmVersion",
                                "jvm",
                                "jvmArgs",
                                "forks",
                                "warmupIterations",
                                "warmupTime",
                                "measurementIterations",
                                "measurementTime")) {
                    if (o.has(key)) {
                        JsonElement v = o.get(key);
                        settings.put(key, v.isJsonPrimitive() ? v.getAsString() : v.toString());
                    }
                }
            }
            if (o.has("forks")) {
                int forks = o.get("forks").getAsInt();
                fewestForks = Math.min(fewestForks, forks);
                mostForks = Math.max(mostForks, forks);
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (o.has("params")) {
                for (Map.Entry<String, JsonElement> p : o.getAsJsonObject("params").entrySet()) {
                    params.put(p.getKey(), p.getValue().getAsString());
                }
            }
            JsonObject primary = o.getAsJsonObject("primaryMetric");
            double alloc = Double.NaN;
            JsonObject secondary = o.getAsJsonObject("secondaryMetrics");
            if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
                alloc = number(secondary.getAsJsonObject("gc.alloc.rate.norm").get("score"));
            }
            Map<String, Double> percentiles = new LinkedHashMap<>();
            JsonObject scorePercentiles = primary.getAsJsonObject("scorePercentiles");
            if (scorePercentiles != null && "sample".equals(string(o.get("mode")))) {
                for (Map.Entry<String, JsonElement> p : scorePercentiles.entrySet()) {
                    percentiles.put(p.getKey(), number(p.getValue()));
                }
            }
            results.add(
                    new Result(
                            o.get("benchmark").getAsString(),
                            Map.copyOf(params),
                            number(primary.get("score")),
                            number(primary.get("scoreError")),
                            primary.get("scoreUnit").getAsString(),
                            alloc,
                            o.has("threads") ? o.get("threads").getAsInt() : 1,
                            java.util.Collections.unmodifiableMap(percentiles)));
        }
        if (fewestForks < mostForks) { // rows measured again have more forks (Remeasure)
            settings.put("forks", fewestForks + " to " + mostForks + " (per row)");
        }
        return new Run(List.copyOf(results), java.util.Collections.unmodifiableMap(settings));
    }

    private static String string(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(JsonElement e) {
        return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }
}
