package dev.zerothrift.benchmarks.report;

import java.util.Map;

/**
 * One benchmark result of a JMH JSON file.
 *
 * @param benchmark the fully qualified method, as JMH names it.
 * @param params the {@code @Param} values.
 * @param score the primary score, in {@code unit}.
 * @param error the 99.9% confidence half-width of {@code score}; NaN when JMH had too few samples.
 * @param unit the unit of {@code score}, such as {@code us/op}.
 * @param allocated bytes allocated per operation ({@code gc.alloc.rate.norm} of {@code -prof gc});
 *     NaN when the run had no such profiler.
 * @param threads the benchmark threads that ran it (JMH's {@code threads}).
 * @param percentiles the score's percentiles by JMH's key ({@code "50.0"}, {@code "99.0"}, ...), in
 *     {@code unit}; empty except in the sample-time mode.
 */
public record Result(
        String benchmark,
        Map<String, String> params,
        double score,
        double error,
        String unit,
        double allocated,
        int threads,
        Map<String, Double> percentiles) {

    /** A result of one thread without percentiles. */
    public Result(
            String benchmark,
            Map<String, String> params,
            double score,
            double error,
            String unit,
            double allocated) {
        this(benchmark, params, score, error, unit, allocated, 1, Map.of());
    }

    /** The simple class name and method, such as {@code CodecBench.decode}. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2
                ? benchmark
                : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** The method name, such as {@code decode}. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** The score in microseconds per operation, or NaN when the unit is not a time per op. */
    public double micros() {
        return switch (unit) {
            case "ns/op" -> score / 1_000;
            case "us/op" -> score;
            case "ms/op" -> score * 1_000;
            case "s/op" -> score * 1_000_000;
            default -> Double.NaN;
        };
    }

    /**
     * The percentile {@code key} ({@code "50.0"}, {@code "99.0"}) in microseconds, or NaN when
     * absent or the unit is not a time per op.
     */
    public double percentileMicros(String key) {
        Double value = percentiles.get(key);
        return value == null || Double.isNaN(micros()) ? Double.NaN : value * (micros() / score);
    }

    /** The error relative to the score (0.05 is 5%); NaN when unknown. */
    public double relativeError() {
        return error / score;
    }
}
