package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The compact protocol's happy-path walk records exactly the index the generic walk records, over
 * one node and over many small ones, whether it indexes a message whole or walks a lazily indexed
 * root on demand; it takes every valid message without unknown fields, and gives up on everything
 * else (truncations, flipped bytes, varints longer than their type allows, limits, unknown fields),
 * so that the generic walk decides: a view over such bytes fails with the very {@link
 * ProtocolException} (and failure path) the generic walk alone gives.
 */
@AddLifecycleHook(LeakCheckHook.class)
class CompactIndexerTest {
    private static final ViewOptions SHALLOW =
            new ViewOptions(Limits.DEFAULT.withMaxDepth(3), false);

    /**
     * Indexes {@code chain} with the happy path and with the generic walk: either the happy path
     * gave up, or both recorded the same arena and end. Returns whether the happy path took it.
     */
    static boolean sameAsGeneric(StructDescriptor d, ViewOptions options, Chain chain) {
        MessageIndex generic = new MessageIndex(Protocol.COMPACT, options, false);
        CompactIndexer happy = new CompactIndexer(new IndexArena(), options);
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

    /**
     * The index a view builds (happy path first) is the generic walk's, and bad bytes fail with the
     * generic walk's exception and failure path.
     */
    static void sameThroughView(StructDescriptor d, ViewOptions options, Chain chain) {
        MessageIndex generic = new MessageIndex(Protocol.COMPACT, options, false);
        MessageIndex view = new MessageIndex(Protocol.COMPACT, options);
        ProtocolException expected = null;
        ProtocolException actual = null;
        int genericRecord = -1;
        int viewRecord = -1;
        try {
            genericRecord = generic.index(chain, 0, chain.length(), d);
        } catch (ProtocolException e) {
            expected = e;
        }
        try {
            viewRecord = view.index(chain, 0, chain.length(), d);
        } catch (ProtocolException e) {
            actual = e;
        }
        if (expected == null) {
            assertNull(actual, "a valid message refused");
            assertEquals(genericRecord, viewRecord);
            assertEquals(generic.end, view.end);
            assertArrayEquals(
                    Arrays.copyOf(generic.arena.pos, generic.arena.top),
                    Arrays.copyOf(view.arena.pos, view.arena.top));
            assertArrayEquals(
                    Arrays.copyOf(generic.arena.link, generic.arena.top),
                    Arrays.copyOf(view.arena.link, view.arena.top));
            return;
        }
        assertNotNull(actual, "bad bytes taken: " + expected);
        assertEquals(expected.kind(), actual.kind());
        assertEquals(expected.offset(), actual.offset());
        assertEquals(expected.fieldId(), actual.fieldId());
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(generic.failurePath(), view.failurePath());
    }

    /**
     * A lazily indexed root walked to the end (its happy path first, as far as it goes) leaves the
     * generic walk's index, or fails with the generic walk's exception and failure path. Returns
     * whether the happy path took the whole root.
     */
    static boolean sameLazily(StructDescriptor d, ViewOptions options, Chain chain) {
        MessageIndex generic = new MessageIndex(Protocol.COMPACT, options.withLazy(false), false);
        MessageIndex lazy = new MessageIndex(Protocol.COMPACT, options.withLazy(true));
        ProtocolException expected = null;
        ProtocolException actual = null;
        try {
            generic.index(chain, 0, chain.length(), d);
        } catch (ProtocolException e) {
            expected = e;
        }
        try {
            lazy.index(chain, 0, chain.length(), d);
            lazy.complete();
        } catch (ProtocolException e) {
            actual = e;
        }
        if (actual != null
                && !options.strict()
                && actual.getMessage().contains("repeated (a lazily indexed view)")) {
            // the one departure: a root field repeated, which a lazily indexed root refuses,
            // before whatever the generic walk found (or where it found nothing)
            assertTrue(expected == null || expected.offset() > actual.offset(), "" + expected);
            return false;
        }
        if (expected == null) {
            assertNull(actual, "a valid message refused");
            assertEquals(generic.end, lazy.end);
            assertArrayEquals(
                    Arrays.copyOf(generic.arena.pos, generic.arena.top),
                    Arrays.copyOf(lazy.arena.pos, lazy.arena.top));
            assertArrayEquals(
                    Arrays.copyOf(generic.arena.link, generic.arena.top),
                    Arrays.copyOf(lazy.arena.link, lazy.arena.top));
            return lazy.genericRootWalks == 0;
        }
        assertNotNull(actual, "bad bytes taken: " + expected);
        assertEquals(expected.kind(), actual.kind());
        assertEquals(expected.offset(), actual.offset());
        assertEquals(expected.fieldId(), actual.fieldId());
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(generic.failurePath(), lazy.failurePath());
        return false;
    }

    private static void check(Struct value, long seed) {
        byte[] bytes = Libthrift.write(Protocol.COMPACT, value);
        for (ViewOptions options : new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
            try (Chain whole = Chain.copyOf(bytes)) {
                assertTrue(sameAsGeneric(value.descriptor(), options, whole), "one node");
                assertTrue(sameLazily(value.descriptor(), options, whole), "one node, lazily");
            }
            try (Chain chain = Chains.fragmented(bytes, new Random(seed))) {
                assertTrue(sameAsGeneric(value.descriptor(), options, chain), "many nodes");
                assertTrue(sameLazily(value.descriptor(), options, chain), "many nodes, lazily");
            }
        }
        try (Chain whole = Chain.copyOf(bytes)) {
            sameAsGeneric(value.descriptor(), SHALLOW, whole); // a depth limit: give up or agree
            sameThroughView(value.descriptor(), SHALLOW, whole);
            sameLazily(value.descriptor(), SHALLOW, whole);
        }
        // every truncation and a few flipped bytes: bad bytes are never taken, and fail as the
        // generic walk fails
        Random random = new Random(seed);
        // (in one node too: the walk of a struct whose bytes are all in one node reads the array)
        for (int cut = 0; cut < bytes.length; cut += 1 + bytes.length / 64) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            try (Chain chain = Chains.fragmented(truncated, random)) {
                sameAsGeneric(value.descriptor(), ViewOptions.DEFAULT, chain);
                sameThroughView(value.descriptor(), ViewOptions.DEFAULT, chain);
                sameLazily(value.descriptor(), ViewOptions.DEFAULT, chain);
            }
            try (Chain chain = Chain.copyOf(truncated)) {
                sameAsGeneric(value.descriptor(), ViewOptions.DEFAULT, chain);
                sameThroughView(value.descriptor(), ViewOptions.DEFAULT, chain);
            }
        }
        for (int i = 0; i < 16 && bytes.length > 0; i++) {
            byte[] flipped = bytes.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            for (ViewOptions options :
                    new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
                try (Chain chain = Chains.fragmented(flipped, random)) {
                    sameAsGeneric(value.descriptor(), options, chain);
                    sameThroughView(value.descriptor(), options, chain);
                    sameLazily(value.descriptor(), options, chain);
                }
                try (Chain chain = Chain.copyOf(flipped)) {
                    sameAsGeneric(value.descriptor(), options, chain);
                    sameThroughView(value.descriptor(), options, chain);
                }
            }
        }
    }

