package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.view.ListView;

/**
 * Arrays that bulk list reads fill, sized once at setup for the longest list of the workload (a
 * reader of primitive lists keeps such a buffer, as it keeps its view), and the list views of a
 * map's keys and values.
 */
final class Scratch {
    final long[] longs;
    final int[] ints;
    final double[] doubles;
    final ListView keys = new ListView();
    final ListView values = new ListView();

    Scratch(Values.Message value) {
        int longest = 0;
        switch (value) {
            case Values.MyTest v -> longest = v.nums().length;
            case Values.Request v -> longest = Math.max(v.ids().length, v.shards().length);
            case Values.Batch v -> {
                for (Values.Request r : v.requests()) {
                    longest = Math.max(longest, Math.max(r.ids().length, r.shards().length));
                }
            }
            case Values.Wide v -> {
                for (long[] list : v.lists()) {
                    longest = Math.max(longest, list.length);
                }
            }
            case Values.Lists v ->
                    longest =
                            Math.max(
                                    v.longs().length,
                                    Math.max(v.ints().length, v.doubles().length));
        }
        longs = new long[longest];
        ints = new int[longest];
        doubles = new double[longest];
    }
}
