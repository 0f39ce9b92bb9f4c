package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.concurrent.TimeUnit;

/**
 * Echo over loopback, framed binary: {@code request-1k} ({@code echoRequest}) and {@code batch-20k}
 * ({@code echoBatch}), for each RPC implementation ({@code impl}: {@code views}, {@code pojo},
 * {@code libthrift}; see {@link RpcImpls}) at 1, 16 and 64 calls in flight.
 *
 * <p><b>How.</b> A closed loop: each JMH thread is one caller with one call in flight, sending the
 * next call when the reply to the last has been read; {@code echo1}, {@code echo16} and {@code
 * echo64} run 1, 16 and 64 such threads. JMH's {@code SampleTime} mode times calls (each sampled
 * call from send to reply read), which gives the latency percentiles (p50, p99) and the mean; the
 * report derives QPS from them by Little's law (calls in flight / mean latency), exact for a closed
 * loop whose callers are never idle.
 *
 * <p><b>Setup.</b> The server starts once per trial (fork), on 127.0.0.1 in the benchmark's JVM,
 * and one echo is checked against its request before measuring; each thread's caller (its
 * connection for libthrift, the writers and reply views for views) is made once per trial, and
 * checked too. zerothrift's lone caller ({@code echo1}) has a blocking client of its own, whose
 * thread does the call's I/O; many callers share one client connection (it multiplexes calls by seq
 * id; see {@link RpcImpls} for the impls that use one mode throughout). libthrift's each have their
 * own blocking framed client (a pool of one connection per thread). Both servers run handlers on
 * their I/O threads, one per processor. Every reply is read whole: decoded into a new object (pojo,
 * libthrift) or every field read through a view (views), and the result returned for JMH to
 * consume.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class RpcBench {

    /** The implementation's server (and shared client side), started once per trial. */
    @State(Scope.Benchmark)
    public static class Service {
        @Param({"views", "pojo", "libthrift"})
        public String impl;

        @Param({"request-1k", "batch-20k"})
        public String workload;

        RpcImpl rpc;

        @Setup(Level.Trial)
        public void start(BenchmarkParams params) throws Exception {
            Fixture fixture = Fixture.of(Workload.of(workload), Protocol.BINARY);
            System.out.println(fixture.describe());
            rpc = RpcImpls.create(impl, params.getThreads());
            rpc.start(fixture);
            try (RpcImpl.Caller caller = rpc.caller()) {
                caller.check();
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            rpc.stop();
        }
    }

    /** One thread's caller. */
    @State(Scope.Thread)
    public static class Caller {
        RpcImpl.Caller caller;

        @Setup(Level.Trial)
        public void connect(Service service) throws Exception {
            caller = service.rpc.caller();
            caller.check();
        }

        @TearDown(Level.Trial)
        public void close() {
            caller.close();
        }
    }

    @Benchmark
    @Threads(1)
    public Object echo1(Caller c) throws Exception {
        return c.caller.echo();
    }

    @Benchmark
    @Threads(16)
    public Object echo16(Caller c) throws Exception {
        return c.caller.echo();
    }

    @Benchmark
    @Threads(64)
    public Object echo64(Caller c) throws Exception {
        return c.caller.echo();
    }
}