    /**
     * Fields in any order, and one of them twice: the happy path looks up the fields it did not
     * predict and takes the message (or, for the repeated field, leaves it to the generic walk,
     * which keeps the last one), over one node and over many; a view fails as the generic walk.
     */
    @Property(tries = 100)
    void fieldsInAnyOrderOrRepeated(@ForAll long seed) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 2);
        Struct value = Model.randomStruct(random, d);
        List<Integer> slots = new java.util.ArrayList<>(value.fields().keySet());
        java.util.Collections.shuffle(slots, random);
        byte[] shuffled = LazyIndexTest.writeFields(Protocol.COMPACT, value, slots);
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
        byte[] repeated = LazyIndexTest.writeFields(Protocol.COMPACT, value, slots);
        for (ViewOptions options : new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
            try (Chain whole = Chain.copyOf(repeated)) {
                sameAsGeneric(d, options, whole);
                sameThroughView(d, options, whole);
            }
            try (Chain chain = Chains.fragmented(repeated, random)) {
                sameAsGeneric(d, options, chain);
                sameThroughView(d, options, chain);
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

    /** Fields the reader's schema lacks: the happy path gives up, the generic walk keeps them. */
    @Property(tries = 20)
    void unknownFieldsGoToTheGenericWalk(@ForAll long seed) {
        Random random = new Random(seed);
        Struct request = Workloads.request(random);
        byte[] bytes = Libthrift.write(Protocol.COMPACT, request);
        List<FieldDescriptor> fewer = new ArrayList<>(Workloads.REQUEST.fields());
        fewer.remove(2); // user
        StructDescriptor reader =
                StructDescriptor.of("Request", StructDescriptor.Kind.STRUCT, fewer);
        try (Chain chain = Chains.fragmented(bytes, random)) {
            assertFalse(sameAsGeneric(reader, ViewOptions.DEFAULT, chain));
            sameThroughView(reader, ViewOptions.DEFAULT, chain);
            assertFalse(sameLazily(reader, ViewOptions.DEFAULT, chain));
        }
    }

    // ---------------------------------------------------------------- varint lists

    private static final StructDescriptor INTS =
            StructDescriptor.of(
                    "Ints",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(
                                    1,
                                    "ints",
                                    TypeDescriptor.listOf(TypeDescriptor.I32),
                                    Requiredness.DEFAULT),
                            new FieldDescriptor(
                                    2,
                                    "longs",
                                    TypeDescriptor.listOf(TypeDescriptor.I64),
                                    Requiredness.DEFAULT)));

    /**
     * A struct of an i32 list and an i64 list, each of varints of the given byte lengths (the last
     * byte of each without the continuation bit, the others with it; {@code fill} in the low bits).
     */
    private static byte[] varintLists(int[] intLengths, int[] longLengths, int fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        list(out, 0x19, 0x05, intLengths, fill);
        list(out, 0x19, 0x06, longLengths, fill);
        out.write(0); // stop
        return out.toByteArray();
    }

    private static void list(
            ByteArrayOutputStream out, int header, int type, int[] lengths, int fill) {
        out.write(header); // a list field, id delta 1
        out.write(0xf0 | type);
        int n = lengths.length;
        while ((n & ~0x7f) != 0) { // the count as a varint
            out.write(n & 0x7f | 0x80);
            n >>>= 7;
        }
        out.write(n);
        for (int length : lengths) {
            for (int i = 0; i < length; i++) {
                out.write((fill & 0x7f) | (i < length - 1 ? 0x80 : 0));
            }
        }
    }

    private static void checkBoth(byte[] bytes, boolean valid) {
        for (int seed = 0; seed < 8; seed++) {
            try (Chain chain =
                    seed == 0 ? Chain.copyOf(bytes) : Chains.fragmented(bytes, new Random(seed))) {
                boolean taken = sameAsGeneric(INTS, ViewOptions.DEFAULT, chain);
                assertEquals(valid, taken, "happy path took it");
                sameThroughView(INTS, ViewOptions.DEFAULT, chain);
                assertEquals(valid, sameLazily(INTS, ViewOptions.DEFAULT, chain), "lazily");
            }
        }
    }

    /** A list size: short ones, and some long enough for the walk's blocks of 64 bytes. */
    private static int size(Random random) {
        return random.nextInt(3) == 0 ? random.nextInt(600) : random.nextInt(40);
    }

    /** Varints of every length, in runs that straddle words and nodes, up to the largest legal. */
    @Property(tries = 200)
    void varintsOfEveryLegalLength(@ForAll long seed) {
        Random random = new Random(seed);
        int[] ints = new int[size(random)];
        int[] longs = new int[size(random)];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = 1 + random.nextInt(5);
        }
        for (int i = 0; i < longs.length; i++) {
            longs[i] = 1 + random.nextInt(10);
        }
        checkBoth(varintLists(ints, longs, random.nextInt(128)), true);
    }

    /** One varint too long (6 bytes in the i32 list, or 11 in the i64 one) anywhere in a run. */
    @Property(tries = 200)
    void overlongVarintsFailAsTheGenericWalkFails(@ForAll long seed) {
        Random random = new Random(seed);
        int[] ints = new int[1 + size(random)];
        int[] longs = new int[1 + size(random)];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = 1 + random.nextInt(5);
        }
        for (int i = 0; i < longs.length; i++) {
            longs[i] = 1 + random.nextInt(10);
        }
        if (random.nextBoolean()) {
            ints[random.nextInt(ints.length)] = 6 + random.nextInt(80);
        } else {
            longs[random.nextInt(longs.length)] = 11 + random.nextInt(80);
        }
        checkBoth(varintLists(ints, longs, random.nextInt(128)), false);
    }

    /** A list whose varints run past the end of the message. */
    @Test
    void truncatedVarintList() {
        byte[] bytes = varintLists(new int[] {3, 3, 3}, new int[] {10, 10}, 0x55);
        for (int cut = 1; cut < bytes.length; cut++) {
            checkBoth(Arrays.copyOf(bytes, cut), false);
        }
    }
}
