package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.features.Choice;
import dev.zerothrift.codegentests.features.ChoiceView;
import dev.zerothrift.codegentests.features.Color;
import dev.zerothrift.codegentests.features.Failure;
import dev.zerothrift.codegentests.features.FailureView;
import dev.zerothrift.codegentests.features.Keywords;
import dev.zerothrift.codegentests.features.KeywordsView;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.NestedView;
import dev.zerothrift.codegentests.features.Presence;
import dev.zerothrift.codegentests.features.PresenceView;
import dev.zerothrift.codegentests.features.V2;
import dev.zerothrift.codegentests.features.V2View;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Views of the feature IDL: defaults, presence, unions, exceptions, recursion, odd names. */
class FeatureViewsTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void absentFieldsReadAsTheirIdlDefaults(Protocol protocol) {
        Presence p = new Presence().setId(1).setName("n");
        p.setLabel(null);
        p.setNumbers(null);
        byte[] bytes = p.fastWrite(protocol);
        try (PresenceView view = new PresenceView(protocol).wrap(bytes)) {
            assertEquals(1, view.id());
            assertEquals("n", view.name());
            assertFalse(view.hasCount());
            assertEquals(0, view.count());
            assertEquals("none", view.label()); // the IDL default
            assertEquals(0.5, view.ratio());
            assertNull(view.color());
            assertEquals(0, view.numbersSize());
            view.setCount(77);
            view.setColor(Color.BLUE);
            view.setNote("inserted");
            // what was written: label and numbers absent ...
            Presence written = new Presence().setId(1).setName("n").setCount(77);
            written.setLabel(null);
            written.setNumbers(null);
            written.setColor(Color.BLUE).setNote("inserted");
            assertEquals(written.encodedLength(protocol), view.encodedLength());
            // ... which a decoder reads as their IDL defaults
            Presence expected =
                    new Presence().setId(1).setName("n").setCount(77).setColor(Color.BLUE);
            expected.setNote("inserted");
            assertEquals(expected, Presence.fastRead(view.chain().toByteArray(), protocol));
            assertEquals(expected, view.toPojo());
            view.unsetColor();
            view.unsetCount();
            expected.unsetColor();
            expected.unsetCount();
            assertEquals(expected, Presence.fastRead(view.chain().toByteArray(), protocol));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void unionsExceptionsAndUnknownEnumValues(Protocol protocol) {
        Choice choice = new Choice().setText("picked");
        try (ChoiceView view = new ChoiceView(protocol).wrap(choice.fastWrite(protocol))) {
            assertTrue(view.hasText());
            assertFalse(view.hasNumber());
            assertEquals("picked", view.text());
            assertNull(view.presence());
            assertEquals(choice, view.toPojo());
        }
        Failure failure = new Failure().setMessage("boom").setCode(3);
        try (FailureView view = new FailureView(protocol).wrap(failure.fastWrite(protocol))) {
            assertEquals("boom", view.message());
            assertEquals(3, view.code());
            assertEquals(failure, view.toPojo());
        }
        try (Chain chain = new Chain()) {
            new V2View.Writer().begin(chain, protocol).id(1).end();
            try (V2View view = new V2View(protocol).wrap(chain)) {
                view.setEnum(4, 99); // a value the IDL does not declare
                assertNull(view.color());
                assertEquals(99, view.colorValue());
                assertFalse(view.toPojo().isSetColor());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aUnionWriterHoldsExactlyOneField(Protocol protocol) {
        try (Chain chain = new Chain()) {
            ChoiceView.Writer writer = new ChoiceView.Writer().begin(chain, protocol).text("one");
            IllegalStateException second =
                    assertThrows(IllegalStateException.class, () -> writer.number(2));
            assertEquals(
                    "union Choice already holds text: it cannot also hold number",
                    second.getMessage());
            writer.end(); // the refused field wrote nothing: the message is still the first one
            try (ChoiceView view = new ChoiceView(protocol).wrap(chain)) {
                assertEquals(new Choice().setText("one"), view.toPojo());
            }
        }
        try (Chain chain = new Chain()) {
            ChoiceView.Writer empty = new ChoiceView.Writer().begin(chain, protocol);
            IllegalStateException none = assertThrows(IllegalStateException.class, empty::end);
            assertEquals("union Choice ended with no field written", none.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void recursiveAndDeeplyNestedTypesConvertBothWays(Protocol protocol) {
        Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
        deep.put("a", List.of(new LinkedHashSet<>(List.of(1L, 2L)), new LinkedHashSet<>()));
        Map<Color, ByteBuffer> blobs = new LinkedHashMap<>();
        blobs.put(Color.GREEN, ByteBuffer.wrap(new byte[] {1, 2}));
        Nested inner = new Nested().setId(new UUID(1, 2));
        Nested outer =
                new Nested()
                        .setDeep(deep)
                        .setChoices(List.of(new Choice().setNumber(4), new Choice().setText("t")))
                        .setColors(new LinkedHashSet<>(List.of(Color.RED, Color.BLUE)))
                        .setBlobs(blobs)
                        .setChild(inner)
                        .setId(new UUID(-1, 5));
        try (Chain chain = new Chain()) {
            NestedView view = NestedView.from(outer, chain, protocol);
            assertEquals(outer, view.toPojo());
            assertEquals(new UUID(-1, 5), view.id());
            assertEquals(new UUID(1, 2), view.child().id());
            assertNull(view.child().child());
            assertEquals(2, view.choicesSize());
            assertEquals(4, view.choicesAt(0).number());
            assertEquals("t", view.choicesAt(1).text());
            assertEquals(Color.RED, view.colorsAt(0));
            assertEquals(Color.GREEN, view.blobsKeyAt(0));
            assertEquals(ByteBuffer.wrap(new byte[] {1, 2}), view.blobsValueAt(0));
            assertEquals(1, view.deepSize());
            assertEquals("a", view.deepKeyAt(0));

            Nested replaced = new Nested().setId(new UUID(3, 3));
            view.setChild(replaced);
            view.setChoices(List.of());
            outer.setChild(replaced).setChoices(List.of());
            assertEquals(outer, Nested.fastRead(chain.toByteArray(), protocol));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void javaNamesDoNotHideTheViewsOwnMethods(Protocol protocol) {
        Keywords k =
                new Keywords().setClass_(1).setGet_x("a").setGetX("b").setHashCode(5).setSet(true);
        try (KeywordsView view = new KeywordsView(protocol).wrap(k.fastWrite(protocol))) {
            assertEquals(k, view.toPojo());
            assertEquals(5, view.hashCode_());
            assertTrue(view.set());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aViewOfAnotherTypeIsRefused(Protocol protocol) {
        assertThrows(
                IllegalStateException.class,
                () -> new PresenceView().wrap(new byte[] {0}),
                "a nested view is not wrapped");
        byte[] bytes = new V2().setId(1).setAdded("x").fastWrite(protocol);
        try (PresenceView view = new PresenceView(protocol)) {
            assertThrows(ProtocolException.class, () -> view.wrap(bytes));
        }
    }
}
