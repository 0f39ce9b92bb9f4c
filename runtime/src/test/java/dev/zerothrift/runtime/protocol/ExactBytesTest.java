package dev.zerothrift.runtime.protocol;

import static dev.zerothrift.runtime.protocol.Hostile.hex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.io.ArraySource;

import org.apache.thrift.TException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/** Edge cases of the wire formats, byte by byte, each checked against libthrift. */
class ExactBytesTest {

    private static void sameAsLibthrift(Variant variant, Value value, String expectedHex) {
        byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
        byte[] ours = variant.writeOurs(w -> OurValues.write(w, value));
        assertArrayEquals(hex(expectedHex), theirs);
        assertArrayEquals(hex(expectedHex), ours);
        assertEquals(value, OurValues.read(variant.readerOver(ours), value));
    }

    private static Value.Struct struct(Value.Field... fields) {
        return new Value.Struct(java.util.List.of(fields));
    }

    private static Value.Field field(int id, Value value) {
        return new Value.Field((short) id, value);
    }

    @Test
    void compactFieldIdDeltas() {
        sameAsLibthrift(
                Variant.COMPACT,
                struct(
                        field(1, new Value.I8((byte) 7)), // delta 1
                        field(16, new Value.I8((byte) 7)), // delta 15: still in the header
                        field(33, new Value.I8((byte) 7)), // delta 17: id as zigzag varint
                        field(-2, new Value.I8((byte) 7)), // negative id
                        field(-1, new Value.I8((byte) 7))), // delta 1 from a negative id
                "13 07 f3 07 03 42 07 03 03 07 13 07 00");
    }

    @Test
    void compactBoolsInFieldsAndContainers() {
        sameAsLibthrift(
                Variant.COMPACT,
                struct(
                        field(1, new Value.Bool(true)),
                        field(2, new Value.Bool(false)),
                        field(
                                3,
                                new Value.Seq(
                                        false,
                                        WireType.BOOL,
                                        java.util.List.of(
                                                new Value.Bool(true), new Value.Bool(false)))),
                        field(40, new Value.Bool(true))),
                "11 12 19 21 01 02 01 50 00");
    }

    @Test
    void emptyAndLongContainers() {
        java.util.List<Value> fifteen = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            fifteen.add(new Value.I8((byte) i));
        }
        sameAsLibthrift(
                Variant.COMPACT,
                struct(
                        field(
                                1,
                                new Value.MapV(WireType.I32, WireType.STRING, java.util.List.of())),
                        field(2, new Value.Seq(true, WireType.I64, java.util.List.of())),
                        field(3, new Value.Seq(false, WireType.BYTE, fifteen))),
                "1b 00 1a 06 19 f3 0f 000102030405060708090a0b0c0d0e 00");
        sameAsLibthrift(
                Variant.BINARY_STRICT,
                struct(
                        field(
                                1,
                                new Value.MapV(
                                        WireType.I32, WireType.STRING, java.util.List.of()))),
                "0d 0001 08 0b 00000000 00");
    }

    @Test
    void doublesAndUuids() {
        java.util.UUID uuid = new java.util.UUID(0x0102030405060708L, 0x090a0b0c0d0e0f10L);
        sameAsLibthrift(
                Variant.COMPACT,
                struct(field(1, new Value.Dbl(1.0)), field(2, new Value.Uid(uuid))),
                "17 000000000000f03f 1d 0102030405060708090a0b0c0d0e0f10 00");
        sameAsLibthrift(
                Variant.BINARY_STRICT,
                struct(field(1, new Value.Dbl(1.0)), field(2, new Value.Uid(uuid))),
                "04 0001 3ff0000000000000 10 0002 0102030405060708090a0b0c0d0e0f10 00");
    }

    @Test
    void messageHeaders() {
        assertArrayEquals(
                hex("82 81 ffffffff0f 02 6162"),
                Variant.COMPACT.writeOurs(
                        w -> w.writeMessageBegin("ab", ThriftMessage.ONEWAY, -1)));
        assertArrayEquals(
                hex("80010002 00000002 6162 00000005"),
                Variant.BINARY_STRICT.writeOurs(
                        w -> w.writeMessageBegin("ab", ThriftMessage.REPLY, 5)));
        assertArrayEquals(
                hex("00000002 6162 03 00000005"),
                Variant.BINARY_OLD_HEADERS.writeOurs(
                        w -> w.writeMessageBegin("ab", ThriftMessage.EXCEPTION, 5)));
    }

    @Test
    void invalidUtf8DecodesAsLibthriftDoes() throws TException {
        // Overlong, truncated, lone continuation, surrogate code point, and a valid 4-byte char.
        byte[] utf8 = hex("c0af 41 e282 42 80 43 eda080 f09f9880");
        for (Variant variant : Variant.values()) {
            byte[] bytes = variant.writeOurs(w -> w.writeBinary(utf8));
            String theirs = variant.readLibthrift(bytes, p -> p.readString());
            String ours = variant.readerOver(bytes).readString();
            assertEquals(theirs, ours);
            assertEquals(new String(utf8, StandardCharsets.UTF_8), ours);
            assertTrue(ours.contains("\uFFFD"));
            assertTrue(ours.endsWith("\uD83D\uDE00"));
        }
    }

    @Test
    void longStringsGoByReferenceAndMatch() {
        String s = "\u00e9x".repeat(5000) + "\uD83D\uDE00";
        for (Variant variant : Variant.values()) {
            Value.Str value = new Value.Str(s);
            byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
            assertArrayEquals(theirs, variant.writeOurs(w -> OurValues.write(w, value)));
            assertEquals(s, variant.readerOver(theirs).readString());
        }
    }

    @Test
    void fixedSinkRejectsOverflow() {
        ArraySink sink = ArraySink.fixed(new byte[10], 2, 6);
        BinaryWriter writer = new BinaryWriter(sink);
        writer.writeI32(1);
        ProtocolException e = assertThrows(ProtocolException.class, () -> writer.writeI32(2));
        assertEquals(ProtocolException.Kind.SIZE_LIMIT, e.kind());
        assertEquals(4, sink.written());
    }

    @Test
    void arraySourceOffsetsCountFromItsStart() {
        ArraySource source = new ArraySource(hex("ff ff 00000007 ff"), 2, 4);
        BinaryReader reader = new BinaryReader(source);
        assertEquals(7, reader.readI32());
        assertEquals(4, source.offset());
        ProtocolException e = assertThrows(ProtocolException.class, reader::readByte);
        assertEquals(ProtocolException.Kind.TRUNCATED, e.kind());
        assertEquals(4, e.offset());
        assertFalse(e.getMessage().isEmpty());
    }

    @Test
    void writersRejectWhatTheWireCannotCarry() {
        CompactWriter compact = new CompactWriter(new ArraySink());
        assertThrows(
                IllegalArgumentException.class, () -> compact.writeListBegin(WireType.I32, -1));
        assertThrows(IllegalArgumentException.class, () -> compact.writeListBegin((byte) 99, 1));
        assertThrows(IllegalArgumentException.class, () -> compact.writeFieldBegin((byte) 5, 1));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new BinaryWriter(new ArraySink())
                                .writeMapBegin(WireType.I32, WireType.I32, -5));
    }
}
