package dev.zerothrift.benchmarks.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One JMH result from the forks of two runs of the same benchmark, as JMH itself would have written
 * it had it run all those forks at once: the raw iteration scores of both, and the score, the 99.9%
 * confidence half-width, the confidence interval and the percentiles computed again over all of
 * them, the way JMH computes them (the mean over every iteration of every fork, Student's t with n
 * - 1 degrees of freedom, commons-math's default percentile estimate). A metric that JMH sums over
 * the iterations ({@code gc.count}, {@code gc.time}) is summed again.
 *
 * <p>This is how {@code benchmarks/run full} brings a noisy row under its error aim: it runs that
 * row's forks again and pools them with the first ones, so that no measured iteration is dropped or
 * chosen; only the number of samples grows.
 */
final class PooledForks {
    private static final double CONFIDENCE = 0.999;
    private static final String[] PERCENTILES = {
        "0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99", "99.999", "99.9999", "100.0"
    };

    private PooledForks() {}

    /** Whether {@code a} and {@code b} are results of the same benchmark, mode and parameters. */
    static boolean sameBenchmark(JsonObject a, JsonObject b) {
        return a.get("benchmark").equals(b.get("benchmark"))
                && a.get("mode").equals(b.get("mode"))
                && Objects.equals(a.get("params"), b.get("params"));
    }

    /** The result of {@code first}'s forks and {@code more}'s together. */
    static JsonObject pool(JsonObject first, JsonObject more) {
        if (!sameBenchmark(first, more)) {
            throw new IllegalArgumentException(
                    "not the same benchmark: " + describe(first) + " and " + describe(more));
        }
        if ("sample".equals(first.get("mode").getAsString())) {
            // sample-time results keep histograms, not one score per iteration
            throw new IllegalArgumentException(
                    "sample-time results cannot be pooled: " + describe(first));
        }
        for (String setting :
                List.of(
                        "warmupIterations",
                        "warmupTime",
                        "measurementIterations",
                        "measurementTime")) {
            if (!Objects.equals(first.get(setting), more.get(setting))) {
                throw new IllegalArgumentException(
                        "runs of "
                                + describe(first)
                                + " differ in "
                                + setting
                                + ": "
                                + first.get(setting)
                                + " and "
                                + more.get(setting));
            }
        }
        JsonObject pooled = first.deepCopy();
        pooled.addProperty("forks", first.get("forks").getAsInt() + more.get("forks").getAsInt());
        pooled.add(
                "primaryMetric",
                metric(
                        first.getAsJsonObject("primaryMetric"),
                        more.getAsJsonObject("primaryMetric")));
        JsonObject a = first.getAsJsonObject("secondaryMetrics");
        JsonObject b = more.getAsJsonObject("secondaryMetrics");
        if (a != null && b != null) {
            JsonObject secondary = new JsonObject();
            for (Map.Entry<String, JsonElement> e : a.entrySet()) {
                JsonObject other = b.getAsJsonObject(e.getKey());
                // a metric that one run lacks (gc.time when no collection ran) is left as it was
                secondary.add(
                        e.getKey(),
                        other == null
                                ? e.getValue()
                                : metric(e.getValue().getAsJsonObject(), other));
            }
            for (Map.Entry<String, JsonElement> e : b.entrySet()) {
                if (!secondary.has(e.getKey())) {
                    secondary.add(e.getKey(), e.getValue());
                }
            }
            pooled.add("secondaryMetrics", secondary);
        }
        return pooled;
    }

    /** {@code benchmark} and parameters, for messages. */
    static String describe(JsonObject result) {
        return result.get("benchmark").getAsString()
                + (result.has("params") ? " " + result.get("params") : "");
    }

    private static JsonObject metric(JsonObject a, JsonObject b) {
        JsonArray forks = new JsonArray();
        a.getAsJsonArray("rawData").forEach(fork -> forks.add(fork.deepCopy()));
        b.getAsJsonArray("rawData").forEach(fork -> forks.add(fork.deepCopy()));
        double[] samples = samples(forks);
        boolean summed = isSum(a);
        double score = summed ? sum(samples) : mean(samples);
        double error = summed ? Double.NaN : halfWidth(samples);
        JsonObject pooled = new JsonObject();
        pooled.add("score", number(score));
        pooled.add("scoreError", number(error));
        JsonArray confidence = new JsonArray();
        confidence.add(number(Double.isNaN(error) ? score : score - error));
        confidence.add(number(Double.isNaN(error) ? score : score + error));
        pooled.add("scoreConfidence", confidence);
        JsonObject percentiles = new JsonObject();
        Percentile estimate = new Percentile();
        for (String p : PERCENTILES) {
            double rank = Double.parseDouble(p);
            percentiles.add(p, number(rank == 0 ? min(samples) : estimate.evaluate(samples, rank)));
        }
        pooled.add("scorePercentiles", percentiles);
        pooled.add("scoreUnit", a.get("scoreUnit"));
        pooled.add("rawData", forks);
        return pooled;
    }

    /** Whether JMH summed this metric's iterations rather than averaged them. */
    private static boolean isSum(JsonObject metric) {
        double score = metric.get("score").getAsDouble();
        double[] samples = samples(metric.getAsJsonArray("rawData"));
        return samples.length > 1
                && Math.abs(score - sum(samples)) < Math.abs(score - mean(samples));
    }

    /** Every iteration's score of {@code forks} (JMH's {@code rawData}: one array per fork). */
    private static double[] samples(JsonArray forks) {
        List<Double> values = new ArrayList<>();
        for (JsonElement fork : forks) {
            for (JsonElement v : fork.getAsJsonArray()) {
                values.add(v.getAsDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** JMH's 99.9% half-width: t(n - 1) times the standard deviation over the root of n. */
    private static double halfWidth(double[] samples) {
        int n = samples.length;
        if (n <= 2) {
            return Double.NaN;
        }
        double mean = mean(samples);
        double squares = 0;
        for (double v : samples) {
            squares += (v - mean) * (v - mean);
        }
        double deviation = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * deviation / Math.sqrt(n);
    }

    private static double mean(double[] samples) {
        return sum(samples) / samples.length;
    }

    private static double sum(double[] samples) {
        double s = 0;
        for (double v : samples) {
            s += v;
        }
        return s;
    }

    private static double min(double[] samples) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : samples) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** JMH writes a NaN as the string "NaN". */
    private static JsonPrimitive number(double v) {
        return Double.isNaN(v) ? new JsonPrimitive("NaN") : new JsonPrimitive(v);
    }
}
