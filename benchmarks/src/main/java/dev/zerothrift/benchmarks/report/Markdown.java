package dev.zerothrift.benchmarks.report;

import dev.zerothrift.benchmarks.report.CodecTable.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writes {@code report.md}: how the run ran, the targets, the table of rows. */
final class Markdown {
    private Markdown() {}

    static String write(JmhJson.Run run, CodecTable table, RpcTable rpc, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("## How it ran\n\n");
        if (!machine.isBlank()) {
            md.append("```\n").append(machine.strip()).append("\n```\n\n");
        }
        for (Map.Entry<String, String> e : run.settings().entrySet()) {
            md.append("- ").append(e.getKey()).append(": `").append(e.getValue()).append("`\n");
        }
        md.append(ErrorSummary.of(run.results()));
        md.append('\n');

        md.append("## Targets (DESIGN.md)\n\n");
        md.append("| measure | target | verdict | measured |\n|---|---|---|---|\n");
        // a run of one suite judges that suite's targets; a run of neither lists all, unmeasured
        boolean neither = table.rows().isEmpty() && rpc.rows().isEmpty();
        List<Targets.Verdict> verdicts = new ArrayList<>();
        if (neither || !table.rows().isEmpty()) {
            verdicts.addAll(Targets.judge(table));
        }
        if (neither || !rpc.rows().isEmpty()) {
            verdicts.addAll(rpc.judge());
        }
        for (Targets.Verdict v : verdicts) {
            md.append("| ")
                    .append(v.measure())
                    .append(" | ")
                    .append(v.target())
                    .append(" | ")
                    .append(v.status().label())
                    .append(" | ")
                    .append(v.detail())
                    .append(" |\n");
        }
        md.append('\n');

        if (!table.rows().isEmpty()) {
            codecBench(md, table);
        }
        if (!rpc.rows().isEmpty()) {
            rpcBench(md, rpc);
        }

        if (!table.others().isEmpty()) {
            md.append("\n## Other benchmarks\n\n");
            md.append("| benchmark | params | score | B/op |\n|---|---|---|---|\n");
            for (Result r : table.others()) {
                md.append("| ")
                        .append(r.shortName())
                        .append(" | ")
                        .append(new TreeMap<>(r.params()).toString())
                        .append(" | ")
                        .append(
                                String.format(
                                        Locale.ROOT,
                                        "%.4g ± %s %s",
                                        r.score(),
                                        percent(r.relativeError()),
                                        r.unit()))
                        .append(" | ")
                        .append(bytes(r.allocated()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static void codecBench(StringBuilder md, CodecTable table) {
        List<String> impls = table.impls();
        md.append("## CodecBench\n\n");
        md.append(
                "Each implementation's cell: time per operation ± the 99.9% confidence"
                        + " half-width (as a percentage of the score), then bytes allocated per"
                        + " operation (`gc.alloc.rate.norm`). `A/B` is how many times faster A is"
                        + " than B (time of B / time of A; above 1, A is faster). `A÷memcpy` is"
                        + " A's time as a multiple of copying as many bytes with"
                        + " `System.arraycopy` (the floor: 1 would be as fast as a copy).\n\n");
        List<String> header = new ArrayList<>(List.of("workload", "operation", "protocol"));
        header.addAll(impls);
        header.add("memcpy");
        List<String[]> ratios = new ArrayList<>();
        for (String[] pair :
                new String[][] {
                    {"views", "fastcodec"}, {"fastcodec", "libthrift"}, {"views", "libthrift"}
                }) {
            if (impls.contains(pair[0]) && impls.contains(pair[1])) {
                ratios.add(pair);
                header.add(pair[0] + "/" + pair[1]);
            }
        }
        for (String impl : impls) {
            header.add(impl + "÷memcpy");
        }
        row(md, header);
        row(md, header.stream().map(h -> "---").toList());
        int noisy = 0;
        for (Row r : table.rows()) {
            List<String> cells =
                    new ArrayList<>(
                            List.of(
                                    "`" + r.key().workload() + "`",
                                    r.key().operation(),
                                    r.key().protocol()));
            for (String impl : impls) {
                Optional<Result> res = r.impl(impl);
                cells.add(res.map(Markdown::cell).orElse("—"));
                if (res.isPresent() && res.get().relativeError() > 0.05) {
                    noisy++;
                }
            }
            cells.add(r.memcpy().map(Markdown::cell).orElse("—"));
            for (String[] pair : ratios) {
                Optional<Result> a = r.impl(pair[0]);
                Optional<Result> b = r.impl(pair[1]);
                cells.add(
                        a.isPresent() && b.isPresent()
                                ? times(b.get().micros() / a.get().micros())
                                : "—");
            }
            for (String impl : impls) {
                Optional<Result> a = r.impl(impl);
                cells.add(
                        a.isPresent() && r.memcpy().isPresent()
                                ? times(a.get().micros() / r.memcpy().get().micros())
                                : "—");
            }
            row(md, cells);
        }
        md.append('\n');
        md.append(
                String.format(
                        Locale.ROOT,
                        "%d implementation results with an error above 5%% of the score.\n\n",
                        noisy));
        md.append("![chart](chart.png)\n");
    }

    private static void rpcBench(StringBuilder md, RpcTable rpc) {
        List<String> impls = rpc.impls();
        md.append("\n## RpcBench\n\n");
        md.append(
                "Echo over loopback, framed binary; each of the `in flight` callers keeps one call"
                        + " outstanding (a closed loop, one JMH thread each). A cell: calls per"
                        + " second (in flight / mean latency) ± the mean's 99.9% confidence"
                        + " half-width, then the median and 99th-percentile latency of a call,"
                        + " then bytes allocated per call by the whole JVM (client and server:"
                        + " `gc.alloc.rate.norm`). `A/libthrift` is A's QPS over libthrift's, and"
                        + " A's p99 over libthrift's; the target (2x QPS at no higher p99) is marked"
                        + " per row.\n\n");
        List<String> header = new ArrayList<>(List.of("workload", "in flight"));
        header.addAll(impls);
        List<String> ours = new ArrayList<>();
        if (impls.contains(RpcTable.BASELINE)) {
            for (String impl : List.of("views", "pojo")) {
                if (impls.contains(impl)) {
                    ours.add(impl);
                    header.add(impl + "/libthrift QPS, p99");
                    header.add(impl + " target");
                }
            }
        }
        row(md, header);
        row(md, header.stream().map(h -> "---").toList());
        for (RpcTable.Row r : rpc.rows()) {
            List<String> cells =
                    new ArrayList<>(
                            List.of(
                                    "`" + r.key().workload() + "`",
                                    Integer.toString(r.key().inFlight())));
            for (String impl : impls) {
                cells.add(r.impl(impl).map(Markdown::rpcCell).orElse("—"));
            }
            for (String impl : ours) {
                Optional<Result> a = r.impl(impl);
                Optional<Result> b = r.impl(RpcTable.BASELINE);
                if (a.isEmpty() || b.isEmpty()) {
                    cells.add("—");
                    cells.add("—");
                    continue;
                }
                cells.add(
                        times(RpcTable.qpsRatio(r, impl))
                                + ", "
                                + times(RpcTable.p99(a.get()) / RpcTable.p99(b.get())));
                cells.add(RpcTable.meets(r, impl) ? "met" : "**not met**");
            }
            row(md, cells);
        }
        md.append('\n');
    }

    /** "12,345/s ±3.1%, p50 81.0 µs, p99 420 µs, 5.1 KiB". */
    static String rpcCell(Result r) {
        return String.format(Locale.ROOT, "%,.0f/s", RpcTable.qps(r))
                + " ±"
                + percent(r.relativeError())
                + ", p50 "
                + time(RpcTable.p50(r))
                + ", p99 "
                + time(RpcTable.p99(r))
                + ", "
                + bytes(r.allocated());
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** "12.3 µs ±1.2%, 5.1 KiB". */
    static String cell(Result r) {
        return time(r.micros()) + " ±" + percent(r.relativeError()) + ", " + bytes(r.allocated());
    }

    static String time(double micros) {
        if (Double.isNaN(micros)) {
            return "?";
        }
        if (micros < 1) {
            return String.format(Locale.ROOT, "%.1f ns", micros * 1_000);
        }
        if (micros < 1_000) {
            return String.format(Locale.ROOT, "%.3g µs", micros);
        }
        return String.format(Locale.ROOT, "%.3g ms", micros / 1_000);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction)
                ? "?"
                : String.format(Locale.ROOT, "%.1f%%", Math.abs(fraction) * 100);
    }

    static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "? B";
        }
        if (b < 0.5) {
            return "0 B";
        }
        if (b < 10 * 1024) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        if (b < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024);
        }
        return String.format(Locale.ROOT, "%.2f MiB", b / (1024 * 1024));
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.2fx" : "%.1fx", ratio);
    }
}
