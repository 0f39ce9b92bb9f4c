package dev.zerothrift.benchmarks.protocol;

import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.CompactWriter;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TByteBuffer;
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

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Encoding protocol primitives into memory, ours ({@code ArraySink}) against libthrift's ({@code
 * TByteBuffer}): 64 i64s, 16 strings, 16 64-byte binaries, one {@code list<i64>} of 256.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class ProtocolEncodeBenchmark {
    @Param({"binary", "compact"})
    public String protocol;

    private final PrimitiveData data = new PrimitiveData();
    private ArraySink sink;
    private ProtocolWriter ours;
    private TByteBuffer transport;
    private TProtocol theirs;

    @Setup
    public void setUp() throws TException {
        sink = new ArraySink(1 << 16);
        ours = protocol.equals("binary") ? new BinaryWriter(sink) : new CompactWriter(sink);
        transport = new TByteBuffer(ByteBuffer.allocate(1 << 16));
        theirs =
                protocol.equals("binary")
                        ? new TBinaryProtocol(transport)
                        : new TCompactProtocol(transport);
    }

    @Benchmark
    public long i64Zerothrift() {
        sink.clear();
        for (long v : data.i64s) {
            ours.writeI64(v);
        }
        return sink.written();
    }

    @Benchmark
    public int i64Libthrift() throws TException {
        transport.clear();
        for (long v : data.i64s) {
            theirs.writeI64(v);
        }
        return transport.getByteBuffer().position();
    }

    @Benchmark
    public long stringZerothrift() {
        sink.clear();
        for (String s : data.strings) {
            ours.writeString(s);
        }
        return sink.written();
    }

    @Benchmark
    public int stringLibthrift() throws TException {
        transport.clear();
        for (String s : data.strings) {
            theirs.writeString(s);
        }
        return transport.getByteBuffer().position();
    }

    @Benchmark
    public long binaryZerothrift() {
        sink.clear();
        for (byte[] b : data.binaries) {
            ours.writeBinary(b);
        }
        return sink.written();
    }

    @Benchmark
    public int binaryLibthrift() throws TException {
        transport.clear();
        for (byte[] b : data.binaries) {
            theirs.writeBinary(ByteBuffer.wrap(b));
        }
        return transport.getByteBuffer().position();
    }

    @Benchmark
    public long listI64Zerothrift() {
        sink.clear();
        long[] list = data.list;
        ours.writeListBegin(WireType.I64, list.length);
        for (long v : list) {
            ours.writeI64(v);
        }
        ours.writeListEnd();
        return sink.written();
    }

    @Benchmark
    public int listI64Libthrift() throws TException {
        transport.clear();
        long[] list = data.list;
        theirs.writeListBegin(new TList(TType.I64, list.length));
        for (long v : list) {
            theirs.writeI64(v);
        }
        theirs.writeListEnd();
        return transport.getByteBuffer().position();
    }
}
