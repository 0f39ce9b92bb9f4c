package dev.zerothrift.benchmarks.report;

import dev.zerothrift.benchmarks.report.Targets.Status;
import dev.zerothrift.benchmarks.report.Targets.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code RpcBench} results as the report shows them: one row per workload and calls in flight
 * (the benchmark's threads), with each implementation's QPS and latency percentiles, and the RPC
 * target of DESIGN.md judged on them.
 *
 * <p>{@code RpcBench} runs in JMH's sample-time mode: its score is the mean time of a call, and its
 * percentiles are the latency's. Each thread keeps one call in flight (a closed loop), so QPS is
 * threads / mean latency (Little's law); its relative error is the mean's.
 */
public final class RpcTable {
    static final String CLASS = "RpcBench";
    static final List<String> WORKLOADS = List.of("request-1k", "batch-20k");
    static final List<String> IMPLS = List.of("views", "pojo", "libthrift");
    static final String BASELINE = "libthrift";

    /** A row's identity: the workload and the calls in flight. */
    public record Key(String workload, int inFlight) {}

    /** One row: results by implementation name. */
    public record Row(Key key, Map<String, Result> byImpl) {
        public Optional<Result> impl(String name) {
            return Optional.ofNullable(byImpl.get(name));
        }
    }

    private final List<Row> rows;
    private final List<String> impls;

    private RpcTable(List<Row> rows, List<String> impls) {
        this.rows = rows;
        this.impls = impls;
    }

    public static RpcTable of(List<Result> results) {
        Map<Key, Map<String, Result>> byKey = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (Result r : results) {
            if (!r.shortName().startsWith(CLASS + ".")) {
                continue;
            }
            String impl = r.params().getOrDefault("impl", "?");
            if (!seen.contains(impl)) {
                seen.add(impl);
            }
            Key key = new Key(r.params().getOrDefault("workload", "?"), r.threads());
            byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(impl, r);
        }
        List<Row> rows = new ArrayList<>();
        byKey.forEach((k, v) -> rows.add(new Row(k, v)));
        rows.sort(
                Comparator.comparingInt((Row r) -> order(WORKLOADS, r.key().workload()))
                        .thenComparingInt(r -> r.key().inFlight()));
        List<String> impls = new ArrayList<>();
        for (String name : IMPLS) {
            if (seen.contains(name)) {
                impls.add(name);
            }
        }
        for (String name : seen) {
            if (!impls.contains(name)) {
                impls.add(name);
            }
        }
        return new RpcTable(List.copyOf(rows), List.copyOf(impls));
    }

    public List<Row> rows() {
        return rows;
    }

    /** The implementations measured, in report order. */
    public List<String> impls() {
        return impls;
    }

    /** Calls per second: calls in flight / mean latency; NaN when not a time per call. */
    public static double qps(Result r) {
        return r.threads() * 1_000_000 / r.micros();
    }

    /** The median latency in microseconds. */
    public static double p50(Result r) {
        return r.percentileMicros("50.0");
    }

    /** The 99th-percentile latency in microseconds. */
    public static double p99(Result r) {
        return r.percentileMicros("99.0");
    }

    /** {@code impl}'s QPS over libthrift's on {@code row}, or NaN when either is missing. */
    public static double qpsRatio(Row row, String impl) {
        Optional<Result> a = row.impl(impl);
        Optional<Result> b = row.impl(BASELINE);
        return a.isPresent() && b.isPresent() ? qps(a.get()) / qps(b.get()) : Double.NaN;
    }

    /** Whether {@code impl} meets the target on {@code row}: at least 2x QPS at no higher p99. */
    public static boolean meets(Row row, String impl) {
        Optional<Result> a = row.impl(impl);
        Optional<Result> b = row.impl(BASELINE);
        return a.isPresent()
                && b.isPresent()
                && qpsRatio(row, impl) >= 2.0
                && p99(a.get()) <= p99(b.get());
    }

    /**
     * DESIGN.md's RPC target for each of our paths ({@code views}, {@code pojo}): at least 2x
     * libthrift's QPS at equal or lower p99, on every row where both were measured.
     */
    public List<Verdict> judge() {
        List<Verdict> verdicts = new ArrayList<>();
        for (String impl : List.of("views", "pojo")) {
            String measure =
                    "RPC echo, " + impl + " vs libthrift, request-1k and batch-20k, each in-flight";
            String target = "at least 2x libthrift's QPS at equal or lower p99";
            List<String> misses = new ArrayList<>();
            int measured = 0;
            double worst = Double.POSITIVE_INFINITY;
            for (Row row : rows) {
                if (row.impl(impl).isEmpty() || row.impl(BASELINE).isEmpty()) {
                    continue;
                }
                measured++;
                double ratio = qpsRatio(row, impl);
                worst = Math.min(worst, ratio);
                if (!meets(row, impl)) {
                    double p99Ratio = p99(row.impl(impl).get()) / p99(row.impl(BASELINE).get());
                    misses.add(
                            String.format(
                                    Locale.ROOT,
                                    "%s x%d %.2fx QPS, p99 %.2fx",
                                    row.key().workload(),
                                    row.key().inFlight(),
                                    ratio,
                                    p99Ratio));
                }
            }
            if (measured == 0) {
                verdicts.add(
                        new Verdict(
                                measure,
                                target,
                                Status.NOT_MEASURED,
                                "needs " + impl + " and libthrift"));
                continue;
            }
            String detail =
                    String.format(Locale.ROOT, "%d rows, lowest QPS ratio %.2fx", measured, worst);
            verdicts.add(
                    misses.isEmpty()
                            ? new Verdict(measure, target, Status.MET, detail)
                            : new Verdict(
                                    measure,
                                    target,
                                    Status.NOT_MET,
                                    detail + "; missed: " + String.join(", ", misses)));
        }
        return verdicts;
    }

    private static int order(List<String> known, String value) {
        int i = known.indexOf(value);
        return i < 0 ? known.size() : i;
    }
}
