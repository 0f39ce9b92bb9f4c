package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.Random;

/** Bulk reads of number lists give what element-by-element reads give, across node boundaries. */
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
}
