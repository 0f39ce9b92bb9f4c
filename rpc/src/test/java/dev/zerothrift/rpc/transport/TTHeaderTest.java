package dev.zerothrift.rpc.transport;

import static dev.zerothrift.rpc.testing.Decoding.rejectionOf;
import static dev.zerothrift.rpc.testing.Messages.hex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;

@ExtendWith(LeakCheck.class)
class TTHeaderTest {
    /**
     * The frame Kitex writes for seq id 1, binary, int info {6 (to-service): "svc"} and a 5-byte
     * payload: 12 bytes of header info need no padding, so HEADER SIZE is 3 and LENGTH 27.
     */
    private static final byte[] KITEX_FRAME =
            hex("0000001B 1000 0000 00000001 0003 00 00 10 0001 0006 0003 737663 0102030405");

    private static byte[] encode(TTHeader header, byte[] payload) {
        Chain chain = OutboundFrames.open(BlockPool.shared(), Transport.HEADER, header);
        chain.append(payload, 0, payload.length);
        ByteBuf frame =
                OutboundFrames.finish(chain, Transport.HEADER, Limits.DEFAULT.maxFrameSize());
        try {
            return ByteBufUtil.getBytes(frame);
        } finally {
            frame.release();
        }
    }

    private static InboundMessage decode(byte[] frame) {
        EmbeddedChannel channel =
                new EmbeddedChannel(
                        new FramedDecoder(Limits.DEFAULT.maxFrameSize(), true, BlockPool.shared()));
        channel.writeInbound(Unpooled.wrappedBuffer(frame));
        InboundMessage message = channel.readInbound();
        assertNull(channel.readInbound());
        channel.finishAndReleaseAll();
        return message;
    }

    private static String rejection(byte[] frame) {
        EmbeddedChannel channel =
                new EmbeddedChannel(
                        new FramedDecoder(Limits.DEFAULT.maxFrameSize(), true, BlockPool.shared()));
        Throwable why = rejectionOf(channel, frame);
        channel.finishAndReleaseAll();
        return assertInstanceOf(TransportException.class, why).getMessage();
    }

    @Test
    void writesKitexBytes() {
        TTHeader header = new TTHeader(0, 1, Protocol.BINARY, Map.of(), Map.of(6, "svc"), null);
        assertArrayEquals(KITEX_FRAME, encode(header, hex("0102030405")));
    }

    @Test
    void readsKitexBytes() {
        InboundMessage message = decode(KITEX_FRAME);
        try {
            assertEquals(Transport.HEADER, message.transport());
            assertEquals(Protocol.BINARY, message.protocol());
            assertEquals(1, message.header().seqId());
            assertEquals(Map.of(6, "svc"), message.header().ints());
            assertArrayEquals(hex("0102030405"), message.payload().toByteArray());
        } finally {
            message.release();
        }
    }

    @Test
    void everyInfoRoundTripsWithPadding() {
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("trace-id", "abc");
        strings.put("ключ", "значение ✓");
        strings.put("", "");
        Map<Integer, String> ints = new LinkedHashMap<>();
        ints.put(0, "zero");
        ints.put(65535, "max");
        TTHeader header = new TTHeader(0x0102, -7, Protocol.COMPACT, strings, ints, "token");
        byte[] frame = encode(header, hex("82 21 01 04 70 69 6e 67 00"));
        assertEquals(0, (frame.length - 9 - 14) % 4, "header info padded to 4 bytes");
        InboundMessage message = decode(frame);
        try {
            assertEquals(header, message.header());
            assertEquals(Protocol.COMPACT, message.protocol());
            assertArrayEquals(hex("82 21 01 04 70 69 6e 67 00"), message.payload().toByteArray());
        } finally {
            message.release();
        }
    }

    @Test
    void aReplyHeaderKeepsFlagsAndProtocol() {
        TTHeader call = new TTHeader(3, 9, Protocol.COMPACT, Map.of("k", "v"), Map.of(), null);
        assertEquals(
                new TTHeader(3, 10, Protocol.COMPACT, Map.of(), Map.of(), null), call.forReply(10));
    }

    @Test
    void badHeadersAreRejectedWithWhatAndWhere() {
        assertEquals(
                "bad TTHeader: bad magic 0x1001, expected 0x1000",
                rejection(hex("0000000C 1001 0000 00000001 0001 0000")));
        assertEquals(
                "bad TTHeader: header size of 0 bytes is not in [2, 65536]",
                rejection(hex("0000000C 1000 0000 00000001 0000 0000")));
        assertEquals(
                "bad TTHeader: header of 8 bytes does not fit in a frame of 16 bytes",
                rejection(hex("0000000C 1000 0000 00000001 0002 0000")));
        assertEquals(
                "bad TTHeader: unsupported protocol id 4",
                rejection(hex("0000000F 1000 0000 00000001 0001 0400 0000 00")));
        assertEquals(
                "bad TTHeader: 1 transforms (first id 1); transforms are not supported",
                rejection(hex("00000013 1000 0000 00000001 0002 00010100 00000000 00")));
        assertEquals(
                "bad TTHeader: unknown info id 0x7 at byte 16",
                rejection(hex("00000013 1000 0000 00000001 0002 00000700 00000000 00")));
        assertEquals(
                "bad TTHeader: string of 9 bytes at byte 21 runs past the header's end at byte 22",
                rejection(hex("00000016 1000 0000 00000001 0002 0000 01 0001 0009 00 00000000")));
        assertEquals(
                "TTHeader frame with no message",
                rejection(hex("0000000E 1000 0000 00000001 0001 00000000")));
    }
}
