package dev.zerothrift.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints, as a Markdown table, the results that two JMH JSON files share: each score with its
 * error, the new time as a multiple of the old, and whether the difference exceeds the errors (the
 * intervals score ± error do not overlap).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.zerothrift.benchmarks.report.Compare OLD.json NEW.json
 * </pre>
 */
public final class Compare {
    private Compare() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Compare OLD_JMH_JSON NEW_JMH_JSON");
            System.exit(2);
        }
        System.out.print(
                compare(
                        JmhJson.read(Path.of(args[0])).results(),
                        JmhJson.read(Path.of(args[1])).results()));
    }

    static String compare(List<Result> old, List<Result> current) {
        Map<String, Result> before = new LinkedHashMap<>();
        for (Result r : old) {
            before.put(key(r), r);
        }
        StringBuilder md = new StringBuilder();
        md.append("| benchmark | params | old | new | new/old time | beyond the errors |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Result r : current) {
            Result o = before.get(key(r));
            if (o == null || !o.unit().equals(r.unit())) {
                continue;
            }
            boolean beyond =
                    r.score() + r.error() < o.score() - o.error()
                            || r.score() - r.error() > o.score() + o.error();
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %.3f | %s |%n",
                            r.shortName(),
                            new TreeMap<>(r.params()),
                            Markdown.cell(o),
                            Markdown.cell(r),
                            r.score() / o.score(),
                            beyond ? (r.score() < o.score() ? "faster" : "slower") : "no"));
        }
        return md.toString();
    }

    private static String key(Result r) {
        return r.benchmark() + new TreeMap<>(r.params());
    }
}
