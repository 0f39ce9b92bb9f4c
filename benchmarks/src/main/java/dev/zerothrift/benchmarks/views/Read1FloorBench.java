package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.WireType;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The floor under {@code CodecBench.read1} (binary): the least a reader of {@code f37} of
 * wide-read1 must do, which is to pass the 36 fields before it, one after the other, since each
 * string's and list's length says where the next field starts. {@code skipTo37} knows the exact
 * sequence of headers in advance (taken from the message at setup), checks each header against it
 * with one compare, and records nothing and validates no length: no walk that checks what it reads
 * and remembers where the fields were can be faster.
 *
 * <p>The target that {@code read1} be 10x faster than the fast codec's full decode is measured
 * against this: when {@code skipTo37} alone takes more than a tenth of the fast codec's {@code
 * read1}, the target is below the floor of the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Read1FloorBench {
    private static final int WANTED_ID = 37;

    private byte[] wire;
    private int[] headers; // the field headers before f37 and its own, type << 16 | id
    private int[] skips; // how to pass each value: a size, or STRING_LENGTH or LIST_COUNT

    private static final int STRING_LENGTH = -1;
    private static final int LIST_COUNT = -2;

    @Setup
    public void setup() {
        wire = Fixture.of(Workload.of("wide-read1"), Protocol.BINARY).wire();
        int fields = 0;
        int[] h = new int[64];
        int[] k = new int[64];
        int p = 0;
        while (true) {
            byte type = wire[p];
            int id = BinaryWire.getI16(wire, p + 1);
            h[fields] = type << 16 | id;
            k[fields] = skip(type);
            fields++;
            if (id == WANTED_ID) {
                break;
            }
            p = after(p, k[fields - 1]);
        }
        headers = java.util.Arrays.copyOf(h, fields);
        skips = java.util.Arrays.copyOf(k, fields);
    }

    private int skip(byte type) {
        return switch (type) {
            case WireType.I32 -> 4;
            case WireType.I64, WireType.DOUBLE -> 8;
            case WireType.STRING -> STRING_LENGTH;
            case WireType.LIST -> LIST_COUNT; // wide-read1's lists are of i64
            default -> throw new IllegalStateException("wide-read1 has no field of type " + type);
        };
    }

    private int after(int header, int skip) {
        int v = header + 3;
        return switch (skip) {
            case STRING_LENGTH -> v + 4 + BinaryWire.getI32(wire, v);
            case LIST_COUNT -> v + 5 + 8 * BinaryWire.getI32(wire, v + 1);
            default -> v + skip;
        };
    }

    /** The position of f37's value, found by passing every field before it. */
    @Benchmark
    public int skipTo37() {
        byte[] b = wire;
        int[] expected = headers;
        int[] passes = skips;
        int last = expected.length - 1;
        int p = 0;
        for (int i = 0; i < last; i++) {
            if (BinaryWire.getI32(b, p) >>> 8 != expected[i]) {
                return -1;
            }
            int v = p + 3;
            int pass = passes[i];
            p =
                    pass > 0
                            ? v + pass
                            : pass == STRING_LENGTH
                                    ? v + 4 + BinaryWire.getI32(b, v)
                                    : v + 5 + 8 * BinaryWire.getI32(b, v + 1);
        }
        return BinaryWire.getI32(b, p) >>> 8 == expected[last] ? p + 3 : -1;
    }
}
