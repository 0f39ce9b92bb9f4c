package dev.zerothrift.rpc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.LeakDetector;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

/**
 * Any bytes, in any chunks, through detection and decoding: messages come out whole, or the channel
 * fails with a {@link TransportException}; nothing else is thrown and nothing leaks.
 */
class HostileBytesPropertiesTest {
    private static final Limits LIMITS = Limits.DEFAULT.withMaxFrameSize(4096).withMaxDepth(16);

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> valid =
                Arbitraries.integers()
                        .between(0, 5)
                        .map(
                                kind -> {
                                    Protocol protocol =
                                            kind % 2 == 0 ? Protocol.BINARY : Protocol.COMPACT;
                                    byte[] m =
                                            Messages.message(
                                                    protocol,
                                                    kind < 4,
                                                    "m",
                                                    ThriftMessage.CALL,
                                                    kind,
                                                    Messages.nested(kind));
                                    return kind >= 2 && kind < 4 ? Messages.framed(m) : m;
                                });
        Arbitrary<byte[]> mutated =
                valid.flatMap(
                        bytes ->
                                Arbitraries.integers()
                                        .between(0, bytes.length - 1)
                                        .list()
                                        .ofMaxSize(4)
                                        .flatMap(
                                                positions ->
                                                        Arbitraries.bytes()
                                                                .list()
                                                                .ofSize(positions.size())
                                                                .map(
                                                                        values ->
                                                                                mutate(
                                                                                        bytes,
                                                                                        positions,
                                                                                        values))));
        return Arbitraries.oneOf(noise, valid, mutated);
    }

    private static byte[] mutate(byte[] bytes, List<Integer> positions, List<Byte> values) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < positions.size(); i++) {
            copy[positions.get(i)] = values.get(i);
        }
        return copy;
    }

    @Property(tries = 500)
    void onlyWholeMessagesOrATransportError(
            @ForAll("streams") byte[] stream, @ForAll("chunks") List<Integer> chunks) {
        long mark = LeakDetector.mark();
        EmbeddedChannel channel =
                new EmbeddedChannel(new TransportDetector(LIMITS, BlockPool.shared()));
        int position = 0;
        try {
            for (int chunk : chunks) {
                if (position >= stream.length) {
                    break;
                }
                int length = Math.min(chunk, stream.length - position);
                channel.writeInbound(Unpooled.wrappedBuffer(stream, position, length));
                position += length;
            }
            if (position < stream.length) {
                channel.writeInbound(
                        Unpooled.wrappedBuffer(stream, position, stream.length - position));
            }
        } catch (DecoderException e) {
            if (!(e.getCause() instanceof TransportException)) {
                throw e;
            }
        }
        for (InboundMessage m; (m = channel.readInbound()) != null; ) {
            m.payload().toByteArray();
            m.release();
        }
        channel.finishAndReleaseAll();
        assertEquals(List.of(), LeakDetector.outstandingSince(mark));
    }

    @Provide
    Arbitrary<List<Integer>> chunks() {
        return Arbitraries.integers().between(1, 64).list().ofMinSize(1).ofMaxSize(10);
    }
}
