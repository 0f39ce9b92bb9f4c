package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.StructView;
import dev.zerothrift.runtime.view.ViewOptions;

import org.openjdk.jmh.infra.Blackhole;

import java.util.function.BiConsumer;

/**
 * The views on one message type, used as a receiver and a sender would: the received bytes sit in a
 * chain over one heap array, as our RPC's {@code FramedDecoder} hands a frame to a handler (the
 * frame cumulated in one heap buffer, linked by {@code NettyChains.toChain}; put there once at
 * setup); a root view, reused, wraps them per message; writes go into one reused chain, cleared
 * before the method returns ({@link Chain#clear()} keeps the pooled blocks for the next message;
 * the fast codecs write the same way). {@code read1} uses a second root view with {@link
 * ViewOptions#LAZY}, as a receiver that reads one field of a wide message would: its wrap indexes
 * nothing, and the read walks as far as the field.
 */
final class ViewsCodec<V extends StructView> implements Codec {
    /** Writes a message of the workload's values into a chain. */
    interface Write {
        void write(Values.Message value, Chain target);
    }

    private final Values.Message value;
    private final Protocol protocol;
    private final Chain received;
    private final V view;
    private final StructView lazyView; // for read1: the same type, indexed on demand; or null
    private final Write write;
    private final BiConsumer<V, Blackhole> readAll;
    private final byte[] receiveBuffer;
    private final Chain out = new Chain();

    ViewsCodec(
            Fixture fixture,
            Protocol protocol,
            V view,
            Write write,
            BiConsumer<V, Blackhole> readAll) {
        this(fixture, protocol, view, null, write, readAll);
    }

    /** With {@code lazyView}, a view of the same type made with {@link ViewOptions#LAZY}. */
    ViewsCodec(
            Fixture fixture,
            Protocol protocol,
            V view,
            StructView lazyView,
            Write write,
            BiConsumer<V, Blackhole> readAll) {
        this.value = fixture.value();
        this.protocol = protocol;
        byte[] wire = fixture.wire();
        this.received = Chain.wrap(wire, 0, wire.length);
        this.view = view;
        this.lazyView = lazyView;
        this.write = write;
        this.readAll = readAll;
        this.receiveBuffer = new byte[fixture.wire().length];
    }

    @Override
    public int encode(Blackhole bh) {
        try {
            write.write(value, out);
            int length = out.length();
            bh.consume(out);
            return length;
        } finally {
            out.clear();
        }
    }

    @Override
    public void decode(Blackhole bh) {
        decode(received, bh);
    }

    /** {@link #decode} of the message that {@code chain} holds (for DecodePartsBench). */
    void decode(Chain chain, Blackhole bh) {
        view.wrap(chain);
        readAll.accept(view, bh);
    }

    @Override
    public void roundtrip(Blackhole bh) {
        int length;
        try {
            write.write(value, out);
            length = out.length();
            out.getBytes(0, receiveBuffer, 0, length);
        } finally {
            out.clear();
        }
        view.wrap(receiveBuffer, 0, length);
        readAll.accept(view, bh);
        view.close(); // releases the chain wrap made over the receive buffer
    }

    @Override
    public void read1(Blackhole bh) {
        if (!(lazyView instanceof dev.zerothrift.benchmarks.fastcodec.gen.WideView wide)) {
            throw new UnsupportedOperationException("read1 applies to wide-read1 only");
        }
        bh.consume(wide.wrap(received).f37());
    }

    /** The bytes {@link #encode} writes (for tests). */
    byte[] encoded() {
        try (Chain out = new Chain()) {
            write.write(value, out);
            return out.toByteArray();
        }
    }

    V view() {
        return view;
    }

    Protocol protocol() {
        return protocol;
    }
}
