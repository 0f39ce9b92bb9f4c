package dev.zerothrift.benchmarks;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Read1Floor;
import dev.zerothrift.benchmarks.workload.Workload;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Views vs fast codecs vs Apache libthrift on the workloads of {@code shared/bench/WORKLOADS.md},
 * with {@code System.arraycopy} of the same bytes as the floor. Time per operation; run with {@code
 * -prof gc} for bytes allocated per operation ({@code benchmarks/run} does).
 *
 * <p>{@code impl} lists views, fastcodec and libthrift by default; {@code benchmarks/run} passes
 * every implementation present ({@link Impls#available()}). {@code memcpy} depends on workload and
 * protocol only, so it runs once for each, not per impl.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed heap, large enough for batch-6m's libthrift objects, touched when the fork starts (in
// 2 MiB pages: half a second for 1 GiB here, 3 s in 4 KiB pages). Untouched, the first pass of
// the allocator over the young generation faults its pages in one by one, 3-4 s on our VMs, and
// that lands in whichever warm-up or measurement is running: the implementation that allocates
// least pays it longest (views request-1k compact: 3.5 us/op for 4 s, then 0.85; errors of 28%
// against 4.5% pre-touched). The Vector API module, so the runtime's bulk list codecs can pick
// their SIMD path where it wins (DESIGN.md, Fast codecs). Every benchmark class of the suite forks
// with the same memory flags (ForkFlagsTest checks them).
@Fork(
        value = 2,
        jvmArgsAppend = {
            "-Xms1g",
            "-Xmx1g",
            "-XX:+AlwaysPreTouch",
            "-XX:+UseTransparentHugePages",
            "--add-modules=jdk.incubator.vector"
        })
public class CodecBench {

    /** A workload in a protocol: values and received bytes. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({
            "mytest-1m",
            "request-1k",
            "batch-20k",
            "batch-6m",
            "wide-read1",
            "blob-1m",
            "lists-64k"
        })
        public String workload;

        @Param({"binary", "compact"})
        public String protocol;

        Fixture fixture;
        byte[] copy;

        @Setup(Level.Trial)
        public void setup() {
            fixture = Fixture.of(Workload.of(workload), Protocol.of(protocol));
            copy = new byte[fixture.wire().length];
            System.out.println(fixture.describe());
        }
    }

    /** An implementation's codec for the {@link Input}. */
    @State(Scope.Benchmark)
    public static class Subject {
        @Param({"views", "fastcodec", "libthrift"})
        public String impl;

        Codec codec;

        @Setup(Level.Trial)
        public void setup(Input input, Blackhole bh) throws Exception {
            codec = open(impl, input.fixture, bh);
        }
    }

    /** {@code wide-read1} in a protocol: {@code read1} applies to this workload only. */
    @State(Scope.Benchmark)
    public static class WideInput {
        @Param({"wide-read1"})
        public String workload;

        @Param({"binary", "compact"})
        public String protocol;

        Fixture fixture;
        Read1Floor floor;

        @Setup(Level.Trial)
        public void setup() {
            if (!workload.equals(Workload.WIDE_READ1.id())) {
                throw new IllegalArgumentException("read1 applies to wide-read1 only: " + workload);
            }
            fixture = Fixture.of(Workload.WIDE_READ1, Protocol.of(protocol));
            floor = new Read1Floor(fixture);
            System.out.println(fixture.describe());
        }
    }

    /** An implementation's codec for the {@link WideInput}. */
    @State(Scope.Benchmark)
    public static class WideSubject {
        @Param({"views", "fastcodec", "libthrift"})
        public String impl;

        Codec codec;

        @Setup(Level.Trial)
        public void setup(WideInput input, Blackhole bh) throws Exception {
            codec = open(impl, input.fixture, bh);
        }
    }

    /** Opens {@code impl}'s codec and checks that it encodes the fixture in as many bytes. */
    static Codec open(String impl, Fixture fixture, Blackhole bh) throws Exception {
        Codec codec = Impls.get(impl).codec(fixture);
        int encoded = codec.encode(bh);
        if (encoded != fixture.wire().length) {
            throw new IllegalStateException(
                    String.format(
                            "%s encodes %s in %,d bytes, not %,d",
                            impl, fixture.workload().id(), encoded, fixture.wire().length));
        }
        return codec;
    }

    /** In-memory message to bytes ready to send. */
    @Benchmark
    public int encode(Subject s, Blackhole bh) throws Exception {
        return s.codec.encode(bh);
    }

    /** Received bytes to every field read once. */
    @Benchmark
    public void decode(Subject s, Blackhole bh) throws Exception {
        s.codec.decode(bh);
    }

    /** Build, encode, copy into a receive buffer, decode, read every field. */
    @Benchmark
    public void roundtrip(Subject s, Blackhole bh) throws Exception {
        s.codec.roundtrip(bh);
    }

    /** Received wide-read1 bytes to the value of field 37. */
    @Benchmark
    public void read1(WideSubject s, Blackhole bh) throws Exception {
        s.codec.read1(bh);
    }

    /**
     * The floor of {@code read1}: passing the fields before {@code f37} knowing their headers in
     * advance, nothing checked or recorded ({@link Read1Floor}). Depends on the protocol only.
     */
    @Benchmark
    public int read1Floor(WideInput in) {
        return in.floor.skipTo37();
    }

    /** The floor: copying as many bytes as the encoded message, from one array into another. */
    @Benchmark
    public byte[] memcpy(Input in) {
        byte[] wire = in.fixture.wire();
        System.arraycopy(wire, 0, in.copy, 0, wire.length);
        return in.copy;
    }
}
