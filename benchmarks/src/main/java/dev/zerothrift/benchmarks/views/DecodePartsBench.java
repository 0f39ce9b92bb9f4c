package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.view.StructView;
import dev.zerothrift.runtime.view.ViewOptions;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The views' {@code CodecBench.decode} in pieces: the index walk alone ({@code wrap}) and the whole
 * decode ({@code decode}: the walk and every field read, as CodecBench reads them), over the
 * received bytes in one heap array ({@code received=array}: what our RPC's framed decoder hands a
 * handler, and what CodecBench measures) or copied into 8 KiB pooled blocks ({@code blocks}: a
 * chain read from a socket into the pool).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
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
public class DecodePartsBench {
    @Param({"request-1k", "batch-20k", "batch-6m", "wide-read1", "blob-1m", "mytest-1m"})
    public String workload;

    @Param({"binary", "compact"})
    public String protocol;

    @Param({"array", "blocks"})
    public String received;

    /** How the view indexes: {@code eager} (the whole walk in wrap) or {@code lazy} (on demand). */
    @Param({"eager", "lazy"})
    public String index;

    private ViewsCodec<?> codec;
    private StructView view;
    private Chain chain;

    @Setup(Level.Trial)
    public void setup() {
        Fixture fixture = Fixture.of(Workload.of(workload), Protocol.of(protocol));
        ViewOptions options =
                switch (index) {
                    case "eager" -> ViewOptions.DEFAULT;
                    case "lazy" -> ViewOptions.LAZY;
                    default -> throw new IllegalArgumentException("index: " + index);
                };
        codec = (ViewsCodec<?>) new ViewsImpl().codec(fixture, options);
        view = codec.view();
        byte[] wire = fixture.wire();
        chain =
                switch (received) {
                    case "array" -> Chain.wrap(wire, 0, wire.length);
                    case "blocks" -> Chain.copyOf(wire);
                    default -> throw new IllegalArgumentException("received: " + received);
                };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        chain.close();
    }

    /** The index walk alone. */
    @Benchmark
    public StructView wrap() {
        return view.wrap(chain);
    }

    /** The walk and every field read, as {@code CodecBench.decode}. */
    @Benchmark
    public void decode(Blackhole bh) {
        codec.decode(chain, bh);
    }
}
