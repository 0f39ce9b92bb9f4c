package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.Model.Bin;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Setters on parsed views: random sequences of sets and unsets, on the root and on nested structs,
 * of list and set elements, and of whole structs and containers encoded apart ({@code setEncoded}),
 * over a chain of many small nodes; then libthrift decodes the bytes to the expected value, the
 * bytes are exactly what libthrift writes for it (so the length is too), the views still read it,
 * and no block leaked.
 */
@AddLifecycleHook(LeakCheckHook.class)
class ViewEditTest {

    private static boolean editable(ValueKind kind) {
        return switch (kind) {
            case STRUCT, LIST, SET, MAP -> false;
            default -> true;
        };
    }

    /** Sets or unsets one field somewhere in the struct tree, in the view and in {@code model}. */
    private static void randomEdit(Random random, StructView view, Struct model) {
        StructDescriptor d = view.descriptor();
        if (d.fieldCount() == 0) {
            return;
        }
        int slot = random.nextInt(d.fieldCount());
        FieldDescriptor f = d.field(slot);
        ValueKind kind = f.type().kind();
        if (!editable(kind) && random.nextInt(4) == 0) {
            // a whole new value, encoded apart and indexed before it goes in
            Object value = Model.randomValue(random, f.type());
            try (Chain encoded =
                    Chain.copyOf(Libthrift.writeValue(view.protocol(), f.type(), value))) {
                view.setEncoded(slot, encoded);
            }
            model.fields().put(slot, value);
            return;
        }
        if ((kind == ValueKind.LIST || kind == ValueKind.SET) && view.has(slot)) {
            ListView list = new ListView();
            view.getList(slot, list);
            TypeDescriptor element = f.type().element();
            if (list.size() > 0 && editable(element.kind()) && random.nextBoolean()) {
                int i = random.nextInt(list.size());
                Object value = Model.randomValue(random, element);
                setElement(list, i, element.kind(), value);
                @SuppressWarnings("unchecked")
                List<Object> elements = (List<Object>) model.fields().get(slot);
                elements.set(i, normalize(value));
                return;
            }
        }
        if (kind == ValueKind.STRUCT) {
            if (view.has(slot)) {
                StructView nested = new StructView(f.type().struct());
                view.getStruct(slot, nested);
                randomEdit(random, nested, (Struct) model.fields().get(slot));
            }
            return;
        }
        if (!editable(kind)) {
            if (f.requiredness() != Requiredness.REQUIRED && random.nextInt(3) == 0) {
                view.unset(slot);
                model.fields().remove(slot);
            }
            return;
        }
        if (f.requiredness() != Requiredness.REQUIRED && random.nextInt(4) == 0) {
            view.unset(slot);
            model.fields().remove(slot);
            return;
        }
        Object value = Model.randomValue(random, f.type());
        switch (kind) {
            case BOOL -> view.setBool(slot, (Boolean) value);
            case I8 -> view.setByte(slot, (Byte) value);
            case I16 -> view.setShort(slot, (Short) value);
            case I32 -> view.setInt(slot, (Integer) value);
            case ENUM -> view.setEnum(slot, (Integer) value);
            case I64 -> view.setLong(slot, (Long) value);
            case DOUBLE -> {
                view.setDouble(slot, ((Dbl) value).v());
                value = normalize(value);
            }
            case STRING -> view.setString(slot, (String) value);
            case BINARY -> {
                byte[] bytes = ((Bin) value).v();
                view.setBinary(slot, bytes);
            }
            case UUID -> view.setUuid(slot, (UUID) value);
            default -> throw new AssertionError(kind);
        }
        model.fields().put(slot, value);
    }

    private static Object normalize(Object value) {
        return value instanceof Dbl d
                ? new Dbl(Double.longBitsToDouble(Double.doubleToLongBits(d.v())))
                : value;
    }

