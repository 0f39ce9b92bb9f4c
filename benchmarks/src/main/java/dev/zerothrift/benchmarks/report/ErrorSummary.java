package dev.zerothrift.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How precise a run's scores are: how many have a 99.9% confidence half-width under 5% of the score
 * (what a {@code full} run aims at), the median, and the least precise score. The report prints it
 * under "How it ran", so that a reader sees at once which ratios can be trusted.
 */
final class ErrorSummary {
    /** The error a {@code full} run aims to keep every score under (a share of the score). */
    static final double AIM = 0.05;

    private ErrorSummary() {}

    /** One line of Markdown, or the empty string when no score has an error. */
    static String of(List<Result> results) {
        List<Result> known =
                results.stream()
                        .filter(r -> !Double.isNaN(r.relativeError()) && r.score() > 0)
                        .sorted(Comparator.comparingDouble(Result::relativeError))
                        .toList();
        if (known.isEmpty()) {
            return "";
        }
        long under = known.stream().filter(r -> r.relativeError() < AIM).count();
        double median = known.get(known.size() / 2).relativeError();
        Result worst = known.get(known.size() - 1);
        return String.format(
                Locale.ROOT,
                "- errors (99.9%% half-width): %d of %d scores under %.0f%% of the score, median"
                        + " %.1f%%, largest %.1f%% (`%s` %s)%n",
                under,
                known.size(),
                100 * AIM,
                100 * median,
                100 * worst.relativeError(),
                worst.shortName(),
                params(worst.params()));
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
