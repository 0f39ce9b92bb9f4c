package dev.zerothrift.benchmarks.workload;

import java.util.List;
import java.util.Map;

/**
 * The workload values in a form that belongs to no implementation under test. The generator builds
 * these; each implementation converts them to its own objects in setup, so all of them are fed the
 * same values. Types mirror {@code workloads.thrift}; arrays are never mutated after generation.
 */
public final class Values {
    private Values() {}

    /** A root message of one workload. */
    public sealed interface Message permits MyTest, Request, Batch, Wide, Lists {}

    /** {@code Ano}. */
    public record Ano(long num) {}

    /** {@code MyTest}. */
    public record MyTest(long num, Ano ano, long[] nums) implements Message {}

    /** {@code Status}, with its IDL values. */
    public enum Status {
        ACTIVE(1),
        SUSPENDED(2),
        DELETED(3);

        private final int value;

        Status(int value) {
            this.value = value;
        }

        /** The value on the wire. */
        public int value() {
            return value;
        }
    }

    /** {@code User}; {@code attrs} iterates in the order the generator inserted the entries. */
    public record User(
            long id,
            String name,
            String email,
            int age,
            boolean active,
            double score,
            Status status,
            List<String> tags,
            Map<String, String> attrs) {}

    /** {@code Request}; {@code traceId} is null when unset. */
    public record Request(
            long requestId,
            String method,
            User user,
            long[] ids,
            byte[] payload,
            String traceId,
            short priority,
            int[] shards)
            implements Message {}

    /** {@code Batch}. */
    public record Batch(List<Request> requests) implements Message {}

    /**
     * {@code Wide}: field {@code f(5k+1)} is {@code i64s[k]}, {@code f(5k+2)} is {@code
     * strings[k]}, {@code f(5k+3)} is {@code i32s[k]}, {@code f(5k+4)} is {@code doubles[k]} and
     * {@code f(5k+5)} is {@code lists[k]}, for k in 0..9.
     */
    public record Wide(long[] i64s, String[] strings, int[] i32s, double[] doubles, long[][] lists)
            implements Message {
        /** Number of fields of each kind. */
        public static final int GROUPS = 10;

        /** {@code f37}, the field that {@code read1} reads. */
        public String f37() {
            return strings[7];
        }
    }

    /** {@code Lists}. */
    public record Lists(long[] longs, int[] ints, double[] doubles) implements Message {}
}
