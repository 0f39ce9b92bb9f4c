package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.view.Model.Pair;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * Adding, removing and replacing elements of lists and sets and entries of maps on parsed views, at
 * any depth (containers in structs, in containers, in structs in containers), over chains of many
 * small nodes, both protocols; then the bytes are exactly what libthrift writes for the expected
 * value (so the length is too, compact headers crossing 14 elements included), libthrift reads them
 * back, the edited views and a fresh strict view read the expected value, and no block leaked.
 */
@AddLifecycleHook(LeakCheckHook.class)
class ContainerEditTest {

    private static boolean isContainer(TypeDescriptor t) {
        return switch (t.kind()) {
            case LIST, SET, MAP -> true;
            default -> false;
        };
    }

    private static Chain encoded(Protocol protocol, TypeDescriptor t, Object value) {
        return Chain.copyOf(Libthrift.writeValue(protocol, t, value));
    }

    /** One structural edit somewhere under the struct {@code view}; false when none was found. */
    private static boolean editUnder(Random random, StructView view, Struct model) {
        StructDescriptor d = view.descriptor();
        List<Integer> slots = new ArrayList<>(model.fields().keySet());
        java.util.Collections.shuffle(slots, random);
        for (int slot : slots) {
            TypeDescriptor t = d.field(slot).type();
            Object value = model.fields().get(slot);
            if (t.kind() == ValueKind.STRUCT) {
                StructView nested = new StructView(t.struct());
                view.getStruct(slot, nested);
                if (editUnder(random, nested, (Struct) value)) {
                    return true;
                }
            } else if (t.kind() == ValueKind.MAP) {
                MapView map = new MapView();
                view.getMap(slot, map);
                return editMap(random, view.protocol(), map, castList(value), t);
            } else if (isContainer(t)) {
                ListView list = new ListView();
                view.getList(slot, list);
                return editList(random, view.protocol(), list, castList(value), t);
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }

    /** An edit of {@code list} (of type {@code t}) or of something inside one of its elements. */
    private static boolean editList(
            Random random, Protocol protocol, ListView list, List<Object> model, TypeDescriptor t) {
        TypeDescriptor element = t.element();
        boolean set = t.kind() == ValueKind.SET;
        int size = list.size();
        assertEquals(model.size(), size);
        int op = random.nextInt(size == 0 ? 1 : 5);
        if (op == 4) { // into an element
            int i = random.nextInt(size);
            Object value = model.get(i);
            if (element.kind() == ValueKind.STRUCT) {
                StructView nested = new StructView(element.struct());
                list.getStruct(i, nested);
                if (editUnder(random, nested, (Struct) value)) {
                    return true;
                }
            } else if (element.kind() == ValueKind.MAP && !set) {
                return editMap(
                        random, protocol, list.getMap(i, new MapView()), castList(value), element);
            } else if (isContainer(element) && !set) {
                return editList(
                        random,
                        protocol,
                        list.getList(i, new ListView()),
                        castList(value),
                        element);
            }
            op = 0;
        }
        switch (op) {
            case 0, 1 -> { // insert or append
                Object value =
                        set && size > 0 && random.nextInt(4) == 0
                                ? model.get(random.nextInt(size)) // a duplicate: a no-op
                                : Model.randomValue(random, element);
                int i = op == 0 ? random.nextInt(size + 1) : size;
                boolean expected = !set || !model.contains(value);
                boolean added;
                try (Chain bytes = encoded(protocol, element, value)) {
                    added = op == 0 ? list.insertEncoded(i, bytes) : list.addEncoded(bytes);
                }
                assertEquals(expected, added);
                if (expected) {
                    model.add(i, value);
                }
            }
            case 2 -> {
                int i = random.nextInt(size);
                list.remove(i);
                model.remove(i);
            }
            default -> {
                int i = random.nextInt(size);
                Object value = Model.randomValue(random, element);
                int other = model.indexOf(value);
                boolean replaced;
                try (Chain bytes = encoded(protocol, element, value)) {
                    replaced = list.replaceEncoded(i, bytes);
                }
                if (set && other >= 0 && other != i) {
                    assertFalse(replaced);
                    model.remove(i);
                } else {
                    assertTrue(replaced);
                    model.set(i, value);
                }
            }
        }
        assertEquals(model.size(), list.size());
        return true;
    }

    /** An edit of {@code map} (of type {@code t}) or of something inside one of its values. */
    private static boolean editMap(
            Random random, Protocol protocol, MapView map, List<Object> model, TypeDescriptor t) {
        int size = map.size();
        assertEquals(model.size(), size);
        int op = random.nextInt(size == 0 ? 1 : 4);
        if (op == 3) {
            int i = random.nextInt(size);
            Object value = ((Pair) model.get(i)).value();
            TypeDescriptor vt = t.value();
            ListView values = map.values(new ListView());
            if (vt.kind() == ValueKind.STRUCT) {
                StructView nested = new StructView(vt.struct());
                values.getStruct(i, nested);
                if (editUnder(random, nested, (Struct) value)) {
                    return true;
                }
            } else if (vt.kind() == ValueKind.MAP) {
                return editMap(
                        random, protocol, values.getMap(i, new MapView()), castList(value), vt);
            } else if (vt.kind() == ValueKind.LIST) {
                return editList(
                        random, protocol, values.getList(i, new ListView()), castList(value), vt);
            }
            op = 0;
        }
        switch (op) {
            case 0 -> { // put: a new key, or one that is there
                Object key =
                        size > 0 && random.nextBoolean()
                                ? ((Pair) model.get(random.nextInt(size))).key()
                                : Model.randomValue(random, t.key());
                Object value = Model.randomValue(random, t.value());
                int at = indexOfKey(model, key);
                boolean added;
                try (Chain k = encoded(protocol, t.key(), key);
                        Chain v = encoded(protocol, t.value(), value)) {
                    added = map.putEncoded(k, v);
                }
                assertEquals(at < 0, added);
                if (at < 0) {
                    model.add(new Pair(key, value));
                } else {
                    model.set(at, new Pair(key, value));
                }
            }
            case 1 -> {
                Object key =
                        random.nextBoolean()
                                ? ((Pair) model.get(random.nextInt(size))).key()
                                : Model.randomValue(random, t.key());
                int at = indexOfKey(model, key);
                boolean removed;
                try (Chain k = encoded(protocol, t.key(), key)) {
                    removed = map.removeEncoded(k);
                }
                assertEquals(at >= 0, removed);
                if (at >= 0) {
                    model.remove(at);
                }
            }
            default -> {
                int i = random.nextInt(size);
                map.removeAt(i);
                model.remove(i);
            }
        }
        assertEquals(model.size(), map.size());
        return true;
    }

    private static int indexOfKey(List<Object> entries, Object key) {
        for (int i = 0; i < entries.size(); i++) {
            if (((Pair) entries.get(i)).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the edited index records what a fresh walk over the edited bytes does, for every
     * value the message holds: positions, ends, counts, tables.
     */
    static void sameIndex(
            MessageIndex edited, int r1, MessageIndex fresh, int r2, StructDescriptor d) {
        IndexArena a = edited.arena;
        IndexArena b = fresh.arena;
        assertEquals(b.pos[r2], a.pos[r1], "stop byte of " + d.name());
        for (int s = 0; s < d.fieldCount(); s++) {
            int e1 = r1 + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
            int e2 = r2 + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s;
            String what = d.name() + "." + d.field(s).name();
            assertEquals(b.pos[e2], a.pos[e1], "header of " + what);
            if (b.pos[e2] < 0) {
                continue;
            }
            assertEquals(b.link[e2 + 1], a.link[e1 + 1], "value offset of " + what);
            assertEquals(b.pos[e2 + 2], a.pos[e1 + 2], "end of " + what);
            sameValue(edited, a.link[e1], fresh, b.link[e2], d.field(s).type(), what);
        }
    }

    private static void sameValue(
            MessageIndex edited,
            int c1,
            MessageIndex fresh,
            int c2,
            TypeDescriptor t,
            String what) {
        IndexArena a = edited.arena;
        IndexArena b = fresh.arena;
        switch (t.kind()) {
            case STRUCT -> sameIndex(edited, c1, fresh, c2, t.struct());
            case LIST, SET, MAP -> {
                assertEquals(b.pos[c2], a.pos[c1], "header of " + what);
                assertEquals(b.link[c2], a.link[c1], "count of " + what);
                if (b.link[c2] > 0) { // an empty container's first position is not kept
                    assertEquals(b.pos[c2 + 1], a.pos[c1 + 1], "first of " + what);
                }
                assertEquals(b.pos[c2 + 2], a.pos[c1 + 2], "end of " + what);
                int t2 = b.link[c2 + 2];
                if (t2 < 0) {
                    return;
                }
                int t1 = a.link[c1 + 2];
                boolean map = t.kind() == ValueKind.MAP;
                int w = map ? 2 : 1;
                for (int i = 0; i < w * b.link[c2]; i++) {
                    assertEquals(b.pos[t2 + i], a.pos[t1 + i], "item " + i + " of " + what);
                    TypeDescriptor type = !map ? t.element() : i % 2 == 0 ? t.key() : t.value();
                    if (b.link[t2 + i] >= 0) {
                        sameValue(
                                edited,
                                a.link[t1 + i],
                                fresh,
                                b.link[t2 + i],
                                type,
                                what + "[" + i + "]");
                    }
                }
            }
            default -> {}
        }
    }

    private static void check(Protocol protocol, Chain chain, StructView view, Struct expected)
            throws Exception {
        byte[] bytes = chain.toByteArray();
        assertArrayEquals(Libthrift.write(protocol, expected), bytes, expected::toString);
        assertEquals(expected, Libthrift.read(protocol, expected.descriptor(), bytes));
        assertEquals(expected, FromView.struct(view));
        assertEquals(bytes.length, view.encodedLength());
        try (StructView fresh =
                new StructView(expected.descriptor(), protocol, ViewOptions.STRICT)) {
            fresh.wrap(chain);
            assertEquals(expected, FromView.struct(fresh));
            sameIndex(view.index, view.record, fresh.index, fresh.record, expected.descriptor());
        }
    }

    @Property(tries = 1000)
    void randomContainerEdits(@ForAll long seed, @ForAll Protocol protocol) throws Exception {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        Assume.that(!Model.hasUuidContainer(TypeDescriptor.struct(d), new HashSet<>()));
        Struct expected = Model.randomStruct(random, d);
        byte[] bytes = Libthrift.write(protocol, expected);
        try (Chain chain = Chains.fragmented(bytes, random)) {
            StructView view = new StructView(d, protocol);
            view.wrap(chain);
            int edits = random.nextInt(40);
            for (int i = 0; i < edits; i++) {
                if (!editUnder(random, view, expected)) {
                    break;
                }
                if (random.nextInt(6) == 0) {
                    check(protocol, chain, view, expected);
                }
            }
            check(protocol, chain, view, expected);
        }
    }

    private static final StructDescriptor HOLDER =
            StructDescriptor.of(
                    "Holder",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(
                                    1,
                                    "strings",
                                    TypeDescriptor.listOf(TypeDescriptor.STRING),
                                    Requiredness.DEFAULT),
                            new FieldDescriptor(
                                    2,
                                    "ids",
                                    TypeDescriptor.setOf(TypeDescriptor.I64),
                                    Requiredness.DEFAULT),
                            new FieldDescriptor(
                                    3,
                                    "attrs",
                                    TypeDescriptor.mapOf(TypeDescriptor.STRING, TypeDescriptor.I32),
                                    Requiredness.DEFAULT),
                            new FieldDescriptor(
                                    4, "after", TypeDescriptor.I32, Requiredness.DEFAULT)));

    private static Struct holder() {
        return new Struct(HOLDER)
                .with(0, new ArrayList<>())
                .with(1, new ArrayList<>())
                .with(2, new ArrayList<>())
                .with(3, 7);
    }

    @Example
    void compactHeadersGrowPastFourteenAndShrinkBack() throws Exception {
        Struct expected = holder();
        byte[] bytes = Libthrift.write(Protocol.COMPACT, expected);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView view = new StructView(HOLDER, Protocol.COMPACT).wrap(chain);
            ListView strings = new ListView();
            view.getList(0, strings);
            ListView held = new ListView(); // a second view of the same list, held across edits
            view.getList(0, held);
            for (int i = 0; i < 20; i++) {
                assertTrue(strings.addString("s" + i));
                castList(expected.fields().get(0)).add("s" + i);
                check(Protocol.COMPACT, chain, view, expected);
            }
            assertEquals(20, held.size());
            assertEquals("s19", held.getString(19));
            for (int i = 0; i < 20; i++) {
                strings.remove(0);
                castList(expected.fields().get(0)).remove(0);
                check(Protocol.COMPACT, chain, view, expected);
            }
            assertEquals(7, view.getInt(3));
        }
    }

    @Example
    void aSetDoesNotTakeAnElementTwice() throws Exception {
        Struct expected = holder();
        byte[] bytes = Libthrift.write(Protocol.BINARY, expected);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView view = new StructView(HOLDER, Protocol.BINARY).wrap(chain);
            ListView ids = new ListView();
            view.getList(1, ids);
            assertTrue(ids.addLong(5));
            assertTrue(ids.addLong(6));
            assertFalse(ids.addLong(5));
            assertEquals(2, ids.size());
            castList(expected.fields().get(1)).addAll(List.of(5L, 6L));
            check(Protocol.BINARY, chain, view, expected);
        }
    }

    @Example
    void mapsPutReplaceAndRemove() throws Exception {
        Struct expected = holder();
        for (Protocol protocol : Protocol.values()) {
            byte[] bytes = Libthrift.write(protocol, expected);
            try (Chain chain = Chain.copyOf(bytes)) {
                StructView view = new StructView(HOLDER, protocol).wrap(chain);
                MapView attrs = new MapView();
                view.getMap(2, attrs);
                ListView keys = attrs.keys(new ListView());
                Struct model = holder();
                for (int i = 0; i < 3; i++) {
                    try (Chain k = encoded(protocol, TypeDescriptor.STRING, "k" + i);
                            Chain v = encoded(protocol, TypeDescriptor.I32, i)) {
                        assertTrue(attrs.putEncoded(k, v));
                    }
                    castList(model.fields().get(2)).add(new Pair("k" + i, i));
                }
                try (Chain k = encoded(protocol, TypeDescriptor.STRING, "k1");
                        Chain v = encoded(protocol, TypeDescriptor.I32, 100_000)) {
                    assertFalse(attrs.putEncoded(k, v)); // a longer varint in compact
                }
                castList(model.fields().get(2)).set(1, new Pair("k1", 100_000));
                check(protocol, chain, view, model);
                assertEquals("k2", keys.getString(2)); // the key view follows the edits
                try (Chain k = encoded(protocol, TypeDescriptor.STRING, "k0")) {
                    assertTrue(attrs.removeEncoded(k));
                    assertFalse(attrs.removeEncoded(k));
                }
                castList(model.fields().get(2)).remove(0);
                check(protocol, chain, view, model);
                assertThrows(UnsupportedOperationException.class, () -> keys.addString("x"));
            }
        }
    }

    @Example
    void badBytesLeaveTheMessageAsItWas() throws Exception {
        Struct expected = holder();
        byte[] bytes = Libthrift.write(Protocol.BINARY, expected);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView view = new StructView(HOLDER, Protocol.BINARY).wrap(chain);
            ListView strings = new ListView();
            view.getList(0, strings);
            try (Chain bad = Chain.copyOf(new byte[] {0, 0, 0, 9, 'x'})) {
                assertThrows(ProtocolException.class, () -> strings.addEncoded(bad));
            }
            assertThrows(IllegalArgumentException.class, () -> strings.addLong(1));
            assertThrows(IndexOutOfBoundsException.class, () -> strings.insertString(1, "x"));
            check(Protocol.BINARY, chain, view, expected);
        }
    }
}
