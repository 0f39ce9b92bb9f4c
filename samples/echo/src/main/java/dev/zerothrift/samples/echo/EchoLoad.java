package dev.zerothrift.samples.echo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code concurrency} callers per client, each sending its next echo when the
 * last one is answered and checked, for a while; every latency is kept, so the percentiles are
 * exact.
 */
public final class EchoLoad {
    /** What a load measured. */
    public record Result(
            long calls, long failures, double seconds, long p50Nanos, long p99Nanos, String error) {
        public double callsPerSecond() {
            return calls / seconds;
        }

        /** One line: calls/s, p50 and p99. */
        public String line(int connections, int concurrency) {
            return String.format(
                    "load: %d connection(s) x %d concurrent calls for %.1f s: %,d calls, %,.0f"
                            + " calls/s, p50 %.3f ms, p99 %.3f ms%s",
                    connections,
                    concurrency,
                    seconds,
                    calls,
                    callsPerSecond(),
                    p50Nanos / 1e6,
                    p99Nanos / 1e6,
                    failures == 0 ? "" : ", " + failures + " failed (first: " + error + ")");
        }
    }

    private EchoLoad() {}

    /** Runs the load over {@code clients}, {@code concurrency} callers on each. */
    public static Result run(List<EchoClient> clients, int concurrency, Duration duration)
            throws InterruptedException {
        long[] values = {1, 2, 3, 4, 5, 6, 7, 8};
        byte[] payload = new byte[256];
        Arrays.fill(payload, (byte) 'z');
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Future<long[]>> callers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            int caller = 0;
            for (EchoClient client : clients) {
                for (int i = 0; i < concurrency; i++) {
                    long base = (long) caller++ << 32;
                    callers.add(
                            threads.submit(
                                    () ->
                                            call(
                                                    client,
                                                    base,
                                                    deadline,
                                                    values,
                                                    payload,
                                                    firstError)));
                }
            }
            threads.shutdown();
            threads.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<long[]> all = new ArrayList<>();
        long failures = 0;
        for (Future<long[]> f : callers) {
            try {
                long[] latencies = f.get();
                failures += latencies[0];
                all.add(latencies);
            } catch (java.util.concurrent.ExecutionException e) {
                failures++;
                firstError.compareAndSet(null, String.valueOf(e.getCause()));
            }
        }
        long[] merged = merge(all);
        Arrays.sort(merged);
        return new Result(
                merged.length,
                failures,
                seconds,
                percentile(merged, 0.50),
                percentile(merged, 0.99),
                firstError.get());
    }

    /** One caller: its failure count at [0], then its latencies. */
    private static long[] call(
            EchoClient client,
            long base,
            long deadline,
            long[] values,
            byte[] payload,
            AtomicReference<String> firstError) {
        long[] latencies = new long[1024];
        int n = 1;
        long id = base;
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            try {
                long echoed =
                        client.echoChecked(++id, "load", 5, values, payload)
                                .get(10, TimeUnit.SECONDS);
                if (echoed != id) {
                    throw new IllegalStateException("asked " + id + ", answered " + echoed);
                }
            } catch (Exception e) {
                latencies[0]++;
                firstError.compareAndSet(null, e.toString());
                continue;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - sent;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static long[] merge(List<long[]> callers) {
        int size = 0;
        for (long[] c : callers) {
            size += c.length - 1;
        }
        long[] merged = new long[size];
        int at = 0;
        for (long[] c : callers) {
            System.arraycopy(c, 1, merged, at, c.length - 1);
            at += c.length - 1;
        }
        return merged;
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
