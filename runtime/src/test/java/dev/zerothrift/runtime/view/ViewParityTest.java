package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.Random;

/**
 * libthrift writes a value through {@code TProtocol}; a view over those bytes reads the same value
 * through every getter, nested view, list view and map view: random schemas and values, and the
 * workloads of {@code workloads.thrift}, in both protocols, over one node, over many tiny ones and
 * over nodes of up to 96 bytes.
 */
@AddLifecycleHook(LeakCheckHook.class)
class ViewParityTest {

    private static void check(Protocol protocol, Struct value, long seed) {
        byte[] bytes = Libthrift.write(protocol, value);
        StructView view = new StructView(value.descriptor(), protocol, ViewOptions.STRICT);
        view.wrap(bytes, 0, bytes.length);
        assertEquals(value, FromView.struct(view), "one node");
        assertEquals(bytes.length, view.end());
        assertEquals(0, view.unknownCount());
        view.close();
        try (Chain chain = Chains.fragmented(bytes, new Random(seed))) {
            view.wrap(chain);
            assertEquals(value, FromView.struct(view), "many nodes");
            assertEquals(bytes.length, view.end());
        }
        // nodes long enough to hold most values whole: reads through the node in hand, and the
        // values that straddle two nodes through the chain
        try (Chain chain = Chains.fragmented(bytes, new Random(seed), 96)) {
            view.wrap(chain);
            assertEquals(value, FromView.struct(view), "nodes of up to 96 bytes");
            assertEquals(bytes.length, view.end());
        }
    }

    @Property(tries = 300)
    void randomSchemasAndValues(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        check(protocol, Model.randomStruct(random, d), seed);
    }

    @Property(tries = 50)
    void workloads(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        check(protocol, Workloads.request(random), seed);
        check(protocol, Workloads.batch(random), seed);
        check(protocol, Workloads.myTest(random, random.nextInt(300)), seed);
        check(protocol, Workloads.wideValue(random), seed);
        check(protocol, Workloads.lists(random, random.nextInt(200)), seed);
    }

    /** A view of an older schema keeps the fields it does not know as unknown byte ranges. */
    @Property(tries = 100)
    void fieldsOfANewerSchemaAreUnknown(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        Struct request = Workloads.request(random);
        byte[] bytes = Libthrift.write(protocol, request);
        StructDescriptor older =
                StructDescriptor.of(
                        "OldRequest",
                        StructDescriptor.Kind.STRUCT,
                        java.util.List.of(
                                Workloads.REQUEST.field(0),
                                Workloads.REQUEST.field(6),
                                Workloads.REQUEST.field(7)));
        StructView view = new StructView(older, protocol);
        view.wrap(bytes, 0, bytes.length);
        assertEquals(request.fields().get(0), view.getLong(0));
        assertEquals(request.fields().get(6), view.getShort(1));
        int expectedUnknown = request.fields().size() - 3;
        assertEquals(expectedUnknown, view.unknownCount());
        int[] ids = {2, 3, 4, 5, 6};
        int k = 0;
        for (int id : ids) {
            if (id == 6 && !request.fields().containsKey(5)) {
                continue;
            }
            UnknownField u = view.unknown(k++);
            assertEquals(id, u.id());
            assertTrue(u.headerPosition() < u.valuePosition());
            assertTrue(u.valuePosition() < u.end());
        }
        assertEquals(bytes.length, view.end());
        view.close();
    }

    @Property(tries = 20)
    void absentFieldsReadAsTheirDefaults(@ForAll Protocol protocol) {
        StructDescriptor d =
                StructDescriptor.of(
                        "Defaults",
                        StructDescriptor.Kind.STRUCT,
                        java.util.List.of(
                                new FieldDescriptor(
                                        1, "a", TypeDescriptor.I32, Requiredness.DEFAULT, 42L),
                                new FieldDescriptor(
                                        2, "b", TypeDescriptor.STRING, Requiredness.OPTIONAL, "x"),
                                new FieldDescriptor(
                                        3, "c", TypeDescriptor.BOOL, Requiredness.OPTIONAL, true),
                                new FieldDescriptor(
                                        4, "d", TypeDescriptor.DOUBLE, Requiredness.OPTIONAL, 1.5),
                                new FieldDescriptor(
                                        5, "e", TypeDescriptor.I64, Requiredness.OPTIONAL)));
        byte[] bytes = Libthrift.write(protocol, new Struct(d));
        StructView view = new StructView(d, protocol);
        view.wrap(bytes, 0, bytes.length);
        for (int slot = 0; slot < 5; slot++) {
            assertFalse(view.has(slot));
        }
        assertEquals(42, view.getInt(0));
        assertEquals("x", view.getString(1));
        assertTrue(view.getBool(2));
        assertEquals(1.5, view.getDouble(3));
        assertEquals(0, view.getLong(4));
        assertFalse(view.stringEquals(1, "x"));
        view.close();
    }
}
