package dev.zerothrift.benchmarks.report;

import dev.zerothrift.benchmarks.report.CodecTable.Row;
import dev.zerothrift.benchmarks.workload.StringFootprint;
import dev.zerothrift.benchmarks.workload.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The targets of DESIGN.md (Benchmarks), each judged on a {@link CodecTable}: met when every
 * measured row meets it, not met when any misses (those rows are named), not measured when no row
 * has the numbers it needs. Scores are compared as they are; a margin smaller than the error is
 * still a verdict, so read the errors beside it.
 */
public final class Targets {
    private Targets() {}

    /** A verdict. */
    public enum Status {
        MET("met"),
        NOT_MET("**not met**"),
        NOT_MEASURED("not measured");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One target and its verdict.
     *
     * @param measure what is measured, as DESIGN.md says it.
     * @param target the target, as DESIGN.md says it.
     * @param status the verdict.
     * @param detail the measured values behind the verdict.
     */
    public record Verdict(String measure, String target, Status status, String detail) {}

    public static List<Verdict> judge(CodecTable table) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(
                compare(
                        table,
                        "views, `decode` and `roundtrip`, every workload",
                        "faster than fast codecs",
                        List.of("decode", "roundtrip"),
                        null,
                        "views",
                        "fastcodec",
                        1.0));
        verdicts.add(
                withRead1Floor(
                        table,
                        compare(
                                table,
                                "views, `read1` on wide-read1",
                                "at least 10x faster than fast codecs",
                                List.of("read1"),
                                "wide-read1",
                                "views",
                                "fastcodec",
                                10.0)));
        verdicts.add(
                compare(
                        table,
                        "fast codecs vs libthrift, every workload",
                        "at least 3x faster",
                        List.of("encode", "decode", "roundtrip"),
                        null,
                        "fastcodec",
                        "libthrift",
                        3.0));
        verdicts.add(
                floor(
                        table,
                        "`mytest-1m` decode (every element read), views",
                        "within 1.5x of `memcpy` of the same bytes",
                        "mytest-1m",
                        "decode",
                        List.of("views"),
                        1.5));
        verdicts.add(
                floor(
                        table,
                        "`mytest-1m` roundtrip, views",
                        "within 4x of `memcpy`",
                        "mytest-1m",
                        "roundtrip",
                        List.of("views"),
                        4.0));
        verdicts.add(
                floor(
                        table,
                        "`lists-64k` encode (views and fast codecs)",
                        "at least 0.8x the speed of `memcpy`",
                        "lists-64k",
                        "encode",
                        List.of("views", "fastcodec"),
                        1 / 0.8));
        verdicts.add(allocation(table));
        return verdicts;
    }

    /** {@code fast} is at least {@code factor} times faster than {@code slow} on each row. */
    private static Verdict compare(
            CodecTable table,
            String measure,
            String target,
            List<String> operations,
            String workload,
            String fast,
            String slow,
            double factor) {
        List<String> misses = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        int measured = 0;
        for (Row row : table.rows()) {
            if (!operations.contains(row.key().operation())
                    || (workload != null && !workload.equals(row.key().workload()))) {
                continue;
            }
            Optional<Result> a = row.impl(fast);
            Optional<Result> b = row.impl(slow);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            measured++;
            double speedup = b.get().micros() / a.get().micros();
            worst = Math.min(worst, speedup);
            boolean ok = factor == 1.0 ? speedup > 1.0 : speedup >= factor;
            if (!ok) {
                misses.add(name(row) + String.format(Locale.ROOT, " %.2fx", speedup));
            }
        }
        if (measured == 0) {
            return new Verdict(
                    measure, target, Status.NOT_MEASURED, "needs " + fast + " and " + slow);
        }
        String detail =
                String.format(Locale.ROOT, "%d rows, slowest speedup %.2fx", measured, worst);
        return misses.isEmpty()
                ? new Verdict(measure, target, Status.MET, detail)
                : new Verdict(
                        measure,
                        target,
                        Status.NOT_MET,
                        detail + "; missed: " + String.join(", ", misses));
    }

    private static final String READ1_FLOOR = CodecTable.CLASS + "." + CodecTable.READ1_FLOOR;

    /**
     * The {@code read1} verdict with its floor beside it, in each protocol the run measured it in
     * ({@code CodecBench.read1Floor}: passing the fields before {@code f37}, nothing checked or
     * recorded): the time that 10x of the fast codec's {@code read1} allows, and whether that is
     * above the floor at all.
     */
    static Verdict withRead1Floor(CodecTable table, Verdict read1) {
        StringBuilder notes = new StringBuilder();
        for (String protocol : CodecTable.PROTOCOLS) {
            Optional<Result> floor =
                    table.others().stream()
                            .filter(r -> r.shortName().equals(READ1_FLOOR))
                            .filter(r -> protocol.equals(r.params().get("protocol")))
                            .findFirst();
            Optional<Result> fastcodec =
                    table.row("wide-read1", "read1", protocol).flatMap(r -> r.impl("fastcodec"));
            if (floor.isEmpty() || fastcodec.isEmpty()) {
                continue;
            }
            double floorNanos = floor.get().micros() * 1000;
            double allowedNanos = fastcodec.get().micros() * 1000 / 10;
            notes.append(
                    String.format(
                            Locale.ROOT,
                            ", %s %.1f ns, 10x of fastcodec allows %.1f ns (%s the floor)",
                            protocol,
                            floorNanos,
                            allowedNanos,
                            allowedNanos < floorNanos ? "below" : "above"));
        }
        if (notes.isEmpty()) {
            return read1;
        }
        String floor =
                "; floor (`read1Floor`: the fields before f37 passed, nothing checked or recorded):";
        return new Verdict(
                read1.measure(),
                read1.target(),
                read1.status(),
                read1.detail() + floor + notes.substring(1));
    }

