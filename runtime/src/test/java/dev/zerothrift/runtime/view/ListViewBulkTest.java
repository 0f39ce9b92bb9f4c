package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Pair;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Random;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * Bulk reads and visits (the forEach methods) of number lists give what element-by-element reads
 * give, across node boundaries.
 */
@AddLifecycleHook(LeakCheckHook.class)
class ListViewBulkTest {
    @Property(tries = 200)
    void bulkReadsMatchElementReads(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        int n = random.nextInt(300);
        byte[] bytes = Libthrift.write(protocol, Workloads.lists(random, n));
        try (Chain chain =
                        random.nextBoolean()
                                ? Chain.copyOf(bytes)
                                : Chains.fragmented(bytes, random);
                StructView view = new StructView(Workloads.LISTS, protocol)) {
            view.wrap(chain);
            ListView list = new ListView();
            int from = n == 0 ? 0 : random.nextInt(n);
            int count = n - from == 0 ? 0 : random.nextInt(n - from + 1);

            view.getList(0, list);
            long[] longs = new long[count + 2];
            list.getLongs(from, longs, 1, count);
            long[] expectedLongs = new long[count + 2];
            for (int i = 0; i < count; i++) {
                expectedLongs[i + 1] = list.getLong(from + i);
            }
            assertArrayEquals(expectedLongs, longs);

            view.getList(1, list);
            int[] ints = new int[count];
            list.getInts(from, ints, 0, count);
            int[] expectedInts = new int[count];
            for (int i = 0; i < count; i++) {
                expectedInts[i] = list.getInt(from + i);
            }
            assertArrayEquals(expectedInts, ints);

            view.getList(2, list);
            double[] doubles = new double[count];
            list.getDoubles(from, doubles, 0, count);
            double[] expectedDoubles = new double[count];
            for (int i = 0; i < count; i++) {
                expectedDoubles[i] = list.getDouble(from + i);
            }
            assertArrayEquals(expectedDoubles, doubles);
            ListView doublesList = list;
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> doublesList.getDoubles(0, doubles, 0, n + 1));
            assertThrows(
                    IllegalArgumentException.class, () -> doublesList.getLongs(0, longs, 0, 0));
        }
    }

    @Property(tries = 200)
    void visitsMatchElementReads(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        int n = random.nextInt(700); // past a visit's chunk of 256 more often than not
        byte[] bytes = Libthrift.write(protocol, Workloads.lists(random, n));
        try (Chain chain = wrapped(bytes, random);
                StructView view = new StructView(Workloads.LISTS, protocol)) {
            view.wrap(chain);
            ListView list = new ListView();

            view.getList(0, list);
            long[] expectedLongs = elements(n, list::getLong);
            long[] longs = new long[n];
            int[] count = {0};
            list.forEachLong(v -> longs[count[0]++] = v);
            assertEquals(n, count[0]);
            assertArrayEquals(expectedLongs, longs);

            view.getList(1, list);
            int[] ints = new int[n];
            count[0] = 0;
            list.forEachInt(v -> ints[count[0]++] = v);
            assertEquals(n, count[0]);
            assertArrayEquals(intElements(n, list::getInt), ints);

            view.getList(2, list);
            double[] doubles = new double[n];
            count[0] = 0;
            list.forEachDouble(v -> doubles[count[0]++] = v);
            assertEquals(n, count[0]);
            double[] expectedDoubles = new double[n];
            for (int i = 0; i < n; i++) {
                expectedDoubles[i] = list.getDouble(i);
            }
            assertArrayEquals(expectedDoubles, doubles);
        }
    }

    /** A map's keys and values have a stride: their visits go through the bulk getters. */
    @Property(tries = 100)
    void visitsOfMapKeysAndValues(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        int n = random.nextInt(600);
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new Pair((long) i * 31 + random.nextInt(7), new Dbl(random.nextDouble())));
        }
        byte[] bytes = Libthrift.write(protocol, new Struct(LONG_TO_DOUBLE).with(0, entries));
        try (Chain chain = wrapped(bytes, random);
                StructView view = new StructView(LONG_TO_DOUBLE, protocol)) {
            view.wrap(chain);
            MapView map = new MapView();
            view.getMap(0, map);
            ListView keys = map.keys(new ListView());
            ListView values = map.values(new ListView());
            List<Long> seenKeys = new ArrayList<>();
            keys.forEachLong(seenKeys::add);
            List<Double> seenValues = new ArrayList<>();
            values.forEachDouble(seenValues::add);
            assertEquals(n, seenKeys.size());
            assertEquals(n, seenValues.size());
            for (int i = 0; i < n; i++) {
                assertEquals(keys.getLong(i), seenKeys.get(i));
                assertEquals(values.getDouble(i), seenValues.get(i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anActionThatEditsTheMessageEndsTheVisit(Protocol protocol) {
        byte[] bytes = Libthrift.write(protocol, Workloads.lists(new Random(7), 600));
        try (StructView view = new StructView(Workloads.LISTS, protocol)) {
            view.wrap(bytes, 0, bytes.length);
            ListView longs = new ListView();
            view.getList(0, longs);
            int[] visited = {0};
            assertThrows(
                    ConcurrentModificationException.class,
                    () ->
                            longs.forEachLong(
                                    v -> {
                                        if (visited[0]++ == 3) {
                                            longs.setLong(0, v + 1);
                                        }
                                    }));
            assertEquals(4, visited[0], "the visit ends after the element whose action edited");
            ListView ints = new ListView();
            view.getList(1, ints);
            assertThrows(
                    ConcurrentModificationException.class,
                    () -> ints.forEachInt(v -> view.unset(2)));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void visitsCheckTheElementType(Protocol protocol) {
        byte[] bytes = Libthrift.write(protocol, Workloads.lists(new Random(3), 5));
        try (StructView view = new StructView(Workloads.LISTS, protocol)) {
            view.wrap(bytes, 0, bytes.length);
            ListView ints = new ListView();
            view.getList(1, ints);
            assertThrows(IllegalArgumentException.class, () -> ints.forEachLong(v -> {}));
            assertThrows(IllegalArgumentException.class, () -> ints.forEachDouble(v -> {}));
            assertThrows(NullPointerException.class, () -> ints.forEachInt(null));
            byte[] none = Libthrift.write(protocol, Workloads.lists(new Random(3), 0));
            view.wrap(none, 0, none.length);
            ListView empty = new ListView();
            view.getList(0, empty);
            empty.forEachLong(
                    v -> {
                        throw new AssertionError("an empty list has nothing to visit");
                    });
        }
    }

    private static final StructDescriptor LONG_TO_DOUBLE =
            StructDescriptor.of(
                    "LongToDouble",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(
                                    1,
                                    "m",
                                    TypeDescriptor.mapOf(TypeDescriptor.I64, TypeDescriptor.DOUBLE),
                                    Requiredness.DEFAULT)));

    private static Chain wrapped(byte[] bytes, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Chain.wrap(bytes, 0, bytes.length); // one node: the flat path
            case 1 -> Chain.copyOf(bytes);
            default -> Chains.fragmented(bytes, random);
        };
    }

    private static long[] elements(int n, IntToLongFunction get) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = get.applyAsLong(i);
        }
        return values;
    }

    private static int[] intElements(int n, IntUnaryOperator get) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = get.applyAsInt(i);
        }
        return values;
    }
}
