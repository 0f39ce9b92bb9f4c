package dev.zerothrift.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code CodecBench} results arranged as the report shows them: one row per workload, operation
 * and protocol, with each implementation's result and the {@code memcpy} of the same workload and
 * protocol.
 */
public final class CodecTable {
    /** Report order; names a run does not know are appended as they come. */
    static final List<String> WORKLOADS =
            List.of(
                    "mytest-1m",
                    "request-1k",
                    "batch-20k",
                    "batch-6m",
                    "wide-read1",
                    "blob-1m",
                    "lists-64k");

    static final List<String> OPERATIONS = List.of("encode", "decode", "roundtrip", "read1");
    static final List<String> PROTOCOLS = List.of("binary", "compact");
    static final List<String> IMPLS = List.of("views", "fastcodec", "libthrift");
    static final String CLASS = "CodecBench";

    /** CodecBench's floor of read1: one result per protocol, kept with the other classes'. */
    static final String READ1_FLOOR = "read1Floor";

    /** A row's identity. */
    public record Key(String workload, String operation, String protocol) {}

    /**
     * One row.
     *
     * @param byImpl results by implementation name; absent implementations have no entry.
     * @param memcpy the floor for the row's workload and protocol, if measured.
     */
    public record Row(Key key, Map<String, Result> byImpl, Optional<Result> memcpy) {
        public Optional<Result> impl(String name) {
            return Optional.ofNullable(byImpl.get(name));
        }
    }

    private final List<Row> rows;
    private final List<String> impls;
    private final List<Result> memcpys;
    private final List<Result> others;

    private CodecTable(
            List<Row> rows, List<String> impls, List<Result> memcpys, List<Result> others) {
        this.rows = rows;
        this.impls = impls;
        this.memcpys = memcpys;
        this.others = others;
    }

    public static CodecTable of(List<Result> results) {
        Map<Key, Map<String, Result>> byKey = new LinkedHashMap<>();
        Map<List<String>, Result> memcpy = new LinkedHashMap<>();
        List<String> implsSeen = new ArrayList<>();
        List<Result> others = new ArrayList<>();
        for (Result r : results) {
            if (!r.shortName().startsWith(CLASS + ".") || r.method().equals(READ1_FLOOR)) {
                if (!r.shortName().startsWith(RpcTable.CLASS + ".")) { // RpcTable's rows
                    others.add(r);
                }
                continue;
            }
            String workload = r.params().getOrDefault("workload", "?");
            String protocol = r.params().getOrDefault("protocol", "?");
            if (r.method().equals("memcpy")) {
                memcpy.put(List.of(workload, protocol), r);
                continue;
            }
            String impl = r.params().getOrDefault("impl", "?");
            if (!implsSeen.contains(impl)) {
                implsSeen.add(impl);
            }
            byKey.computeIfAbsent(
                            new Key(workload, r.method(), protocol), k -> new LinkedHashMap<>())
                    .put(impl, r);
        }
        for (List<String> wp : memcpy.keySet()) {
            // A workload measured by memcpy alone still gets its rows (its floor).
            byKey.computeIfAbsent(new Key(wp.get(0), "memcpy", wp.get(1)), k -> Map.of());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Key, Map<String, Result>> e : byKey.entrySet()) {
            Key k = e.getKey();
            if (k.operation().equals("memcpy") && hasOperations(byKey, k)) {
                continue;
            }
            rows.add(
                    new Row(
                            k,
                            e.getValue(),
                            Optional.ofNullable(memcpy.get(List.of(k.workload(), k.protocol())))));
        }
        rows.sort(
                Comparator.comparingInt((Row r) -> order(WORKLOADS, r.key().workload()))
                        .thenComparingInt(r -> order(OPERATIONS, r.key().operation()))
                        .thenComparingInt(r -> order(PROTOCOLS, r.key().protocol())));
        List<String> impls = new ArrayList<>();
        for (String name : IMPLS) {
            if (implsSeen.contains(name)) {
                impls.add(name);
            }
        }
        for (String name : implsSeen) {
            if (!impls.contains(name)) {
                impls.add(name);
            }
        }
        return new CodecTable(
                List.copyOf(rows),
                List.copyOf(impls),
                List.copyOf(memcpy.values()),
                List.copyOf(others));
    }

    private static boolean hasOperations(Map<Key, Map<String, Result>> byKey, Key memcpyKey) {
        for (Key k : byKey.keySet()) {
            if (!k.operation().equals("memcpy")
                    && k.workload().equals(memcpyKey.workload())
                    && k.protocol().equals(memcpyKey.protocol())) {
                return true;
            }
        }
        return false;
    }

    private static int order(List<String> known, String value) {
        int i = known.indexOf(value);
        return i < 0 ? known.size() : i;
    }

    /** Rows in report order: workload, then operation, then protocol. */
    public List<Row> rows() {
        return rows;
    }

    /** The implementations the run measured, in report order. */
    public List<String> impls() {
        return impls;
    }

    /** Every memcpy result. */
    public List<Result> memcpys() {
        return memcpys;
    }

    /** Results of other benchmark classes. */
    public List<Result> others() {
        return others;
    }

    /** The row for a key, if measured. */
    public Optional<Row> row(String workload, String operation, String protocol) {
        Key key = new Key(workload, operation, protocol);
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The workloads present, in report order. */
    public List<String> workloads() {
        List<String> seen = new ArrayList<>();
        for (Row r : rows) {
            if (!seen.contains(r.key().workload())) {
                seen.add(r.key().workload());
            }
        }
        return seen;
    }
}
