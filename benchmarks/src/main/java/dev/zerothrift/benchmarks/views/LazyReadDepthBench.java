package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.fastcodec.gen.WideView;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.view.ViewOptions;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@code CodecBench.read1} taken apart by depth: a lazy wrap of wide-read1 and the read of one
 * {@code i64} field, the first ({@code f1}), the 16th or the 36th (the one before {@code f37}). The
 * difference between two depths over the fields between them is what the lazy walk costs per field
 * passed; {@code f1} is the wrap and the walk's setup. No {@code String} is made.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class LazyReadDepthBench {
    @Param({"binary", "compact"})
    public String protocol;

    @Param({"1", "16", "36"})
    public int field;

    private WideView view;
    private Chain chain;

    @Setup
    public void setup() {
        Protocol p = Protocol.of(protocol);
        byte[] wire = Fixture.of(Workload.of("wide-read1"), p).wire();
        view = new WideView(p.runtime(), ViewOptions.LAZY);
        chain = Chain.wrap(wire, 0, wire.length);
    }

    @TearDown
    public void tearDown() {
        chain.close();
    }

    @Benchmark
    public long read() {
        WideView wide = view.wrap(chain);
        return switch (field) {
            case 1 -> wide.f1();
            case 16 -> wide.f16();
            case 36 -> wide.f36();
            default -> throw new IllegalStateException("no field " + field + " in this bench");
        };
    }
}
