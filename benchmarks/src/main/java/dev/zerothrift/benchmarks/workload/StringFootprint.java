package dev.zerothrift.benchmarks.workload;

import dev.zerothrift.benchmarks.workload.Values.Batch;
import dev.zerothrift.benchmarks.workload.Values.Lists;
import dev.zerothrift.benchmarks.workload.Values.Message;
import dev.zerothrift.benchmarks.workload.Values.MyTest;
import dev.zerothrift.benchmarks.workload.Values.Request;
import dev.zerothrift.benchmarks.workload.Values.User;
import dev.zerothrift.benchmarks.workload.Values.Wide;

import java.util.Map;

/**
 * The heap bytes of the {@code String}s that reading every field of a message makes: what a views
 * {@code decode} may allocate (the allocation target allows "only the strings asked for"), so that
 * the report can judge the rows with strings too.
 *
 * <p>The sizes are HotSpot's on a 64-bit JVM with compressed oops and class pointers and without
 * compact object headers (the defaults of JDK 25 under 32 GiB of heap): a {@code String} is a
 * 12-byte header, its {@code hash}, {@code value} reference, {@code coder} and {@code hashIsZero}:
 * 24 bytes; its {@code value} array is a 16-byte header and one byte per character when every
 * character fits in Latin-1 (compact strings), two otherwise; objects are 8-byte aligned. {@code
 * ViewsAllocationTest} checks the sums against the bytes a decode allocates.
 */
public final class StringFootprint {
    private StringFootprint() {}

    private static final int STRING = 24;
    private static final int ARRAY_HEADER = 16;

    /** Bytes of one {@code String} holding {@code s}, its value array included. */
    public static long of(String s) {
        int perChar = s.chars().allMatch(c -> c <= 0xFF) ? 1 : 2;
        return STRING + align(ARRAY_HEADER + (long) perChar * s.length());
    }

    /** Bytes of every {@code String} a read of every field of {@code message} makes. */
    public static long ofMessage(Message message) {
        return switch (message) {
            case MyTest m -> 0;
            case Lists l -> 0;
            case Request r -> request(r);
            case Batch b -> b.requests().stream().mapToLong(StringFootprint::request).sum();
            case Wide w -> {
                long sum = 0;
                for (String s : w.strings()) {
                    sum += of(s);
                }
                yield sum;
            }
        };
    }

    private static long request(Request r) {
        return of(r.method()) + user(r.user()) + (r.traceId() == null ? 0 : of(r.traceId()));
    }

    private static long user(User u) {
        long sum = of(u.name()) + of(u.email());
        for (String tag : u.tags()) {
            sum += of(tag);
        }
        for (Map.Entry<String, String> e : u.attrs().entrySet()) {
            sum += of(e.getKey()) + of(e.getValue());
        }
        return sum;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
