package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.Protocol;

import org.openjdk.jmh.infra.Blackhole;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fast codecs on one message type, used as a sender and a receiver would: writes go into a
 * reused array sink (the length computed first reserves the room once; the write is checked against
 * it), reads build a new object per message from the received array, binary fields as buffers over
 * it ({@code SharedArraySource}), as libthrift's {@code TDeserializer} returns them.
 */
final class FastcodecCodec<T extends ThriftStruct> implements Codec {
    private final Values.Message value;
    private final byte[] received;
    private final T message;
    private final Protocol protocol;
    private final Function<Values.Message, T> build;
    private final BiFunction<byte[], Protocol, T> read;
    private final BiConsumer<T, Blackhole> readAll;
    private final ArraySink sink;
    private final byte[] receiveBuffer;

    FastcodecCodec(
            Fixture fixture,
            Function<Values.Message, T> build,
            BiFunction<byte[], Protocol, T> read,
            BiConsumer<T, Blackhole> readAll) {
        this.value = fixture.value();
        this.received = fixture.wire();
        this.protocol =
                fixture.protocol() == dev.zerothrift.benchmarks.workload.Protocol.BINARY
                        ? Protocol.BINARY
                        : Protocol.COMPACT;
        this.build = build;
        this.read = read;
        this.readAll = readAll;
        this.message = build.apply(value);
        this.sink = new ArraySink(received.length + 64);
        this.receiveBuffer = new byte[received.length];
    }

    @Override
    public int encode(Blackhole bh) {
        sink.clear();
        message.fastWrite(sink, protocol);
        return (int) sink.written();
    }

    @Override
    public void decode(Blackhole bh) {
        readAll.accept(read.apply(received, protocol), bh);
    }

    @Override
    public void roundtrip(Blackhole bh) {
        T built = build.apply(value);
        sink.clear();
        built.fastWrite(sink, protocol);
        int length = (int) sink.written();
        System.arraycopy(sink.array(), 0, receiveBuffer, 0, length);
        readAll.accept(read.apply(receiveBuffer, protocol), bh);
    }

    @Override
    public void read1(Blackhole bh) {
        if (!(message instanceof dev.zerothrift.benchmarks.fastcodec.gen.Wide)) {
            throw new UnsupportedOperationException("read1 applies to wide-read1 only");
        }
        bh.consume(
                dev.zerothrift.benchmarks.fastcodec.gen.Wide.fastRead(received, protocol).getF37());
    }

    /** The bytes the last {@link #encode} wrote (for tests). */
    byte[] lastEncoded() {
        return sink.toByteArray();
    }

    /** The message built at setup (for tests). */
    T message() {
        return message;
    }
}
