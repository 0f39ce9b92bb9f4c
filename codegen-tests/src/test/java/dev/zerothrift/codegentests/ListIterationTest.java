package dev.zerothrift.codegentests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.codegentests.features.Choice;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.NestedView;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated code walks a {@code RandomAccess} list by index and any other list with its
 * iterator: both give the same bytes, on every path (an array, a chain with a string linked by
 * reference, so through the protocol writer, a view's writer), and the same null-element error.
 */
class ListIterationTest {
    /** A string long enough for a chain to link it rather than copy it. */
    private static final String LONG = "x".repeat(Chain.DEFAULT_REFERENCE_THRESHOLD);

    private static Nested nested(List<Choice> choices, List<Set<Long>> sets) {
        Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
        deep.put("a", sets);
        return new Nested().setChoices(choices).setDeep(deep);
    }

    private static List<Choice> choices() {
        return List.of(
                new Choice().setNumber(1), new Choice().setText(LONG), new Choice().setNumber(3));
    }

    private static byte[] viaChain(Nested value, Protocol protocol) {
        try (Chain chain = new Chain()) {
            value.fastWrite(chain.sink(), protocol);
            return chain.toByteArray();
        }
    }

    private static byte[] viaViewWriter(Nested value, Protocol protocol) {
        try (Chain chain = new Chain()) {
            new NestedView.Writer()
                    .begin(chain, protocol)
                    .deep(value.getDeep())
                    .choices(value.getChoices())
                    .end();
            return chain.toByteArray();
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aLinkedListWritesWhatAnArrayListWrites(Protocol protocol) {
        List<Choice> choices = choices();
        List<Set<Long>> sets = List.of(Set.of(1L), Set.of(), Set.of(2L));
        Nested byIndex = nested(new ArrayList<>(choices), new ArrayList<>(sets));
        Nested byIterator = nested(new LinkedList<>(choices), new LinkedList<>(sets));

        byte[] expected = byIndex.fastWrite(protocol);
        assertArrayEquals(expected, byIterator.fastWrite(protocol));
        assertEquals(byIndex, Nested.fastRead(expected, protocol));
        assertArrayEquals(viaChain(byIndex, protocol), viaChain(byIterator, protocol));
        assertArrayEquals(viaViewWriter(byIndex, protocol), viaViewWriter(byIterator, protocol));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aNullInALinkedListIsReportedAtItsIndex(Protocol protocol) {
        Nested nested =
                new Nested()
                        .setChoices(
                                new LinkedList<>(Arrays.asList(new Choice().setNumber(1), null)));
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> nested.fastWrite(protocol));
        assertEquals(
                "cannot write Nested: field 'choices' (2) holds a null element at choices[1], and"
                        + " Thrift containers cannot hold null",
                e.getMessage());
    }
}
