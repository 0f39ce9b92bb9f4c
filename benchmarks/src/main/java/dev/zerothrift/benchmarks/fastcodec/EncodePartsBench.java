package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.Protocol;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The parts of a fast-codec encode ({@code CodecBench.encode} of {@code fastcodec}) taken apart, to
 * see where its time goes beside {@code FloorBench.encodeFloorCounted}: the length pass alone, the
 * direct encode into an array alone (no length, no check), the whole {@code fastWrite} into a
 * reused growing sink (what {@code CodecBench} measures), and the protocol writer's path the direct
 * encode replaced for array sinks (no length pass either). Workloads of requests only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-Xms1g",
            "-Xmx1g",
            "-XX:+AlwaysPreTouch",
            "-XX:+UseTransparentHugePages",
            "--add-modules=jdk.incubator.vector"
        })
@State(Scope.Benchmark)
public class EncodePartsBench {
    @Param({"request-1k", "batch-20k"})
    public String workload;

    @Param({"binary", "compact"})
    public String protocol;

    private ThriftStruct message;
    private Protocol wire;
    private ArraySink sink;
    private byte[] out;

    @Setup
    public void setup() {
        wire = protocol.equals("binary") ? Protocol.BINARY : Protocol.COMPACT;
        Fixture fixture =
                Fixture.of(
                        Workload.of(workload),
                        wire == Protocol.BINARY
                                ? dev.zerothrift.benchmarks.workload.Protocol.BINARY
                                : dev.zerothrift.benchmarks.workload.Protocol.COMPACT);
        // As CodecBench's setup does: formatting the line (locale data with chars above 0xff
        // through String.charAt) leaves String.charAt's profile as a real service's is.
        System.out.println(fixture.describe());
        message =
                switch (fixture.value()) {
                    case Values.Request r -> Convert.request(r);
                    case Values.Batch b -> Convert.batch(b);
                    default ->
                            throw new IllegalArgumentException(
                                    "EncodePartsBench measures requests only, not " + workload);
                };
        int length = message.encodedLength(wire);
        sink = new ArraySink(length + 64);
        out = new byte[length];
    }

    @Benchmark
    public int length() {
        return message.encodedLength(wire);
    }

    @Benchmark
    public int encodeOnly() {
        return wire == Protocol.BINARY
                ? message.encodeBinary(out, 0)
                : message.encodeCompact(out, 0);
    }

    @Benchmark
    public long fastWrite() {
        sink.clear();
        message.fastWrite(sink, wire);
        return sink.written();
    }

    @Benchmark
    public long writerOnly() {
        sink.clear();
        message.write(wire.newWriter(sink));
        return sink.written();
    }
}
