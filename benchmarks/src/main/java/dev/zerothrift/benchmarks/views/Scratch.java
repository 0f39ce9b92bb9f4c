package dev.zerothrift.benchmarks.views;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.view.ListView;

import org.openjdk.jmh.infra.Blackhole;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * What a reader keeps from message to message, as it keeps its view: the list views of a map's keys
 * and values, the chain a binary payload is sliced into, and the actions that primitive lists are
 * visited with ({@link ListView#forEachLong} and its kin), each handing an element to the
 * benchmark's {@link Blackhole}.
 *
 * <p>Why visits, not bulk reads into a chunk: {@code ListReadBench} (mytest-1m's 131,072 i64s,
 * binary, 2026-12-06, 3 forks) visited them in 31.7 us, read them in bulk reads of 512 into a
 * scratch array and consumed that in 51.2 us (chunks of 256 to 4,096, 2 forks: 45-50 us), and
 * consumed the fast codec's array, decoded already, in 24.6 us. A visit reads each element once,
 * where it is; a chunk is written and read back.
 */
final class Scratch {
    final ListView keys = new ListView();
    final ListView values = new ListView();

    /**
     * The binary payload, sliced out of each message and cleared once read: it keeps its nodes
     * between messages and holds no block between them, so it needs no release.
     */
    final Chain payload = new Chain();

    LongConsumer longSink;
    IntConsumer intSink;
    DoubleConsumer doubleSink;
    private Blackhole bound;

    /**
     * Points the sinks at {@code bh}, making them the first time only: JMH hands the same {@link
     * Blackhole} to every call of a trial, so a decode makes no action of its own.
     */
    Scratch bind(Blackhole bh) {
        if (bh != bound) {
            bound = bh;
            longSink = bh::consume;
            intSink = bh::consume;
            doubleSink = bh::consume;
        }
        return this;
    }
}
