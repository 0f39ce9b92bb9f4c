package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lists of compact varints, which have no table of positions: every element reads as libthrift
 * wrote it whatever the order of the reads (in order, backwards, at random, in bulk runs from any
 * element), over one node and many, and after edits that change the length of elements (made
 * through this list view or another one over the same list).
 */
@AddLifecycleHook(LeakCheckHook.class)
class CompactListViewTest {
    private static final StructDescriptor VARINTS =
            StructDescriptor.of(
                    "Varints",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            field(1, TypeDescriptor.listOf(TypeDescriptor.I16)),
                            field(2, TypeDescriptor.listOf(TypeDescriptor.I32)),
                            field(3, TypeDescriptor.setOf(TypeDescriptor.I64)),
                            field(4, TypeDescriptor.listOf(TypeDescriptor.enumOf(Model.COLOR))),
                            field(5, TypeDescriptor.listOf(TypeDescriptor.DOUBLE)),
                            field(6, TypeDescriptor.I32)));

    private static FieldDescriptor field(int id, TypeDescriptor type) {
        return new FieldDescriptor(id, "f" + id, type, Requiredness.DEFAULT);
    }

    private static Struct randomValue(Random random) {
        Struct s = new Struct(VARINTS);
        for (int slot = 0; slot < VARINTS.fieldCount(); slot++) {
            TypeDescriptor t = VARINTS.field(slot).type();
            if (t.element() == null) {
                s.with(slot, Model.randomValue(random, t));
                continue;
            }
            List<Object> elements = new ArrayList<>();
            int n = random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(40);
            for (int i = 0; i < n; i++) {
                elements.add(Model.randomValue(random, t.element()));
            }
            s.with(slot, elements);
        }
        return s;
    }

    /** Element {@code i} of the list in {@code list}, read through the getter of its kind. */
    private static Object read(ListView list, int i) {
        return switch (list.elementType().kind()) {
            case I16 -> list.getShort(i);
            case I32 -> list.getInt(i);
            case ENUM -> list.getEnum(i);
            case I64 -> list.getLong(i);
            case DOUBLE -> new Model.Dbl(list.getDouble(i));
            default -> throw new AssertionError(list.elementType());
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Object> expected(Struct value, int slot) {
        return (List<Object>) value.fields().get(slot);
    }

    private static void checkAllOrders(ListView list, List<Object> expected, Random random) {
        int n = expected.size();
        assertEquals(n, list.size());
        for (int i = 0; i < n; i++) {
            assertEquals(expected.get(i), read(list, i), "in order, element " + i);
        }
        for (int i = n - 1; i >= 0; i--) {
            assertEquals(expected.get(i), read(list, i), "backwards, element " + i);
        }
        for (int k = 0; k < 50 && n > 0; k++) {
            int i = random.nextInt(n);
            assertEquals(expected.get(i), read(list, i), "at random, element " + i);
            if (i + 1 < n) {
                assertEquals(expected.get(i + 1), read(list, i + 1), "then the next one");
            }
        }
        for (int k = 0; k < 10; k++) {
            int from = n == 0 ? 0 : random.nextInt(n + 1);
            int count = random.nextInt(n - from + 1);
            checkBulk(list, expected, from, count);
            if (from + count < n) {
                assertEquals(expected.get(from + count), read(list, from + count), "after a run");
            }
        }
    }

    private static void checkBulk(ListView list, List<Object> expected, int from, int count) {
        switch (list.elementType().kind()) {
            case I32 -> {
                int[] dst = new int[count + 1];
                list.getInts(from, dst, 1, count);
                int[] want = new int[count + 1];
                for (int i = 0; i < count; i++) {
                    want[i + 1] = (Integer) expected.get(from + i);
                }
                assertArrayEquals(want, dst);
            }
            case I64 -> {
                long[] dst = new long[count + 1];
                list.getLongs(from, dst, 1, count);
                long[] want = new long[count + 1];
                for (int i = 0; i < count; i++) {
                    want[i + 1] = (Long) expected.get(from + i);
                }
                assertArrayEquals(want, dst);
            }
            case DOUBLE -> {
                double[] dst = new double[count];
                list.getDoubles(from, dst, 0, count);
                for (int i = 0; i < count; i++) {
                    assertEquals(expected.get(from + i), new Model.Dbl(dst[i]));
                }
            }
            default -> {} // no bulk read of i16 and enum lists
        }
    }

    @Property(tries = 100)
    void everyOrderOfReads(@ForAll long seed) {
        Random random = new Random(seed);
        Struct value = randomValue(random);
        byte[] bytes = Libthrift.write(Protocol.COMPACT, value);
        try (Chain chain =
                        random.nextBoolean()
                                ? Chain.copyOf(bytes)
                                : Chains.fragmented(bytes, random);
                StructView view = new StructView(VARINTS, Protocol.COMPACT)) {
            view.wrap(chain);
            ListView list = new ListView();
            for (int slot = 0; slot < 5; slot++) {
                view.getList(slot, list);
                checkAllOrders(list, expected(value, slot), random);
            }
            assertEquals(value.fields().get(5), view.getInt(5));
        }
    }

    /** Elements replaced by values of other lengths; a second view's memory is not trusted. */
    @Property(tries = 100)
    void readsAfterEdits(@ForAll long seed) {
        Random random = new Random(seed);
        Struct value = randomValue(random);
        byte[] bytes = Libthrift.write(Protocol.COMPACT, value);
        try (Chain chain = Chains.fragmented(bytes, random);
                StructView view = new StructView(VARINTS, Protocol.COMPACT)) {
            view.wrap(chain);
            ListView longs = new ListView();
            ListView other = new ListView();
            view.getList(2, longs);
            view.getList(2, other);
            List<Object> expected = new ArrayList<>(expected(value, 2));
            int n = expected.size();
            for (int k = 0; k < 20 && n > 0; k++) {
                int i = random.nextInt(n);
                if (random.nextBoolean()) {
                    read(other, Math.min(n - 1, i + random.nextInt(3))); // remembers a position
                }
                long v = Model.edgy(random);
                (random.nextBoolean() ? longs : other).setLong(i, v);
                expected.set(i, v);
                if (random.nextInt(4) == 0) {
                    view.setInt(5, random.nextInt()); // an edit after the list
                }
                int j = random.nextInt(n);
                assertEquals(expected.get(j), read(other, j), "element " + j + " after an edit");
                assertEquals(expected.get(j), read(longs, j), "element " + j + " after an edit");
            }
            checkAllOrders(longs, expected, random);
            checkAllOrders(other, expected, random);
            // the edited message is what libthrift writes for the edited value
            value.with(2, expected);
            if (view.has(5)) {
                value.with(5, view.getInt(5));
            }
            assertArrayEquals(Libthrift.write(Protocol.COMPACT, value), chain.toByteArray());
        }
    }
}
