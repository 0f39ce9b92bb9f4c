package com.example.used;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TMemoryBuffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated structs' fast codecs in a user's project: values round-trip through both protocols,
 * and (this project generates with {@code fieldOrder=IDL}) their bytes are the bytes libthrift
 * writes for the same value, which are written here with libthrift's {@code TProtocol} calls in the
 * order its generated code makes them.
 */
class GeneratedCodecTest {
    private static final byte[] NOTE = "leave at the door".getBytes(StandardCharsets.UTF_8);

    /** Every field set, containers with several elements. */
    static Order fullOrder() {
        Map<String, Integer> tags = new LinkedHashMap<>();
        tags.put("region", 7);
        tags.put("tier", -2);
        Set<String> labels = new LinkedHashSet<>(List.of("fragile", "gift-wrap"));
        return new Order()
                .setId(42L)
                .setState(OrderState.PAID)
                .setItems(
                        List.of(
                                new LineItem().setSku("book-1").setQuantity(2).setPriceCents(1999L),
                                new LineItem().setSku("pen-9").setQuantity(10)))
                .setTags(tags)
                .setNote(ByteBuffer.wrap(NOTE))
                .setHistory(new long[] {1L, -1L, Long.MAX_VALUE})
                .setTotal(59.9)
                .setGift(true)
                .setLabels(labels)
                .setPriority((short) 3)
                .setChannel((byte) -5);
    }

    /** Only the required field: the others are absent (references, optionals) or zero. */
    static Order minimalOrder() {
        return new Order().setId(-1L);
    }

    /** What libthrift's generated {@code Order.write} calls for {@link #fullOrder}. */
    static void writeFullOrder(TProtocol p) throws TException {
        p.writeStructBegin(new TStruct("Order"));
        field(p, "id", TType.I64, 1);
        p.writeI64(42L);
        p.writeFieldEnd();
        field(p, "state", TType.I32, 2);
        p.writeI32(2);
        p.writeFieldEnd();
        field(p, "items", TType.LIST, 3);
        p.writeListBegin(new TList(TType.STRUCT, 2));
        writeLineItem(p, "book-1", 2, 1999L);
        writeLineItem(p, "pen-9", 10, null);
        p.writeListEnd();
        p.writeFieldEnd();
        field(p, "tags", TType.MAP, 4);
        p.writeMapBegin(new TMap(TType.STRING, TType.I32, 2));
        p.writeString("region");
        p.writeI32(7);
        p.writeString("tier");
        p.writeI32(-2);
        p.writeMapEnd();
        p.writeFieldEnd();
        field(p, "note", TType.STRING, 5);
        p.writeBinary(ByteBuffer.wrap(NOTE));
        p.writeFieldEnd();
        field(p, "history", TType.LIST, 6);
        p.writeListBegin(new TList(TType.I64, 3));
        p.writeI64(1L);
        p.writeI64(-1L);
        p.writeI64(Long.MAX_VALUE);
        p.writeListEnd();
        p.writeFieldEnd();
        field(p, "total", TType.DOUBLE, 7);
        p.writeDouble(59.9);
        p.writeFieldEnd();
        field(p, "gift", TType.BOOL, 8);
        p.writeBool(true);
        p.writeFieldEnd();
        field(p, "labels", TType.SET, 9);
        p.writeSetBegin(new TSet(TType.STRING, 2));
        p.writeString("fragile");
        p.writeString("gift-wrap");
        p.writeSetEnd();
        p.writeFieldEnd();
        field(p, "priority", TType.I16, 10);
        p.writeI16((short) 3);
        p.writeFieldEnd();
        field(p, "channel", TType.BYTE, 11);
        p.writeByte((byte) -5);
        p.writeFieldEnd();
        p.writeFieldStop();
        p.writeStructEnd();
    }

    /**
     * What libthrift writes for {@link #minimalOrder}: unset references and optionals are left out,
     * primitives without {@code optional} are always written.
     */
    static void writeMinimalOrder(TProtocol p) throws TException {
        p.writeStructBegin(new TStruct("Order"));
        field(p, "id", TType.I64, 1);
        p.writeI64(-1L);
        p.writeFieldEnd();
        field(p, "total", TType.DOUBLE, 7);
        p.writeDouble(0.0);
        p.writeFieldEnd();
        field(p, "gift", TType.BOOL, 8);
        p.writeBool(false);
        p.writeFieldEnd();
        field(p, "channel", TType.BYTE, 11);
        p.writeByte((byte) 0);
        p.writeFieldEnd();
        p.writeFieldStop();
        p.writeStructEnd();
    }

    private static void writeLineItem(TProtocol p, String sku, int quantity, Long priceCents)
            throws TException {
        p.writeStructBegin(new TStruct("LineItem"));
        field(p, "sku", TType.STRING, 1);
        p.writeString(sku);
        p.writeFieldEnd();
        field(p, "quantity", TType.I32, 2);
        p.writeI32(quantity);
        p.writeFieldEnd();
        if (priceCents != null) {
            field(p, "priceCents", TType.I64, 3);
            p.writeI64(priceCents);
            p.writeFieldEnd();
        }
        p.writeFieldStop();
        p.writeStructEnd();
    }

    private static void field(TProtocol p, String name, byte type, int id) throws TException {
        p.writeFieldBegin(new TField(name, type, (short) id));
    }

    interface Writes {
        void write(TProtocol protocol) throws TException;
    }

    static byte[] libthrift(TProtocolFactory factory, Writes writes) throws TException {
        TMemoryBuffer buffer = new TMemoryBuffer(256);
        writes.write(factory.getProtocol(buffer));
        return Arrays.copyOf(buffer.getArray(), buffer.length());
    }

    static TProtocolFactory factory(Protocol protocol) {
        return protocol == Protocol.BINARY
                ? new TBinaryProtocol.Factory()
                : new TCompactProtocol.Factory();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Protocol.class)
    void valuesRoundTripThroughTheFastCodecs(Protocol protocol) {
        for (Order order : List.of(fullOrder(), minimalOrder())) {
            byte[] bytes = order.fastWrite(protocol);
            assertEquals(bytes.length, order.encodedLength(protocol));
            Order read = Order.fastRead(bytes, protocol);
            assertEquals(order, read);
            assertArrayEquals(bytes, read.fastWrite(protocol));
        }
        assertFalse(Order.fastRead(minimalOrder().fastWrite(protocol), protocol).isSetPriority());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Protocol.class)
    void bytesAreLibthriftsInIdlFieldOrder(Protocol protocol) throws TException {
        byte[] full = libthrift(factory(protocol), GeneratedCodecTest::writeFullOrder);
        assertArrayEquals(full, fullOrder().fastWrite(protocol));
        assertEquals(fullOrder(), Order.fastRead(full, protocol));

        byte[] minimal = libthrift(factory(protocol), GeneratedCodecTest::writeMinimalOrder);
        assertArrayEquals(minimal, minimalOrder().fastWrite(protocol));
        assertEquals(minimalOrder(), Order.fastRead(minimal, protocol));
    }
}
