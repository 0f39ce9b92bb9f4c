package dev.zerothrift.rpc.transport;

import static dev.zerothrift.rpc.testing.Decoding.rejectionOf;
import static dev.zerothrift.rpc.testing.Messages.concat;
import static dev.zerothrift.rpc.testing.Messages.framed;
import static dev.zerothrift.rpc.testing.Messages.hex;
import static dev.zerothrift.rpc.testing.Messages.message;
import static dev.zerothrift.rpc.testing.Messages.nested;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

@ExtendWith(LeakCheck.class)
class FramedDecoderTest {
    private static final int LIMIT = 16_384_000;

    private static EmbeddedChannel channel() {
        return new EmbeddedChannel(new FramedDecoder(LIMIT, false, BlockPool.shared()));
    }

    private static List<byte[]> drain(EmbeddedChannel channel, List<Protocol> protocols) {
        List<byte[]> out = new ArrayList<>();
        for (InboundMessage m; (m = channel.readInbound()) != null; ) {
            assertEquals(Transport.FRAMED, m.transport());
            protocols.add(m.protocol());
            out.add(m.payload().toByteArray());
            m.release();
        }
        return out;
    }

    @Test
    void framesSplitAnywhereComeOutWhole() {
        byte[] a = message(Protocol.BINARY, true, "a", ThriftMessage.CALL, 1, nested(1));
        byte[] b = message(Protocol.COMPACT, true, "b", ThriftMessage.CALL, 2, nested(2));
        byte[] c = message(Protocol.BINARY, false, "c", ThriftMessage.ONEWAY, 3, nested(3));
        byte[] stream = concat(framed(a), framed(b), framed(c));
        for (int split = 0; split <= stream.length; split++) {
            for (int second = split; second <= stream.length; second += 7) {
                EmbeddedChannel channel = channel();
                channel.writeInbound(Unpooled.wrappedBuffer(stream, 0, split));
                channel.writeInbound(Unpooled.wrappedBuffer(stream, split, second - split));
                channel.writeInbound(
                        Unpooled.wrappedBuffer(stream, second, stream.length - second));
                List<Protocol> protocols = new ArrayList<>();
                List<byte[]> messages = drain(channel, protocols);
                assertEquals(3, messages.size(), "split at " + split + ", " + second);
                assertArrayEquals(a, messages.get(0));
                assertArrayEquals(b, messages.get(1));
                assertArrayEquals(c, messages.get(2));
                assertEquals(
                        List.of(Protocol.BINARY, Protocol.COMPACT, Protocol.BINARY), protocols);
                assertFalse(channel.finish());
            }
        }
    }

    @Test
    void aFrameInOneHeapBufferIsNotCopied() {
        byte[] a = message(Protocol.BINARY, true, "a", ThriftMessage.CALL, 1, nested(1));
        byte[] stream = framed(a);
        EmbeddedChannel channel = channel();
        ByteBuf buffer = Unpooled.wrappedBuffer(stream);
        channel.writeInbound(buffer);
        InboundMessage m = channel.readInbound();
        assertSame(stream, m.payload().nodeArray(0), "the chain is a window on the received array");
        assertEquals(4, m.payload().nodeOffset(0));
        assertEquals(1, m.payload().nodeCount());
        m.release();
        assertEquals(0, buffer.refCnt(), "released with the chain");
        channel.finishAndReleaseAll();
    }

    @Test
    void aHugeFrameIsRejectedFromItsLengthAlone() {
        for (String length : List.of("00FA0001", "7FFFFFFF", "FFFFFFFF", "80000000")) {
            EmbeddedChannel channel = channel();
            String text =
                    assertInstanceOf(TransportException.class, rejectionOf(channel, hex(length)))
                            .getMessage();
            assertEquals(
                    "frame of "
                            + Long.parseLong(length, 16)
                            + " bytes is over the limit of "
                            + LIMIT,
                    text);
            // what follows is ignored: the connection is done
            channel.writeInbound(
                    Unpooled.wrappedBuffer(framed(hex("80010001 00000001 61 00000001 00"))));
            assertNull(channel.readInbound());
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void anEmptyFrameIsRejected() {
        EmbeddedChannel channel = channel();
        assertEquals("empty frame", rejectionOf(channel, hex("00000000")).getMessage());
        channel.finishAndReleaseAll();
    }

    @Test
    void theLimitIsTheDecodersOwn() {
        EmbeddedChannel channel =
                new EmbeddedChannel(new FramedDecoder(11, false, BlockPool.shared()));
        channel.writeInbound(Unpooled.wrappedBuffer(framed(hex("00000001 61 01 00000001 00"))));
        InboundMessage m = channel.readInbound();
        assertEquals(11, m.payload().length());
        m.release();
        assertEquals(
                "frame of 12 bytes is over the limit of 11",
                rejectionOf(channel, framed(hex("00000002 6161 01 00000001 00"))).getMessage());
        channel.finishAndReleaseAll();
    }
}