    /** Each impl's time is at most {@code multiple} times memcpy's, in both protocols. */
    private static Verdict floor(
            CodecTable table,
            String measure,
            String target,
            String workload,
            String operation,
            List<String> impls,
            double multiple) {
        List<String> parts = new ArrayList<>();
        boolean missed = false;
        for (String protocol : CodecTable.PROTOCOLS) {
            Optional<Row> row = table.row(workload, operation, protocol);
            if (row.isEmpty() || row.get().memcpy().isEmpty()) {
                continue;
            }
            for (String impl : impls) {
                Optional<Result> r = row.get().impl(impl);
                if (r.isEmpty()) {
                    continue;
                }
                double times = r.get().micros() / row.get().memcpy().get().micros();
                boolean ok = times <= multiple;
                missed |= !ok;
                parts.add(
                        String.format(
                                Locale.ROOT,
                                "%s %s %.2fx memcpy%s",
                                impl,
                                protocol,
                                times,
                                ok ? "" : " (missed)"));
            }
        }
        if (parts.isEmpty()) {
            return new Verdict(
                    measure, target, Status.NOT_MEASURED, "needs " + String.join(" or ", impls));
        }
        return new Verdict(
                measure, target, missed ? Status.NOT_MET : Status.MET, String.join(", ", parts));
    }

    /**
     * Views allocate nothing per encode, and per decode only the strings it reads: the bytes of
     * those strings ({@link StringFootprint} of the workload's values, 0 for the workloads without
     * strings) are allowed on each decode row. JMH's own measuring loop allocates a few KiB per
     * iteration on the benchmark's thread, which {@code gc.alloc.rate.norm} divides among the
     * operations: a fixed amount per second of measurement, so a long operation shows several bytes
     * that are not its own (mytest-1m's 0.5 ms compact decode: 7 B/op). The row's {@code memcpy}
     * allocates nothing itself, so its B/op per microsecond is that rate, and {@link #harnessShare}
     * of it is subtracted first.
     */
    private static Verdict allocation(CodecTable table) {
        String measure = "bytes allocated per `decode`/`encode`, views, steady state";
        String target = "0 for primitives, only the `String`s asked for";
        List<String> misses = new ArrayList<>();
        int measured = 0;
        for (Row row : table.rows()) {
            String op = row.key().operation();
            if (!(op.equals("decode") || op.equals("encode"))) {
                continue;
            }
            Optional<Result> views = row.impl("views");
            if (views.isEmpty() || Double.isNaN(views.get().allocated())) {
                continue;
            }
            measured++;
            long strings = op.equals("decode") ? STRINGS.of(row.key().workload()) : 0;
            double own = views.get().allocated() - harnessShare(row, views.get()) - strings;
            // JMH's normalized allocation has a fraction of a byte of noise per operation.
            if (own >= 1.0) {
                misses.add(
                        name(row)
                                + String.format(
                                        Locale.ROOT,
                                        " %.0f B/op (%.0f B/op beyond its strings and the"
                                                + " harness's share)",
                                        views.get().allocated(),
                                        own));
            }
        }
        if (measured == 0) {
            return new Verdict(measure, target, Status.NOT_MEASURED, "needs views with -prof gc");
        }
        String detail =
                measured
                        + " rows judged: B/op less the bytes of the strings a decode reads (on the"
                        + " JVM's default object layout) and less JMH's own allocation per"
                        + " microsecond measured on the row's memcpy";
        return misses.isEmpty()
                ? new Verdict(measure, target, Status.MET, detail)
                : new Verdict(
                        measure,
                        target,
                        Status.NOT_MET,
                        detail + "; allocating: " + String.join(", ", misses));
    }

    /** The string bytes of each workload's full read, computed once per workload. */
    private static final class Strings {
        private final Map<String, Long> byWorkload = new ConcurrentHashMap<>();

        long of(String workload) {
            return byWorkload.computeIfAbsent(
                    workload, id -> StringFootprint.ofMessage(Workload.of(id).generate()));
        }
    }

    private static final Strings STRINGS = new Strings();

    /**
     * The bytes per operation of {@code result} that JMH's loop allocated: the row's memcpy B/op
     * per microsecond times the result's microseconds per operation; 0 without a memcpy with
     * allocation measured.
     */
    static double harnessShare(Row row, Result result) {
        if (row.memcpy().isEmpty()) {
            return 0;
        }
        Result memcpy = row.memcpy().get();
        double rate = memcpy.allocated() / memcpy.micros();
        double share = rate * result.micros();
        return Double.isFinite(share) && share > 0 ? share : 0;
    }

    private static String name(Row row) {
        return row.key().workload() + " " + row.key().operation() + " " + row.key().protocol();
    }
}
