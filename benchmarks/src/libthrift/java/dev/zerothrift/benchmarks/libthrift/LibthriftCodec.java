package dev.zerothrift.benchmarks.libthrift;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Protocol;
import dev.zerothrift.benchmarks.workload.Values;

import org.apache.thrift.TBase;
import org.apache.thrift.TByteArrayOutputStream;
import org.apache.thrift.TDeserializer;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.transport.TIOStreamTransport;
import org.openjdk.jmh.infra.Blackhole;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * libthrift's operations on one message type, used as its own transports use it: writes go through
 * a reused {@link TByteArrayOutputStream} (what {@code TFramedTransport} buffers into), reads
 * through a reused {@link TDeserializer} into a new object per message, as generated clients and
 * servers do.
 */
final class LibthriftCodec<T extends TBase<?, ?>> implements Codec {
    private final Values.Message value;
    private final byte[] received;
    private final T message;
    private final Function<Values.Message, T> build;
    private final Supplier<T> empty;
    private final BiConsumer<T, Blackhole> readAll;
    private final TByteArrayOutputStream out;
    private final TProtocol writer;
    private final TDeserializer deserializer;
    private final byte[] receiveBuffer;

    LibthriftCodec(
            Fixture fixture,
            T message,
            Function<Values.Message, T> build,
            Supplier<T> empty,
            BiConsumer<T, Blackhole> readAll)
            throws TException {
        TProtocolFactory factory =
                fixture.protocol() == Protocol.BINARY
                        ? new TBinaryProtocol.Factory()
                        : new TCompactProtocol.Factory();
        this.value = fixture.value();
        this.received = fixture.wire();
        this.message = message;
        this.build = build;
        this.empty = empty;
        this.readAll = readAll;
        this.out = new TByteArrayOutputStream(received.length);
        this.writer = factory.getProtocol(new TIOStreamTransport(out));
        this.deserializer = new TDeserializer(factory);
        this.receiveBuffer = new byte[received.length];
    }

    @Override
    public int encode(Blackhole bh) throws TException {
        out.reset();
        message.write(writer);
        return out.len();
    }

    @Override
    public void decode(Blackhole bh) throws TException {
        T m = empty.get();
        deserializer.deserialize(m, received, 0, received.length);
        readAll.accept(m, bh);
    }

    @Override
    public void roundtrip(Blackhole bh) throws TException {
        T built = build.apply(value);
        out.reset();
        built.write(writer);
        int length = out.len();
        System.arraycopy(out.get(), 0, receiveBuffer, 0, length);
        T m = empty.get();
        deserializer.deserialize(m, receiveBuffer, 0, length);
        readAll.accept(m, bh);
    }

    @Override
    public void read1(Blackhole bh) throws TException {
        if (!(message instanceof bench.workloads.Wide)) {
            throw new UnsupportedOperationException("read1 applies to wide-read1 only");
        }
        bench.workloads.Wide m = new bench.workloads.Wide();
        deserializer.deserialize(m, received, 0, received.length);
        bh.consume(m.getF37());
    }

    /** The bytes the last {@link #encode} wrote (for tests). */
    byte[] lastEncoded() {
        return java.util.Arrays.copyOf(out.get(), out.len());
    }
}
