package dev.zerothrift.codegentests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.codegentests.features.Choice;
import dev.zerothrift.codegentests.features.Color;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.Presence;
import dev.zerothrift.codegentests.features.V2;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A null inside a container (an element, a map key or value) and an unset required field of a
 * nested struct fail the length computation with an error naming the field and the path to the
 * null, so not one byte is written.
 */
class NullElementTest {
    /** Writes {@code value} to a sink that records how much was written, expecting the error. */
    private static ProtocolException writeFails(ThriftStruct value, Protocol protocol) {
        ConcurrentMutationTest.MutatingSink sink =
                new ConcurrentMutationTest.MutatingSink(() -> {});
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> value.fastWrite(sink, protocol));
        assertEquals(0, sink.written(), "bytes written before the error");
        assertThrows(ProtocolException.class, () -> value.fastWrite(protocol));
        return e;
    }

    private static void assertNullAt(
            ThriftStruct value, Protocol protocol, String field, int id, String what) {
        ProtocolException e = writeFails(value, protocol);
        assertEquals(ProtocolException.Kind.INVALID_DATA, e.kind());
        assertEquals(id, e.fieldId());
        assertEquals(
                "cannot write "
                        + value.getClass().getSimpleName()
                        + ": field '"
                        + field
                        + "' ("
                        + id
                        + ") holds "
                        + what
                        + ", and Thrift containers cannot hold null",
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nullStructElementOfAList(Protocol protocol) {
        Nested nested = new Nested().setChoices(Arrays.asList(new Choice().setNumber(1), null));
        assertNullAt(nested, protocol, "choices", 2, "a null element at choices[1]");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nullEnumElementOfASetOfFixedSize(Protocol protocol) {
        Set<Color> colors = new LinkedHashSet<>(Arrays.asList(Color.RED, null));
        assertNullAt(
                new Nested().setColors(colors),
                protocol,
                "colors",
                3,
                "a null element at colors[1]");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nullDeepInsideNestedContainers(Protocol protocol) {
        Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
        deep.put("a", List.of(Set.of(1L)));
        deep.put("b", List.of(Set.of(), new LinkedHashSet<>(Arrays.asList(2L, null))));
        assertNullAt(
                new Nested().setDeep(deep),
                protocol,
                "deep",
                1,
                "a null element at deep[\"b\"][1][1]");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nullMapValue(Protocol protocol) {
        Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
        deep.put("a", null);
        assertNullAt(
                new Nested().setDeep(deep), protocol, "deep", 1, "a null element at deep[\"a\"]");
        Map<Color, ByteBuffer> blobs = new LinkedHashMap<>();
        blobs.put(Color.GREEN, null);
        assertNullAt(
                new Nested().setBlobs(blobs),
                protocol,
                "blobs",
                4,
                "a null element at blobs[GREEN]");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nullMapKey(Protocol protocol) {
        Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
        deep.put(null, List.of());
        assertNullAt(new Nested().setDeep(deep), protocol, "deep", 1, "a null key in the map deep");
        // In a map of fixed-size values, inside a list: the path names the list index.
        Map<String, Integer> row = new LinkedHashMap<>();
        row.put(null, 1);
        V2 v2 = new V2().setNested(new ArrayList<>(List.of(Map.of("a", 1), row)));
        assertNullAt(v2, protocol, "nested", 4, "a null key in the map nested[1]");
        Map<String, Integer> nullValue = new LinkedHashMap<>();
        nullValue.put("k", null);
        assertNullAt(
                new V2().setNested(List.of(nullValue)),
                protocol,
                "nested",
                4,
                "a null element at nested[0][\"k\"]");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void unsetRequiredFieldOfANestedStructFailsBeforeAnyByte(Protocol protocol) {
        Presence missingName = new Presence().setId(1);
        Nested nested =
                new Nested()
                        .setChoices(
                                List.of(
                                        new Choice().setNumber(1),
                                        new Choice().setPresence(missingName)));
        ProtocolException e = writeFails(nested, protocol);
        assertEquals(ProtocolException.Kind.MISSING_REQUIRED, e.kind());
        assertEquals("required field 'name' of Presence is not set", e.getMessage());
        assertEquals(
                "union Choice has no field set",
                writeFails(new Nested().setChoices(List.of(new Choice())), protocol).getMessage());
    }
}