    private static void setElement(ListView list, int i, ValueKind kind, Object value) {
        switch (kind) {
            case BOOL -> list.setBool(i, (Boolean) value);
            case I8 -> list.setByte(i, (Byte) value);
            case I16 -> list.setShort(i, (Short) value);
            case I32 -> list.setInt(i, (Integer) value);
            case ENUM -> list.setEnum(i, (Integer) value);
            case I64 -> list.setLong(i, (Long) value);
            case DOUBLE -> list.setDouble(i, ((Dbl) value).v());
            case STRING -> list.setString(i, (String) value);
            case BINARY -> list.setBinary(i, ((Bin) value).v());
            case UUID -> {
                UUID u = (UUID) value;
                list.setUuid(i, u.getMostSignificantBits(), u.getLeastSignificantBits());
            }
            default -> throw new AssertionError(kind);
        }
    }

    private static void check(Protocol protocol, Chain chain, StructView view, Struct expected)
            throws Exception {
        byte[] bytes = chain.toByteArray();
        assertEquals(expected, Libthrift.read(protocol, expected.descriptor(), bytes));
        assertArrayEquals(Libthrift.write(protocol, expected), bytes, expected::toString);
        assertEquals(expected, FromView.struct(view));
        assertEquals(bytes.length, view.end());
        try (StructView fresh =
                new StructView(expected.descriptor(), protocol, ViewOptions.STRICT)) {
            fresh.wrap(chain);
            assertEquals(expected, FromView.struct(fresh));
        }
    }

    @Property(tries = 1000)
    void randomSetsAndUnsets(@ForAll long seed, @ForAll Protocol protocol) throws Exception {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 2);
        Assume.that(!Model.hasUuidContainer(TypeDescriptor.struct(d), new HashSet<>()));
        Struct expected = Model.randomStruct(random, d);
        byte[] bytes = Libthrift.write(protocol, expected);
        // tiny nodes (values straddle them), or nodes that hold most values whole (read through
        // the node in hand until the first edit, and by a fresh view after the edits)
        int longestNode = random.nextBoolean() ? 7 : 96;
        try (Chain chain = Chains.fragmented(bytes, random, longestNode)) {
            StructView view = new StructView(d, protocol);
            view.wrap(chain);
            int edits = random.nextInt(30);
            for (int i = 0; i < edits; i++) {
                randomEdit(random, view, expected);
                if (random.nextInt(5) == 0) {
                    check(protocol, chain, view, expected);
                }
            }
            check(protocol, chain, view, expected);
        }
    }

    @Property(tries = 300)
    void editsOfWorkloads(@ForAll long seed, @ForAll Protocol protocol) throws Exception {
        Random random = new Random(seed);
        Struct expected = Workloads.request(random);
        byte[] bytes = Libthrift.write(protocol, expected);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView view = new StructView(Workloads.REQUEST, protocol);
            view.wrap(chain);
            for (int i = 0; i < 20; i++) {
                randomEdit(random, view, expected);
            }
            check(protocol, chain, view, expected);
        }
    }

    @Example
    void aFixedSizeFieldIsOverwrittenWhereItStands() {
        byte[] bytes = Libthrift.write(Protocol.BINARY, Workloads.request(new Random(3)));
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView view = new StructView(Workloads.REQUEST, Protocol.BINARY).wrap(chain);
            int nodes = chain.nodeCount();
            int position = view.valuePosition(0);
            view.setLong(0, 1234567890123L);
            assertEquals(nodes, chain.nodeCount());
            assertEquals(position, view.valuePosition(0));
            assertEquals(1234567890123L, chain.getLong(position));
            view.setString(1, "a longer method name than before");
            assertEquals("a longer method name than before", view.getString(1));
            assertEquals(position, view.valuePosition(0));
            assertThrows(IllegalArgumentException.class, () -> view.setInt(0, 1));
        }
    }

    @Example
    void largeBinariesAreLinkedNotCopied() {
        byte[] bytes = Libthrift.write(Protocol.COMPACT, Workloads.request(new Random(4)));
        byte[] payload = new byte[100_000];
        new Random(5).nextBytes(payload);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView view = new StructView(Workloads.REQUEST, Protocol.COMPACT).wrap(chain);
            view.setBinary(4, payload);
            boolean linked = false;
            for (int i = 0; i < chain.nodeCount(); i++) {
                linked |= chain.nodeArray(i) == payload;
            }
            assertEquals(true, linked);
            assertEquals(java.nio.ByteBuffer.wrap(payload), view.getBinary(4));
        }
    }
}
