package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The binary protocol's happy-path walk records exactly the index the generic walk records, over
 * one node and over many small ones; it takes every valid message without unknown fields, and gives
 * up (so that the generic walk decides) on everything else: truncations, flipped bytes.
 */
@AddLifecycleHook(LeakCheckHook.class)
class BinaryIndexerTest {

    /**
     * Indexes {@code chain} with the happy path and with the generic walk: either the happy path
     * gave up, or both recorded the same arena and end. Returns whether the happy path took it.
     */
    static boolean sameAsGeneric(StructDescriptor d, ViewOptions options, Chain chain) {
        MessageIndex generic = new MessageIndex(Protocol.BINARY, options, false);
        BinaryIndexer happy = new BinaryIndexer(new IndexArena(), options);
        int record;
        try {
            record = generic.index(chain, 0, chain.length(), d);
        } catch (ProtocolException e) {
            assertEquals(-1, happy.tryIndex(chain, 0, chain.length(), d), "took bad bytes: " + e);
            return false;
        }
        IndexArena arena = happy.arena();
        int happyRecord = happy.tryIndex(chain, 0, chain.length(), d);
        if (happyRecord < 0) {
            return false;
        }
        assertEquals(record, happyRecord);
        assertEquals(generic.end, happy.next);
        assertEquals(generic.arena.top, arena.top);
        assertArrayEquals(
                Arrays.copyOf(generic.arena.pos, generic.arena.top),
                Arrays.copyOf(arena.pos, arena.top));
        assertArrayEquals(
                Arrays.copyOf(generic.arena.link, generic.arena.top),
                Arrays.copyOf(arena.link, arena.top));
        return true;
    }

    private static void check(Struct value, long seed) {
        byte[] bytes = Libthrift.write(Protocol.BINARY, value);
        for (ViewOptions options : new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
            try (Chain whole = Chain.copyOf(bytes)) {
                assertTrue(sameAsGeneric(value.descriptor(), options, whole), "one node");
            }
            try (Chain chain = Chains.fragmented(bytes, new Random(seed))) {
                assertTrue(sameAsGeneric(value.descriptor(), options, chain), "many nodes");
            }
        }
        // every truncation and a few flipped bytes: bad bytes are never taken
        Random random = new Random(seed);
        // (in one node too: the walk of a struct whose bytes are all in one node reads the array)
        for (int cut = 0; cut < bytes.length; cut += 1 + bytes.length / 64) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            try (Chain chain = Chains.fragmented(truncated, random)) {
                sameAsGeneric(value.descriptor(), ViewOptions.DEFAULT, chain);
            }
            try (Chain chain = Chain.copyOf(truncated)) {
                sameAsGeneric(value.descriptor(), ViewOptions.DEFAULT, chain);
            }
        }
        for (int i = 0; i < 16 && bytes.length > 0; i++) {
            byte[] flipped = bytes.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            try (Chain chain = Chains.fragmented(flipped, random)) {
                sameAsGeneric(value.descriptor(), ViewOptions.STRICT, chain);
            }
            try (Chain chain = Chain.copyOf(flipped)) {
                sameAsGeneric(value.descriptor(), ViewOptions.DEFAULT, chain);
            }
        }
    }

    /**
     * Root fields in any order, and one of them twice: the happy path looks up the fields it did
     * not predict and takes the message (or, for the repeated field, leaves it to the generic walk,
     * which keeps the last one), over one node and over many.
     */
    @Property(tries = 100)
    void fieldsInAnyOrderOrRepeated(@ForAll long seed) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 2);
        Struct value = Model.randomStruct(random, d);
        List<Integer> slots = new ArrayList<>(value.fields().keySet());
        Collections.shuffle(slots, random);
        byte[] shuffled = LazyIndexTest.writeFields(Protocol.BINARY, value, slots);
        try (Chain whole = Chain.copyOf(shuffled)) {
            assertTrue(sameAsGeneric(d, ViewOptions.DEFAULT, whole), "shuffled, one node");
        }
        try (Chain chain = Chains.fragmented(shuffled, random)) {
            assertTrue(sameAsGeneric(d, ViewOptions.DEFAULT, chain), "shuffled, many nodes");
        }
        if (slots.isEmpty()) {
            return;
        }
        slots.add(random.nextInt(slots.size() + 1), slots.get(random.nextInt(slots.size())));
        byte[] repeated = LazyIndexTest.writeFields(Protocol.BINARY, value, slots);
        for (ViewOptions options : new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
            try (Chain whole = Chain.copyOf(repeated)) {
                sameAsGeneric(d, options, whole);
            }
            try (Chain chain = Chains.fragmented(repeated, random)) {
                sameAsGeneric(d, options, chain);
            }
        }
    }

    @Property(tries = 60)
    void randomSchemasAndValues(@ForAll long seed) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        check(Model.randomStruct(random, d), seed);
    }

    @Property(tries = 10)
    void workloads(@ForAll long seed) {
        Random random = new Random(seed);
        check(Workloads.request(random), seed);
        check(Workloads.batch(random), seed);
        check(Workloads.myTest(random, random.nextInt(300)), seed);
        check(Workloads.wideValue(random), seed);
        check(Workloads.lists(random, random.nextInt(200)), seed);
    }

    /** Fixed-size fields first: i64 f0, string f1, i32 f2, a struct f3, double f4. */
    @net.jqwik.api.Example
    void theFixedFirstOrderPredictsEachFieldsSuccessor() {
        int[] passes = {8, 0, 4, Integer.MIN_VALUE, 8};
        // order f0 f2 f4 f1 f3: by slot + 1 (0 the start), the slot that comes next; 5 the end
        assertArrayEquals(new int[] {0, 2, 3, 4, 5, 1}, BinaryIndexer.fixedFirstNext(passes));
        assertArrayEquals(new int[] {0}, BinaryIndexer.fixedFirstNext(new int[0]));
    }
}
