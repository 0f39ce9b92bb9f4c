package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.fastcodec.gen.MyTest;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTestView;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.view.ListView;

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
 * What reading mytest-1m's 131,072 i64s costs beside decoding them: each element given to the
 * {@link Blackhole} against a sum of them given once, over the array the fast codec decodes and
 * through the view (a bulk read into a scratch array of the list's size, bulk reads of {@code
 * chunkSize} at a time, {@code getLong(i)} in place, or a visit with {@code forEachLong}, which is
 * how {@code CodecBench} reads primitive lists).
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
public class ListReadBench {
    @Param({"binary"})
    public String protocol;

    private long[] decoded;
    private long[] scratch;

    /** Elements per bulk read of the chunked reads (CodecBench visits lists instead). */
    @Param({"512"})
    public int chunkSize;

    private long[] chunk;
    private MyTestView view;
    private Chain chain;

    @Setup(Level.Trial)
    public void setup() {
        Fixture fixture = Fixture.of(Workload.MYTEST_1M, Protocol.of(protocol));
        dev.zerothrift.runtime.protocol.Protocol p = fixture.protocol().runtime();
        decoded = MyTest.fastRead(fixture.wire(), p).getNums();
        scratch = new long[decoded.length];
        chunk = new long[chunkSize];
        view = new MyTestView(p);
        chain = Chain.wrap(fixture.wire(), 0, fixture.wire().length);
    }

    /** The fast codec's array, each element consumed. */
    @Benchmark
    public void arrayEachConsumed(Blackhole bh) {
        for (long v : decoded) {
            bh.consume(v);
        }
    }

    /** The fast codec's array, summed. */
    @Benchmark
    public long arraySum() {
        long sum = 0;
        for (long v : decoded) {
            sum += v;
        }
        return sum;
    }

    /** The view: wrap, bulk read into the scratch array, each element consumed. */
    @Benchmark
    public void viewBulkEachConsumed(Blackhole bh) {
        int n = view.wrap(chain).NumsLongs(scratch);
        for (int i = 0; i < n; i++) {
            bh.consume(scratch[i]);
        }
    }

    /** The view: wrap, bulk read into the scratch array, summed. */
    @Benchmark
    public long viewBulkSum() {
        int n = view.wrap(chain).NumsLongs(scratch);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += scratch[i];
        }
        return sum;
    }

    /** The view: wrap, each element read in place ({@code getLong(i)}), summed. */
    @Benchmark
    public long viewInPlaceSum() {
        ListView nums = view.wrap(chain).Nums();
        int n = nums.size();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nums.getLong(i);
        }
        return sum;
    }

    /** The view: wrap, each element read in place ({@code getLong(i)}) and consumed. */
    @Benchmark
    public void viewInPlaceEachConsumed(Blackhole bh) {
        ListView nums = view.wrap(chain).Nums();
        int n = nums.size();
        for (int i = 0; i < n; i++) {
            bh.consume(nums.getLong(i));
        }
    }

    /** The view: wrap, bulk reads of {@link #chunkSize} elements at a time, each consumed. */
    @Benchmark
    public void viewChunkedEachConsumed(Blackhole bh) {
        ListView nums = view.wrap(chain).Nums();
        int n = nums.size();
        for (int from = 0; from < n; from += chunk.length) {
            int k = Math.min(chunk.length, n - from);
            nums.getLongs(from, chunk, 0, k);
            for (int i = 0; i < k; i++) {
                bh.consume(chunk[i]);
            }
        }
    }

    /** The view: wrap, bulk reads of {@link #chunkSize} elements at a time, summed. */
    @Benchmark
    public long viewChunkedSum() {
        ListView nums = view.wrap(chain).Nums();
        int n = nums.size();
        long sum = 0;
        for (int from = 0; from < n; from += chunk.length) {
            int k = Math.min(chunk.length, n - from);
            nums.getLongs(from, chunk, 0, k);
            for (int i = 0; i < k; i++) {
                sum += chunk[i];
            }
        }
        return sum;
    }

    /** The view: wrap, each element visited in place ({@code forEachLong}) and consumed. */
    @Benchmark
    public void viewVisitEachConsumed(Blackhole bh) {
        view.wrap(chain).Nums().forEachLong(bh::consume);
    }

    /** The view: wrap alone. */
    @Benchmark
    public MyTestView viewWrap() {
        return view.wrap(chain);
    }
}
