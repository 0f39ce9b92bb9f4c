package dev.zerothrift.runtime.protocol;

import static dev.zerothrift.runtime.protocol.Hostile.hex;
import static dev.zerothrift.runtime.protocol.Hostile.rejects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

/** Bad input of every kind gets a ProtocolException with kind, offset and field: nothing else. */
class BadInputTest {

    private static BinaryReader binary(byte[] bytes) {
        return new BinaryReader(new ArraySource(bytes));
    }

    private static CompactReader compact(byte[] bytes) {
        return new CompactReader(new ArraySource(bytes));
    }

    @Property(tries = 60)
    void everyTruncationIsRejected(@ForAll long seed, @ForAll Variant variant) {
        Value value = Value.randomStruct(new Random(seed), 3);
        byte[] bytes =
                variant.writeOurs(
                        w -> {
                            w.writeMessageBegin("method", ThriftMessage.CALL, 7);
                            OurValues.write(w, value);
                        });
        for (int length = 0; length < bytes.length; length++) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            rejects(
                    () -> {
                        ProtocolReader reader = variant.readerOver(prefix);
                        reader.readMessageBegin();
                        reader.skip(WireType.STRUCT);
                    });
            rejects(
                    () -> {
                        ProtocolReader reader = variant.readerOver(prefix);
                        reader.readMessageBegin();
                        OurValues.read(reader, value);
                    });
        }
    }

    @Property(tries = 3000)
    void randomBytesNeverEscape(@ForAll @Size(max = 64) byte[] bytes, @ForAll Variant variant) {
        Hostile.survives(() -> variant.readerOver(bytes).skip(WireType.STRUCT));
        Hostile.survives(
                () -> {
                    ProtocolReader reader = variant.readerOver(bytes);
                    reader.readMessageBegin();
                    reader.skip(WireType.STRUCT);
                });
        for (byte type : Value.ALL) {
            Hostile.survives(() -> variant.readerOver(bytes).skip(type));
        }
    }

    @Property(tries = 1000)
    void mutatedMessagesNeverEscape(@ForAll long seed, @ForAll Variant variant) {
        Random random = new Random(seed);
        Value value = Value.randomStruct(random, 3);
        byte[] bytes = variant.writeOurs(w -> OurValues.write(w, value));
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            if (bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
            }
        }
        Hostile.survives(() -> variant.readerOver(bytes).skip(WireType.STRUCT));
        Hostile.survives(() -> OurValues.read(variant.readerOver(bytes), value));
    }

    // Lengths and counts.

    @Test
    void negativeStringLengthNamesFieldAndOffset() {
        // struct { 7: string } with length -1
        ProtocolException e =
                rejects(Kind.NEGATIVE_SIZE, () -> binary(hex("0b0007 ffffffff")).skip((byte) 12));
        assertEquals(3, e.offset());
        assertEquals(7, e.fieldId());

        // compact: field 7 (delta 7, binary) length varint 0xffffffff = -1
        e = rejects(Kind.NEGATIVE_SIZE, () -> compact(hex("78 ffffffff0f")).skip((byte) 12));
        assertEquals(1, e.offset());
        assertEquals(7, e.fieldId());
    }

    @Test
    void hugeLengthsAreRejectedBeforeAllocation() {
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("7fffffff 00")).readString());
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("7fffffff 00")).readBinary());
        rejects(Kind.SIZE_LIMIT, () -> compact(hex("ffffffff07 00")).readString());
        rejects(Kind.SIZE_LIMIT, () -> compact(hex("ffffffff07 00")).readBinary());
        rejects(Kind.NEGATIVE_SIZE, () -> binary(hex("80000000")).readBinary());
        // Message name of a non-strict header.
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("7ffffff0 61")).readMessageBegin());
        rejects(Kind.SIZE_LIMIT, () -> compact(hex("8221 00 ffffff7f")).readMessageBegin());
    }

    @Test
    void hugeAndNegativeCountsAreRejectedBeforeAllocation() {
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("0a 7fffffff 00")).readListBegin());
        rejects(Kind.NEGATIVE_SIZE, () -> binary(hex("0a 80000000")).readListBegin());
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("0b 7fffffff")).readSetBegin());
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("0b 0b 7fffffff")).readMapBegin());
        rejects(Kind.NEGATIVE_SIZE, () -> binary(hex("0b 0b ffffffff")).readMapBegin());
        // A count that fits the bytes left only if elements were smaller than they can be.
        rejects(Kind.SIZE_LIMIT, () -> binary(hex("0a 00000002 0000000000000000")).skip((byte) 15));
        rejects(Kind.SIZE_LIMIT, () -> compact(hex("f5 ffffffff07")).readListBegin());
        rejects(Kind.NEGATIVE_SIZE, () -> compact(hex("f5 ffffffff0f")).readListBegin());
        rejects(Kind.SIZE_LIMIT, () -> compact(hex("27 00000000")).readListBegin()); // 2 doubles
        rejects(Kind.SIZE_LIMIT, () -> compact(hex("ffffffff07 55")).readMapBegin());
        rejects(Kind.NEGATIVE_SIZE, () -> compact(hex("ffffffff0f 55")).readMapBegin());
        // Skipping: the same checks inside a struct, with the field id.
        ProtocolException e =
                rejects(Kind.SIZE_LIMIT, () -> binary(hex("0f0009 0c 7fffffff")).skip((byte) 12));
        assertEquals(9, e.fieldId());
    }

    // Types.

    @Test
    void wrongElementTypesAreRejected() {
        byte[] listOfStrings = hex("0b 00000001 00000000");
        rejects(Kind.TYPE_MISMATCH, () -> binary(listOfStrings).readListBegin(WireType.I32));
        rejects(
                Kind.TYPE_MISMATCH,
                () ->
                        binary(hex("0b08 00000001 00000000 00000000"))
                                .readMapBegin((byte) 11, (byte) 11));
        rejects(Kind.TYPE_MISMATCH, () -> compact(hex("18 00")).readSetBegin(WireType.I64));
        // Not wire types at all.
        rejects(Kind.INVALID_DATA, () -> binary(hex("11 00000001 00")).readListBegin());
        rejects(Kind.INVALID_DATA, () -> binary(hex("00 00000001 00")).readListBegin());
        rejects(Kind.INVALID_DATA, () -> binary(hex("01 00000001 00")).readListBegin());
        rejects(Kind.INVALID_DATA, () -> compact(hex("1e 00")).readListBegin());
        rejects(Kind.INVALID_DATA, () -> compact(hex("01 f5 00")).readMapBegin());
        rejects(Kind.INVALID_DATA, () -> binary(hex("05 0001 00")).skip(WireType.STRUCT));
        rejects(Kind.INVALID_DATA, () -> compact(hex("1f 00")).skip(WireType.STRUCT));
        rejects(Kind.INVALID_DATA, () -> compact(hex("10 00")).skip(WireType.STRUCT));
        rejects(Kind.INVALID_DATA, () -> binary(hex("00")).skip((byte) 17));
        rejects(Kind.INVALID_DATA, () -> binary(hex("00")).skip(WireType.STOP));
    }

    @Test
    void emptyContainersMayCarryNoTypes() {
        // An empty compact map has no type byte; an empty list of stop is what some writers send.
        assertEquals(0, compact(hex("00")).readMapBegin(WireType.I32, WireType.STRING));
        assertEquals(0, binary(hex("00 00000000")).readListBegin(WireType.I32));
        assertEquals(0, binary(hex("0000 00000000")).readMapBegin());
    }

    @Test
    void overlongVarintsAreRejected() {
        rejects(Kind.INVALID_DATA, () -> compact(hex("ffffffffff01 00000000")).readI32());
        rejects(Kind.INVALID_DATA, () -> compact(hex("ffffffffff01")).readI32());
        rejects(Kind.INVALID_DATA, () -> compact(hex("ffffffffffffffffffff01")).readI64());
        rejects(Kind.TRUNCATED, () -> compact(hex("ffff")).readI64());
    }

    // Depth.

    private static byte[] repeat(String unit, int times, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = hex(unit);
        for (int i = 0; i < times; i++) {
            out.writeBytes(bytes);
        }
        out.writeBytes(hex(tail));
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nesting10000DeepIsRejectedFast(Protocol protocol) {
        boolean binary = protocol == Protocol.BINARY;
        String[][] nestings = {
            // struct { 1: struct { 1: struct ... } }
            {binary ? "0c0001" : "1c", binary ? "00" : "00"},
            // list<list<list<...>>> of one element each
            {binary ? "0f 00000001" : "19", binary ? "08 00000000" : "05"},
            // map<i32, map<i32, ...>> of one entry each
            {binary ? "080d 00000001 00000000" : "01 5b 00", binary ? "0808 00000000" : "00"},
        };
        byte[] types = {WireType.STRUCT, WireType.LIST, WireType.MAP};
        for (int i = 0; i < nestings.length; i++) {
            byte[] bytes = repeat(nestings[i][0], 10_000, nestings[i][1]);
            byte type = types[i];
            ProtocolException e =
                    rejects(
                            Kind.DEPTH_LIMIT,
                            () ->
                                    protocol.newReader(new ArraySource(bytes), Limits.DEFAULT)
                                            .skip(type));
            assertEquals(true, e.offset() > 0);

            // 64 levels are fine, 65 are not.
            byte[] deep64 = repeat(nestings[i][0], 63, nestings[i][1] + "00".repeat(70));
            ProtocolReader reader = protocol.newReader(new ArraySource(deep64), Limits.DEFAULT);
            reader.skip(type);
            byte[] deep65 = repeat(nestings[i][0], 64, nestings[i][1] + "00".repeat(70));
            rejects(
                    Kind.DEPTH_LIMIT,
                    () -> protocol.newReader(new ArraySource(deep65), Limits.DEFAULT).skip(type));
        }
    }

    @Test
    void depthLimitIsConfigurable() {
        byte[] bytes = repeat("1c", 10, "00".repeat(11));
        Limits shallow = Limits.DEFAULT.withMaxDepth(10);
        rejects(
                Kind.DEPTH_LIMIT,
                () -> new CompactReader(new ArraySource(bytes), shallow).skip((byte) 12));
        new CompactReader(new ArraySource(bytes), Limits.DEFAULT.withMaxDepth(11)).skip((byte) 12);
    }

    // Messages.

    @Test
    void messageSizeLimit() {
        byte[] bytes = new byte[11];
        rejects(
                Kind.SIZE_LIMIT,
                () ->
                        new BinaryReader(
                                new ArraySource(bytes),
                                Limits.DEFAULT.withMaxMessageSize(10),
                                false));
        new BinaryReader(
                new ArraySource(bytes, 1, 10), Limits.DEFAULT.withMaxMessageSize(10), false);
    }

    @Test
    void badMessageHeaders() {
        rejects(
                Kind.INVALID_DATA,
                () -> binary(hex("80020001 00000000 00000000")).readMessageBegin());
        rejects(
                Kind.INVALID_DATA,
                () ->
                        new BinaryReader(
                                        new ArraySource(hex("00000001 61 01 00000000")),
                                        Limits.DEFAULT,
                                        true)
                                .readMessageBegin());
        assertEquals(
                new ThriftMessage("a", ThriftMessage.CALL, 0),
                binary(hex("00000001 61 01 00000000")).readMessageBegin());
        rejects(Kind.INVALID_DATA, () -> compact(hex("8122 00 00")).readMessageBegin());
        rejects(Kind.INVALID_DATA, () -> compact(hex("8222 00 00")).readMessageBegin());
        rejects(Kind.TRUNCATED, () -> compact(hex("82")).readMessageBegin());
        rejects(Kind.TRUNCATED, () -> binary(hex("800100")).readMessageBegin());
    }

    @Test
    void frameSizeLimit() {
        rejects(Kind.SIZE_LIMIT, () -> Limits.DEFAULT.checkFrameSize(16_384_001, 0));
        rejects(Kind.NEGATIVE_SIZE, () -> Limits.DEFAULT.checkFrameSize(-1, 0));
        Limits.DEFAULT.checkFrameSize(16_384_000, 0);
    }
}
