package dev.zerothrift.rpc.transport;

import static dev.zerothrift.rpc.testing.Messages.framed;
import static dev.zerothrift.rpc.testing.Messages.hex;
import static dev.zerothrift.rpc.testing.Messages.message;
import static dev.zerothrift.rpc.testing.Messages.nested;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

@ExtendWith(LeakCheck.class)
class TransportDetectorTest {
    private static Transport detect(String hex) {
        ByteBuf buffer = Unpooled.wrappedBuffer(hex(hex));
        return TransportDetector.detect(buffer);
    }

    @Test
    void tellsEachTransportFromItsFirstBytes() {
        assertEquals(Transport.UNFRAMED, detect("8001"));
        assertEquals(Transport.UNFRAMED, detect("8221"));
        assertEquals(Transport.HEADER, detect("0000001B 1000"));
        assertEquals(Transport.FRAMED, detect("00000010 8001"));
        assertEquals(Transport.FRAMED, detect("00000010 8221"));
        assertEquals(Transport.FRAMED, detect("00000010 0000")); // old-style binary in a frame
        assertEquals(Transport.UNFRAMED, detect("00000004 7069")); // old-style binary: "pi..."
    }

    @Test
    void waitsUntilItCanTell() {
        assertNull(detect(""));
        assertNull(detect("80"));
        assertNull(detect("82"));
        assertNull(detect("0000001B 10"));
    }

    @Test
    void rejectsWhatIsNoThrift() {
        TransportException http =
                assertThrows(
                        TransportException.class,
                        () ->
                                TransportDetector.detect(
                                        Unpooled.wrappedBuffer(
                                                "GET / HTTP/1.1\r\n"
                                                        .getBytes(StandardCharsets.US_ASCII))));
        assertEquals(
                "not a Thrift connection (framed, unframed or TTHeader; binary or compact): first bytes 474554202f204854",
                http.getMessage());
        assertThrows(TransportException.class, () -> detect("8002"));
        assertThrows(TransportException.class, () -> detect("8242"));
        assertThrows(TransportException.class, () -> detect("00000004 0110")); // neither
        assertThrows(TransportException.class, () -> detect("00100000 7069")); // name of 1 MiB
    }

    @Test
    void installsTheDecoderAndHandsItTheBytesReadSoFar() {
        byte[] call = message(Protocol.COMPACT, true, "m", ThriftMessage.CALL, 5, nested(5));
        Chain header =
                OutboundFrames.open(
                        BlockPool.shared(), Transport.HEADER, TTHeader.of(5, Protocol.COMPACT));
        header.append(call, 0, call.length);
        ByteBuf ttFrame =
                OutboundFrames.finish(header, Transport.HEADER, Limits.DEFAULT.maxFrameSize());
        byte[] tt = ByteBufUtil.getBytes(ttFrame);
        ttFrame.release();
        byte[][] streams = {call, framed(call), tt};
        Transport[] expected = {Transport.UNFRAMED, Transport.FRAMED, Transport.HEADER};
        for (int s = 0; s < streams.length; s++) {
            byte[] stream = streams[s];
            EmbeddedChannel channel =
                    new EmbeddedChannel(new TransportDetector(Limits.DEFAULT, BlockPool.shared()));
            for (int i = 0; i < stream.length; i++) { // one byte at a time
                channel.writeInbound(Unpooled.wrappedBuffer(stream, i, 1));
            }
            InboundMessage m = channel.readInbound();
            assertEquals(expected[s], m.transport());
            assertEquals(Protocol.COMPACT, m.protocol());
            assertArrayEquals(call, m.payload().toByteArray());
            m.release();
            assertNull(channel.pipeline().get(TransportDetector.class));
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void garbageFailsTheChannel() {
        EmbeddedChannel channel =
                new EmbeddedChannel(new TransportDetector(Limits.DEFAULT, BlockPool.shared()));
        assertThrows(
                DecoderException.class,
                () ->
                        channel.writeInbound(
                                Unpooled.wrappedBuffer(
                                        "HELLO WORLD".getBytes(StandardCharsets.US_ASCII))));
        channel.finishAndReleaseAll();
    }
}
