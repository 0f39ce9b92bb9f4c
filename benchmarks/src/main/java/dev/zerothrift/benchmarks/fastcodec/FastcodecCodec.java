package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.protocol.Protocol;

import org.openjdk.jmh.infra.Blackhole;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fast codecs on one message type, used as a sender and a receiver would: writes go into one
 * reused chain, as a message sent through our RPC is written (the length computed first reserves
 * the room once and the write is checked against it; strings and binaries above the chain's
 * reference threshold are linked, not copied, so blob-1m's payload is never copied on encode), and
 * the chain is cleared before the method returns ({@link Chain#clear()} keeps its pooled blocks for
 * the next message, as the views' encode does); reads build a new object per message from the
 * received array, binary fields as buffers over it ({@code SharedArraySource}), as libthrift's
 * {@code TDeserializer} returns them.
 */
final class FastcodecCodec<T extends ThriftStruct> implements Codec {
    private final Values.Message value;
    private final byte[] received;
    private final T message;
    private final Protocol protocol;
    private final Function<Values.Message, T> build;
    private final BiFunction<byte[], Protocol, T> read;
    private final BiConsumer<T, Blackhole> readAll;
    private final Chain out = new Chain();
    private final byte[] receiveBuffer;

    FastcodecCodec(
            Fixture fixture,
            Function<Values.Message, T> build,
            BiFunction<byte[], Protocol, T> read,
            BiConsumer<T, Blackhole> readAll) {
        this.value = fixture.value();
        this.received = fixture.wire();
        this.protocol = fixture.protocol().runtime();
        this.build = build;
        this.read = read;
        this.readAll = readAll;
        this.message = build.apply(value);
        this.receiveBuffer = new byte[received.length];
    }

    @Override
    public int encode(Blackhole bh) {
        try {
            message.fastWrite(out.sink(), protocol);
            int length = out.length();
            bh.consume(out);
            return length;
        } finally {
            out.clear();
        }
    }

    @Override
    public void decode(Blackhole bh) {
        readAll.accept(read.apply(received, protocol), bh);
    }

    @Override
    public void roundtrip(Blackhole bh) {
        T built = build.apply(value);
        try {
            built.fastWrite(out.sink(), protocol);
            out.getBytes(0, receiveBuffer, 0, out.length());
        } finally {
            out.clear();
        }
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

    /** The bytes {@link #encode} writes (for tests). */
    byte[] encoded() {
        try (Chain chain = new Chain()) {
            message.fastWrite(chain.sink(), protocol);
            return chain.toByteArray();
        }
    }

    /** The message built at setup (for tests). */
    T message() {
        return message;
    }
}
