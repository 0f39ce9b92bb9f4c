package dev.zerothrift.benchmarks.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two steps {@code benchmarks/run full} takes after its run to bring the scores whose error is
 * above the aim under it:
 *
 * <pre>
 * Remeasure noisy JMH_JSON          the rows above ErrorSummary.AIM, nearest it first: per line,
 *                                   tab-separated, the JMH arguments that select that row alone
 * Remeasure pool JMH_JSON MORE_JSON pools each result of MORE_JSON with the same row of JMH_JSON
 *                                   (PooledForks) and writes JMH_JSON again; prints each row's
 *                                   error before and after
 * </pre>
 *
 * Sample-time results (RpcBench's) are never listed: their histograms do not pool.
 */
public final class Remeasure {
    private Remeasure() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("noisy")) {
            for (List<String> row : noisy(read(Path.of(args[1])))) {
                System.out.println(String.join("\t", row));
            }
        } else if (args.length == 3 && args[0].equals("pool")) {
            Path target = Path.of(args[1]);
            JsonArray pooled = new JsonArray();
            List<String> changes = pool(read(target), read(Path.of(args[2])), pooled);
            // written beside it and moved over it, so that an interrupted run leaves it whole
            Path written = target.resolveSibling(target.getFileName() + ".pooled");
            Files.writeString(
                    written,
                    new GsonBuilder()
                                    .setPrettyPrinting()
                                    .disableHtmlEscaping()
                                    .create()
                                    .toJson(pooled)
                            + "\n",
                    StandardCharsets.UTF_8);
            Files.move(
                    written,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            changes.forEach(System.out::println);
        } else {
            System.err.println(
                    "usage: Remeasure noisy JMH_JSON | Remeasure pool JMH_JSON MORE_JSON");
            System.exit(2);
        }
    }

    /**
     * For each result whose error is above {@link ErrorSummary#AIM} of its score (or unknown), the
     * JMH arguments that run it alone: the anchored benchmark name, then {@code -p name=value} for
     * each parameter. Nearest the aim first: one more set of forks is most likely to bring those
     * under it, so a run whose time budget runs out has spent it where it counts; an unknown error
     * last.
     */
    static List<List<String>> noisy(JsonArray results) {
        List<JsonObject> rows = new ArrayList<>();
        for (JsonElement e : results) {
            JsonObject o = e.getAsJsonObject();
            if (!"sample".equals(o.get("mode").getAsString())
                    && !(relativeError(o) < ErrorSummary.AIM)) {
                rows.add(o);
            }
        }
        rows.sort((a, b) -> Double.compare(rank(a), rank(b)));
        List<List<String>> commands = new ArrayList<>();
        for (JsonObject o : rows) {
            List<String> command = new ArrayList<>();
            command.add("^" + Pattern.quote(o.get("benchmark").getAsString()) + "$");
            if (o.has("params")) {
                for (Map.Entry<String, JsonElement> p : o.getAsJsonObject("params").entrySet()) {
                    command.add("-p");
                    command.add(p.getKey() + "=" + p.getValue().getAsString());
                }
            }
            commands.add(command);
        }
        return commands;
    }

    /**
     * Fills {@code into} with {@code results}, each pooled with its row in {@code more} when there
     * is one; returns a line per pooled row. A result of {@code more} without a row to pool with is
     * an error: it would mean the run measured something else than was asked.
     */
    static List<String> pool(JsonArray results, JsonArray more, JsonArray into) {
        List<JsonObject> extra = new ArrayList<>();
        more.forEach(e -> extra.add(e.getAsJsonObject()));
        List<String> changes = new ArrayList<>();
        for (JsonElement e : results) {
            JsonObject o = e.getAsJsonObject();
            JsonObject match = null;
            for (JsonObject m : extra) {
                if (PooledForks.sameBenchmark(o, m)) {
                    match = m;
                    break;
                }
            }
            if (match == null) {
                into.add(o);
                continue;
            }
            extra.remove(match);
            JsonObject pooled = PooledForks.pool(o, match);
            into.add(pooled);
            changes.add(
                    String.format(
                            Locale.ROOT,
                            "%s: error %.1f%% -> %.1f%% of the score with %d forks (%s -> %s)",
                            PooledForks.describe(o),
                            100 * relativeError(o),
                            100 * relativeError(pooled),
                            pooled.get("forks").getAsInt(),
                            score(o),
                            score(pooled)));
        }
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException(
                    "no result to pool with: " + PooledForks.describe(extra.get(0)));
        }
        return changes;
    }

    private static JsonArray read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonArray();
    }

    /** The half-width over the score; NaN when JMH had too few samples for one. */
    private static double relativeError(JsonObject result) {
        JsonObject m = result.getAsJsonObject("primaryMetric");
        JsonElement e = m.get("scoreError");
        double error = e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : Double.NaN;
        return error / m.get("score").getAsDouble();
    }

    /** {@link #relativeError}, an unknown one ranked after every known one. */
    private static double rank(JsonObject result) {
        double e = relativeError(result);
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }

    private static String score(JsonObject result) {
        JsonObject m = result.getAsJsonObject("primaryMetric");
        return String.format(
                Locale.ROOT,
                "%.4g %s",
                m.get("score").getAsDouble(),
                m.get("scoreUnit").getAsString());
    }
}
