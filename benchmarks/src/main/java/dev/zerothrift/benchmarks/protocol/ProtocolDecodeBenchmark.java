package dev.zerothrift.benchmarks.protocol;

import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.BinaryReader;
import dev.zerothrift.runtime.protocol.CompactReader;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.WireType;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TByteBuffer;
import org.apache.thrift.transport.TMemoryInputTransport;
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
import org.openjdk.jmh.infra.Blackhole;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Decoding protocol primitives from memory, ours ({@code ArraySource}) against libthrift's ({@code
 * TMemoryInputTransport}), over the bytes libthrift wrote: 64 i64s, 16 strings, 16 64-byte binaries
 * (copied out as {@code byte[]} on both sides), one {@code list<i64>} of 256.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class ProtocolDecodeBenchmark {
    @Param({"binary", "compact"})
    public String protocol;

    private final PrimitiveData data = new PrimitiveData();
    private byte[] i64Bytes;
    private byte[] stringBytes;
    private byte[] binaryBytes;
    private byte[] listBytes;

    private final ArraySource source = new ArraySource(new byte[0]);
    private ProtocolReader ours;
    private TMemoryInputTransport transport;
    private TProtocol theirs;

    private interface Calls {
        void write(TProtocol protocol) throws TException;
    }

    private byte[] encode(Calls calls) throws TException {
        TByteBuffer out = new TByteBuffer(ByteBuffer.allocate(1 << 16));
        calls.write(newProtocol(out));
        return Arrays.copyOf(out.getByteBuffer().array(), out.getByteBuffer().position());
    }

    private TProtocol newProtocol(org.apache.thrift.transport.TTransport t) {
        return protocol.equals("binary") ? new TBinaryProtocol(t) : new TCompactProtocol(t);
    }

    @Setup
    public void setUp() throws TException {
        i64Bytes =
                encode(
                        p -> {
                            for (long v : data.i64s) {
                                p.writeI64(v);
                            }
                        });
        stringBytes =
                encode(
                        p -> {
                            for (String s : data.strings) {
                                p.writeString(s);
                            }
                        });
        binaryBytes =
                encode(
                        p -> {
                            for (byte[] b : data.binaries) {
                                p.writeBinary(ByteBuffer.wrap(b));
                            }
                        });
        listBytes =
                encode(
                        p -> {
                            p.writeListBegin(new TList(TType.I64, data.list.length));
                            for (long v : data.list) {
                                p.writeI64(v);
                            }
                            p.writeListEnd();
                        });
        ours = protocol.equals("binary") ? new BinaryReader(source) : new CompactReader(source);
        transport = new TMemoryInputTransport();
        theirs = newProtocol(transport);
    }

    private ProtocolReader ours(byte[] bytes) {
        return ours.reset(source.reset(bytes, 0, bytes.length));
    }

    private TProtocol theirs(byte[] bytes) {
        transport.reset(bytes);
        return theirs;
    }

    @Benchmark
    public long i64Zerothrift() {
        ProtocolReader r = ours(i64Bytes);
        long sum = 0;
        for (int i = 0; i < PrimitiveData.I64_COUNT; i++) {
            sum += r.readI64();
        }
        return sum;
    }

    @Benchmark
    public long i64Libthrift() throws TException {
        TProtocol p = theirs(i64Bytes);
        long sum = 0;
        for (int i = 0; i < PrimitiveData.I64_COUNT; i++) {
            sum += p.readI64();
        }
        return sum;
    }

    @Benchmark
    public void stringZerothrift(Blackhole bh) {
        ProtocolReader r = ours(stringBytes);
        for (int i = 0; i < PrimitiveData.STRING_COUNT; i++) {
            bh.consume(r.readString());
        }
    }

    @Benchmark
    public void stringLibthrift(Blackhole bh) throws TException {
        TProtocol p = theirs(stringBytes);
        for (int i = 0; i < PrimitiveData.STRING_COUNT; i++) {
            bh.consume(p.readString());
        }
    }

    @Benchmark
    public void binaryZerothrift(Blackhole bh) {
        ProtocolReader r = ours(binaryBytes);
        for (int i = 0; i < PrimitiveData.BINARY_COUNT; i++) {
            bh.consume(r.readBinary());
        }
    }

    @Benchmark
    public void binaryLibthrift(Blackhole bh) throws TException {
        TProtocol p = theirs(binaryBytes);
        for (int i = 0; i < PrimitiveData.BINARY_COUNT; i++) {
            // libthrift hands out a ByteBuffer over its buffer; copy it out as ours does.
            ByteBuffer b = p.readBinary();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            bh.consume(bytes);
        }
    }

    @Benchmark
    public long listI64Zerothrift() {
        ProtocolReader r = ours(listBytes);
        int count = r.readListBegin(WireType.I64);
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += r.readI64();
        }
        r.readListEnd();
        return sum;
    }

    @Benchmark
    public long listI64Libthrift() throws TException {
        TProtocol p = theirs(listBytes);
        TList list = p.readListBegin();
        long sum = 0;
        for (int i = 0; i < list.size; i++) {
            sum += p.readI64();
        }
        p.readListEnd();
        return sum;
    }
}
