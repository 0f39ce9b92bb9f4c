package dev.zerothrift.codegentests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.features.Choice;
import dev.zerothrift.codegentests.features.Color;
import dev.zerothrift.codegentests.features.Failure;
import dev.zerothrift.codegentests.features.FeaturesConstants;
import dev.zerothrift.codegentests.features.Keywords;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.Presence;
import dev.zerothrift.codegentests.features.V1;
import dev.zerothrift.codegentests.features.V2;
import dev.zerothrift.runtime.codec.ThriftException;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Presence, defaults, unions, exceptions, unknown fields, names and constants. */
class FeaturesTest {
    @Test
    void defaultsAreSetButPrimitiveDefaultsAreNotMarkedSet() {
        Presence p = new Presence();
        assertEquals("none", p.getLabel());
        assertTrue(p.isSetLabel());
        assertEquals(0.5, p.getRatio());
        assertFalse(p.isSetRatio());
        assertArrayEquals(new int[] {1, 2, 3}, p.getNumbers());
        assertNull(p.getNote());
        assertFalse(p.isSetCount());
        p.setCount(5);
        assertTrue(p.isSetCount());
        p.unsetCount();
        assertFalse(p.isSetCount());
        assertEquals(0, p.getCount());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void requiredFieldsAreCheckedOnWriteAndOnRead(Protocol protocol) {
        Presence missingName = new Presence().setId(1);
        ProtocolException write =
                assertThrows(ProtocolException.class, () -> missingName.fastWrite(protocol));
        assertEquals(ProtocolException.Kind.MISSING_REQUIRED, write.kind());
        assertEquals("required field 'name' of Presence is not set", write.getMessage());
        assertThrows(ProtocolException.class, () -> Presence.builder().id(1).build());

        // V1 {1: id} read as Presence: id is there (i32 wanted, i64 found: skipped), name is not.
        byte[] bytes = new V1().setId(3).fastWrite(protocol);
        ProtocolException read =
                assertThrows(ProtocolException.class, () -> Presence.fastRead(bytes, protocol));
        assertEquals(ProtocolException.Kind.MISSING_REQUIRED, read.kind());
        assertTrue(
                read.getMessage().startsWith("required field 'id' (1) of Presence is missing"),
                read::getMessage);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void optionalFieldsAreWrittenOnlyWhenSet(Protocol protocol) {
        Presence p = Presence.builder().id(1).name("n").build();
        Presence read = Presence.fastRead(p.fastWrite(protocol), protocol);
        assertEquals(p, read);
        assertFalse(read.isSetCount());
        assertFalse(read.isSetNote());
        assertTrue(read.isSetPlain()); // default requiredness: always written
        p.setCount(9).setNote("x").setColor(Color.BLUE);
        assertEquals(p, Presence.fastRead(p.fastWrite(protocol), protocol));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aUnionHoldsExactlyOneField(Protocol protocol) {
        Choice choice = new Choice().setNumber(4).setText("four");
        assertFalse(choice.isSetNumber());
        assertEquals("four", choice.getText());
        assertEquals(choice, Choice.fastRead(choice.fastWrite(protocol), protocol));

        ProtocolException unset =
                assertThrows(ProtocolException.class, () -> new Choice().fastWrite(protocol));
        assertEquals("union Choice has no field set", unset.getMessage());

        // Two fields on the wire: not a union value.
        ArraySink sink = new ArraySink();
        ProtocolWriter w = protocol.newWriter(sink);
        w.writeStructBegin();
        w.writeFieldBegin(WireType.I32, 1);
        w.writeI32(4);
        w.writeFieldBegin(WireType.STRING, 2);
        w.writeString("four");
        w.writeFieldStop();
        w.writeStructEnd();
        ProtocolException two =
                assertThrows(
                        ProtocolException.class,
                        () -> Choice.fastRead(sink.toByteArray(), protocol));
        assertTrue(two.getMessage().startsWith("union Choice has 2 fields, expected one"));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void exceptionsAreThriftExceptions(Protocol protocol) {
        Failure failure = new Failure().setMessage("disk full").setCode(28);
        assertInstanceOf(ThriftException.class, failure);
        assertInstanceOf(Exception.class, failure);
        assertEquals("disk full", failure.getMessage());
        Failure read = Failure.fastRead(failure.fastWrite(protocol), protocol);
        assertEquals(failure, read);
        assertEquals(28, read.getCode());
        assertEquals(0, read.getStackTrace().length);
    }

    static V2 v2() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("x", 1);
        m.put("y", -2);
        return new V2()
                .setId(77)
                .setAdded("new field")
                .setFlag(true)
                .setNested(new java.util.ArrayList<>(List.of(m, Map.of())))
                .setColor(Color.GREEN);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void unknownFieldsAreKeptAndWrittenBack(Protocol protocol) {
        V2 v2 = v2();
        byte[] bytes = v2.fastWrite(protocol);
        V1 v1 = V1.fastRead(bytes, protocol);
        assertEquals(77, v1.getId());
        int[] ids = v1.unknownFields().ids(); // in the order V2 wrote them
        Arrays.sort(ids);
        assertArrayEquals(new int[] {2, 3, 4, 5}, ids);
        byte[] again = v1.fastWrite(protocol);
        assertEquals(v1.encodedLength(protocol), again.length);
        assertArrayEquals(bytes, again);
        // The protocol writer's path (a chain's, with strings to link) writes them back the same.
        ArraySink sink = new ArraySink();
        v1.write(protocol.newWriter(sink));
        assertArrayEquals(bytes, sink.toByteArray());
        assertEquals(v2, V2.fastRead(again, protocol));
    }

    @Test
    void unknownFieldsAreConvertedToTheOtherProtocol() {
        V2 v2 = v2();
        V1 v1 = V1.fastRead(v2.fastWrite(Protocol.BINARY), Protocol.BINARY);
        byte[] compact = v1.fastWrite(Protocol.COMPACT);
        assertEquals(v1.encodedLength(Protocol.COMPACT), compact.length);
        // The same fields; unknown ones follow in the order read (the binary write put V2's
        // fixed-size fields first), so the bytes need not be V2's own compact bytes.
        assertEquals(v2, V2.fastRead(compact, Protocol.COMPACT));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anEnumValueNoMemberHasIsKeptAsAnUnknownField(Protocol protocol) {
        ArraySink sink = new ArraySink();
        ProtocolWriter w = protocol.newWriter(sink);
        w.writeStructBegin();
        w.writeFieldBegin(WireType.I64, 1);
        w.writeI64(1);
        w.writeFieldBegin(WireType.I32, 5);
        w.writeI32(99);
        w.writeFieldStop();
        w.writeStructEnd();
        byte[] bytes = sink.toByteArray();
        V2 read = V2.fastRead(bytes, protocol);
        assertNull(read.getColor());
        assertArrayEquals(new int[] {5}, read.unknownFields().ids());
        ArraySink value = new ArraySink();
        protocol.newWriter(value).writeI32(99);
        assertArrayEquals(value.toByteArray(), read.unknownFields().bytes(5, protocol));
        // Written back (after the fields V2 always writes) and read again: still there.
        V2 again = V2.fastRead(read.fastWrite(protocol), protocol);
        assertEquals(read.unknownFields(), again.unknownFields());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nestedContainersRoundTrip(Protocol protocol) {
        Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
        deep.put("a", List.of(new LinkedHashSet<>(List.of(1L, 2L)), Set.of()));
        deep.put("b", List.of());
        Map<Color, ByteBuffer> blobs = new LinkedHashMap<>();
        blobs.put(Color.RED, ByteBuffer.wrap(new byte[] {1, 2, 3}));
        Nested inner = new Nested().setId(UUID.randomUUID());
        Nested nested =
                new Nested()
                        .setDeep(deep)
                        .setChoices(List.of(new Choice().setText("t"), new Choice().setNumber(2)))
                        .setColors(new LinkedHashSet<>(List.of(Color.BLUE, Color.RED)))
                        .setBlobs(blobs)
                        .setChild(inner)
                        .setId(new UUID(1, 2));
        byte[] bytes = nested.fastWrite(protocol);
        assertEquals(nested.encodedLength(protocol), bytes.length);
        assertEquals(nested, Nested.fastRead(bytes, protocol));
    }

    @Test
    void javaKeywordsAndCollidingNamesGetDistinctAccessors() {
        Keywords k = new Keywords().setClass_(1).setGet_x("a").setGetX("b").setHashCode(3);
        k.setSet(true);
        assertEquals(1, k.getClass_());
        assertEquals("a", k.getGet_x());
        assertEquals("b", k.getGetX());
        assertEquals(3, k.getHashCode());
        assertTrue(k.isSet());
        assertTrue(k.isSetSet());
        assertEquals(k, Keywords.fastRead(k.fastWrite(Protocol.BINARY), Protocol.BINARY));
    }

    @Test
    void constantsAreTypedValues() {
        assertEquals(List.of(Map.of("a", 1), Map.of("b", 2, "c", 3)), FeaturesConstants.TABLE);
        assertEquals(7, FeaturesConstants.DEFAULT_PRESENCE.getId());
        assertEquals("seven", FeaturesConstants.DEFAULT_PRESENCE.getName());
        assertEquals(Set.of(Color.RED), FeaturesConstants.WARM);
        ThriftStruct s = FeaturesConstants.DEFAULT_PRESENCE;
        assertTrue(s.encodedLength(Protocol.BINARY) > 0);
        assertEquals(2, Color.GREEN.value());
        assertEquals(Color.BLUE, Color.findByValue(3));
        assertNull(Color.findByValue(4));
    }
}
