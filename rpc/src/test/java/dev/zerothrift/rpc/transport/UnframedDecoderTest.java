package dev.zerothrift.rpc.transport;

import static dev.zerothrift.rpc.testing.Decoding.rejectionOf;
import static dev.zerothrift.rpc.testing.Messages.concat;
import static dev.zerothrift.rpc.testing.Messages.hex;
import static dev.zerothrift.rpc.testing.Messages.message;
import static dev.zerothrift.rpc.testing.Messages.nested;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;
import dev.zerothrift.runtime.protocol.WireType;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

@ExtendWith(LeakCheck.class)
class UnframedDecoderTest {
    private static EmbeddedChannel channel(Limits limits) {
        return new EmbeddedChannel(new UnframedDecoder(limits, BlockPool.shared()));
    }

    private static List<byte[]> drain(EmbeddedChannel channel) {
        List<byte[]> out = new ArrayList<>();
        for (InboundMessage m; (m = channel.readInbound()) != null; ) {
            assertEquals(Transport.UNFRAMED, m.transport());
            out.add(m.payload().toByteArray());
            m.release();
        }
        return out;
    }

    @Test
    void messagesSplitAnywhereAreFoundByWalkingThem() {
        for (Protocol protocol : Protocol.values()) {
            for (boolean strict : new boolean[] {true, false}) {
                byte[] a = message(protocol, strict, "first", ThriftMessage.CALL, 1, nested(1));
                byte[] b = message(protocol, strict, "second", ThriftMessage.REPLY, 2, nested(2));
                byte[] stream = concat(a, b);
                for (int split = 0; split <= stream.length; split++) {
                    EmbeddedChannel channel = channel(Limits.DEFAULT);
                    channel.writeInbound(Unpooled.wrappedBuffer(stream, 0, split));
                    channel.writeInbound(
                            Unpooled.wrappedBuffer(stream, split, stream.length - split));
                    List<byte[]> messages = drain(channel);
                    String where =
                            protocol + (strict ? " strict" : " old-style") + ", split at " + split;
                    assertEquals(2, messages.size(), where);
                    assertArrayEquals(a, messages.get(0), where);
                    assertArrayEquals(b, messages.get(1), where);
                    assertFalse(channel.finish());
                }
            }
        }
    }

    @Test
    void byteByByteArrivalWaitsAndThenDelivers() {
        byte[] a = message(Protocol.COMPACT, true, "m", ThriftMessage.CALL, 9, nested(9));
        EmbeddedChannel channel = channel(Limits.DEFAULT);
        for (int i = 0; i < a.length - 1; i++) {
            channel.writeInbound(Unpooled.wrappedBuffer(a, i, 1));
            assertNull(channel.readInbound(), "nothing before the last byte");
        }
        channel.writeInbound(Unpooled.wrappedBuffer(a, a.length - 1, 1));
        assertArrayEquals(a, drain(channel).get(0));
        channel.finishAndReleaseAll();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRejectedBeforeItsBytesArrive() {
        EmbeddedChannel channel = channel(Limits.DEFAULT.withMaxFrameSize(1000));
        // CALL "m", then field 1 string of 5000 bytes: only the length has arrived
        String why =
                rejectionOf(channel, hex("80010001 00000001 6d 00000001 0B0001 00001388"))
                        .getMessage();
        assertTrue(why.startsWith("unframed message over the size limit: length 5000"), why);
        channel.finishAndReleaseAll();
    }

    @Test
    void aMessageWalkedPastTheLimitIsRejected() {
        EmbeddedChannel channel = channel(Limits.DEFAULT.withMaxFrameSize(100));
        byte[] head = hex("80010001 00000001 6d 00000001");
        byte[] fields = new byte[200];
        for (int i = 0; i < fields.length; i += 4) { // field header (i32, id 1) and... never a stop
            fields[i] = WireType.BYTE;
            fields[i + 1] = 0;
            fields[i + 2] = 1;
            fields[i + 3] = 7;
        }
        assertEquals(
                "unframed message longer than the limit of 100 bytes",
                rejectionOf(channel, concat(head, fields)).getMessage());
        channel.finishAndReleaseAll();
    }

    @Test
    void bytesThatDoNotParseAreRejected() {
        EmbeddedChannel channel = channel(Limits.DEFAULT);
        String why = rejectionOf(channel, hex("80010001 00000001 6d 00000001 110001")).getMessage();
        assertTrue(why.startsWith("unframed message does not parse: "), why);
        // and the rest of the connection is ignored
        channel.writeInbound(
                Unpooled.wrappedBuffer(
                        message(Protocol.BINARY, true, "x", ThriftMessage.CALL, 1, nested(1))));
        assertNull(channel.readInbound());
        channel.finishAndReleaseAll();
    }

    @Test
    void deepNestingIsRejectedAtTheDepthLimit() {
        EmbeddedChannel channel = channel(Limits.DEFAULT.withMaxDepth(5));
        byte[] head = hex("80010001 00000001 6d 00000001");
        byte[] deep = new byte[3 * 10];
        for (int i = 0; i < deep.length; i += 3) { // field 1 of type struct, nested 10 deep
            deep[i] = WireType.STRUCT;
            deep[i + 1] = 0;
            deep[i + 2] = 1;
        }
        String why = rejectionOf(channel, concat(head, deep)).getMessage();
        assertTrue(why.contains("nesting deeper than the limit of 5"), why);
        channel.finishAndReleaseAll();
    }
}
