package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.benchmarks.workload.Workload;
import dev.zerothrift.runtime.protocol.Utf8;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The strings of one request-1k message (14 ASCII strings of 4 to 32 chars), through the ways an
 * encoder can count and copy them: {@link Utf8}'s length and encode (what the fast codecs run), and
 * a Latin-1 bulk copy ({@code String.getBytes(int, int, byte[], int)}, exact for ASCII only) as the
 * floor of a copy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
@State(Scope.Benchmark)
public class StringEncodeBench {
    String[] strings;
    byte[] out = new byte[4096];

    @Setup
    public void setup() {
        Values.Request r = (Values.Request) Workload.REQUEST_1K.generate();
        List<String> all = new ArrayList<>();
        all.add(r.method());
        all.add(r.user().name());
        all.add(r.user().email());
        all.addAll(r.user().tags());
        for (Map.Entry<String, String> e : r.user().attrs().entrySet()) {
            all.add(e.getKey());
            all.add(e.getValue());
        }
        all.add(r.traceId());
        strings = all.toArray(new String[0]);
    }

    /** The length pass: UTF-8 length of every string. */
    @Benchmark
    public int utf8Length() {
        int n = 0;
        for (String s : strings) {
            n += Utf8.encodedLength(s);
        }
        return n;
    }

    /** The write pass: every string encoded. */
    @Benchmark
    public int utf8Encode() {
        int p = 0;
        for (String s : strings) {
            p = Utf8.encode(s, out, p);
        }
        return p;
    }

    /** The floor of the write pass: a Latin-1 bulk copy. */
    @Benchmark
    @SuppressWarnings("deprecation")
    public int latin1Copy() {
        int p = 0;
        for (String s : strings) {
            int n = s.length();
            s.getBytes(0, n, out, p);
            p += n;
        }
        return p;
    }

    /** The length pass as it was before the OR loop: a scan that stops at the first non-ASCII. */
    @Benchmark
    public int earlyExitLength() {
        int n = 0;
        for (String s : strings) {
            int length = s.length();
            int i = 0;
            while (i < length && s.charAt(i) < 0x80) {
                i++;
            }
            n += i == length ? length : Utf8.encodedLength((CharSequence) s);
        }
        return n;
    }

    /** The write pass as it was before the OR loop: copy until the first non-ASCII. */
    @Benchmark
    public int earlyExitEncode() {
        int p = 0;
        for (String s : strings) {
            int length = s.length();
            int i = 0;
            for (; i < length; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[p + i] = (byte) c;
            }
            p = i == length ? p + length : Utf8.encode((CharSequence) s, out, p);
        }
        return p;
    }
}
