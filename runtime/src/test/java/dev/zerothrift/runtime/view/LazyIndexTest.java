package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckExtension;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.view.Model.Bin;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Views with {@link ViewOptions#LAZY}: fields read in any order are what the eagerly indexed view
 * reads, and once walked whole the index is the eager one, entry for entry; bad bytes after a field
 * do not fail its read but fail, with the eager walk's {@link ProtocolException} and path, the read
 * that reaches them (and every later one); edits on a partly indexed view give the eager view's
 * bytes; a lazy wrap and a primitive read allocate nothing on the steady state.
 */
@ExtendWith(LeakCheckExtension.class)
@AddLifecycleHook(LeakCheckHook.class)
class LazyIndexTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** What a field reads as: its value for scalars and strings, a summary for the others. */
    private static Object read(StructView view, int slot) {
        TypeDescriptor t = view.descriptor().field(slot).type();
        List<Object> out = new ArrayList<>();
        out.add(view.has(slot));
        out.add(view.headerPosition(slot));
        out.add(view.valuePosition(slot));
        out.add(view.valueEnd(slot));
        out.add(
                switch (t.kind()) {
                    case BOOL -> view.getBool(slot);
                    case I8 -> view.getByte(slot);
                    case I16 -> view.getShort(slot);
                    case I32 -> view.getInt(slot);
                    case ENUM -> view.getEnum(slot);
                    case I64 -> view.getLong(slot);
                    case DOUBLE -> new Dbl(view.getDouble(slot));
                    case STRING -> view.getString(slot);
                    case BINARY -> {
                        byte[] b = view.getBinaryBytes(slot);
                        yield b == null ? "absent" : new Bin(b);
                    }
                    case UUID -> String.valueOf(view.getUuid(slot));
                    case STRUCT -> {
                        StructView nested = new StructView(t.struct());
                        yield view.getStruct(slot, nested) ? FromView.anyStruct(nested) : "absent";
                    }
                    case LIST, SET -> {
                        ListView list = new ListView();
                        yield view.getList(slot, list) ? list.size() : -1;
                    }
                    case MAP -> {
                        MapView map = new MapView();
                        yield view.getMap(slot, map) ? map.size() : -1;
                    }
                });
        return out;
    }

    private static List<Integer> shuffledSlots(StructDescriptor d, Random random) {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            slots.add(slot);
        }
        Collections.shuffle(slots, random);
        return slots;
    }

    private static void assertSameIndex(StructView eager, StructView lazy) {
        assertEquals(eager.end(), lazy.end()); // walks the rest of the lazy one
        IndexArena e = eager.index.arena;
        IndexArena l = lazy.index.arena;
        assertEquals(e.top, l.top, "records");
        assertArrayEquals(Arrays.copyOf(e.pos, e.top), Arrays.copyOf(l.pos, l.top), "positions");
        assertArrayEquals(Arrays.copyOf(e.link, e.top), Arrays.copyOf(l.link, l.top), "links");
    }

    private static void compare(Protocol protocol, Struct value, Random random, boolean fragment) {
        StructDescriptor d = value.descriptor();
        byte[] bytes = Libthrift.write(protocol, value);
        try (Chain chain = fragment ? Chains.fragmented(bytes, random) : Chain.copyOf(bytes)) {
            StructView eager = new StructView(d, protocol).wrap(chain);
            StructView lazy = new StructView(d, protocol, ViewOptions.LAZY).wrap(chain);
            assertFalse(lazy.indexedWhole());
            for (int slot : shuffledSlots(d, random)) {
                assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
            }
            lazy.validate();
            assertTrue(lazy.indexedWhole());
            assertSameIndex(eager, lazy);
            assertEquals(value, FromView.struct(lazy));
            assertEquals(0, lazy.index.genericRootWalks, "the happy path took it");
            // in declaration order, as a generated decoder reads, on the same view again
            lazy.wrap(chain);
            assertEquals(value, FromView.struct(lazy));
            assertSameIndex(eager, lazy);
        }
    }

    @Property(tries = 300)
    void fieldsReadInAnyOrderAreTheEagerOnes(
            @ForAll long seed, @ForAll Protocol protocol, @ForAll boolean fragment) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        compare(protocol, Model.randomStruct(random, d), random, fragment);
    }

    @Property(tries = 30)
    void workloadsReadInAnyOrderAreTheEagerOnes(
            @ForAll long seed, @ForAll Protocol protocol, @ForAll boolean fragment) {
        Random random = new Random(seed);
        compare(protocol, Workloads.request(random), random, fragment);
        compare(protocol, Workloads.batch(random), random, fragment);
        compare(protocol, Workloads.wideValue(random), random, fragment);
        compare(protocol, Workloads.lists(random, random.nextInt(200)), random, fragment);
    }

    /** Fields the schema does not know are skipped and kept, as the eager walk keeps them. */
    @Property(tries = 100)
    void unknownFieldsAreKeptAsTheEagerWalkKeepsThem(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        byte[] bytes = Libthrift.write(protocol, Workloads.request(random));
        StructDescriptor older =
                StructDescriptor.of(
                        "OldRequest",
                        StructDescriptor.Kind.STRUCT,
                        List.of(
                                Workloads.REQUEST.field(0),
                                Workloads.REQUEST.field(4),
                                Workloads.REQUEST.field(7)));
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView eager = new StructView(older, protocol).wrap(chain);
            StructView lazy = new StructView(older, protocol, ViewOptions.LAZY).wrap(chain);
            for (int slot : shuffledSlots(older, random)) {
                assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
            }
            assertEquals(eager.unknownCount(), lazy.unknownCount());
            for (int i = 0; i < eager.unknownCount(); i++) {
                assertEquals(eager.unknown(i), lazy.unknown(i));
            }
            assertSameIndex(eager, lazy);
        }
    }

    /**
     * The bytes libthrift writes for the fields of {@code value} at {@code slots}, in that order (a
     * slot may come twice: the same value again), then the stop byte.
     */
    static byte[] writeFields(Protocol protocol, Struct value, List<Integer> slots) {
        try {
            org.apache.thrift.transport.TMemoryBuffer buffer =
                    new org.apache.thrift.transport.TMemoryBuffer(64);
            org.apache.thrift.protocol.TProtocol p = Libthrift.protocol(protocol, buffer);
            StructDescriptor d = value.descriptor();
            p.writeStructBegin(new org.apache.thrift.protocol.TStruct(d.name()));
            for (int slot : slots) {
                FieldDescriptor f = d.field(slot);
                p.writeFieldBegin(
                        new org.apache.thrift.protocol.TField(
                                f.name(), f.type().wireType(), (short) f.id()));
                Libthrift.writeValue(p, f.type(), value.fields().get(slot));
                p.writeFieldEnd();
            }
            p.writeFieldStop();
            p.writeStructEnd();
            return Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (org.apache.thrift.TException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Fields in another order than the declaration's: the happy path looks them up (in the compact
     * protocol their headers carry the ids whole) and still takes the message.
     */
    @Property(tries = 200)
    void fieldsInAnyWireOrderAreTheEagerOnes(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 2);
        Struct value = Model.randomStruct(random, d);
        List<Integer> present = new ArrayList<>(value.fields().keySet());
        Collections.shuffle(present, random);
        byte[] bytes = writeFields(protocol, value, present);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView eager = new StructView(d, protocol).wrap(chain);
            StructView lazy = new StructView(d, protocol, ViewOptions.LAZY).wrap(chain);
            for (int slot : shuffledSlots(d, random)) {
                assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
            }
            assertSameIndex(eager, lazy);
            assertEquals(value, FromView.struct(lazy));
            assertEquals(0, lazy.index.genericRootWalks, "the happy path took it");
        }
    }

    /**
     * The happy path takes the fields before the first unknown one, and hands over to the generic
     * walk there; the fields read then are the eager ones.
     */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theHappyPathHandsOverAtTheFirstUnknownField(Protocol protocol) {
        Struct value = Workloads.request(new Random(11));
        byte[] bytes = Libthrift.write(protocol, value);
        List<FieldDescriptor> fields = new ArrayList<>(Workloads.REQUEST.fields());
        int user = Workloads.REQUEST.slotOf(3);
        fields.remove(user); // a field in the middle, unknown to this reader
        StructDescriptor older =
                StructDescriptor.of("Request", StructDescriptor.Kind.STRUCT, fields);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView eager = new StructView(older, protocol).wrap(chain);
            StructView lazy = new StructView(older, protocol, ViewOptions.LAZY).wrap(chain);
            for (int slot = 0; slot < user; slot++) {
                assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
            }
            assertEquals(0, lazy.index.genericRootWalks, "the fields before the unknown one");
            for (int slot = older.fieldCount() - 1; slot >= 0; slot--) {
                assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
            }
            assertEquals(1, lazy.index.genericRootWalks, "the generic walk from the unknown one");
            assertEquals(1, lazy.unknownCount());
            assertEquals(eager.unknown(0), lazy.unknown(0));
            assertSameIndex(eager, lazy);
        }
    }

    /**
     * A root field that comes twice: the reads of the fields before the second one succeed, and the
     * first read that walks into it fails, with an error that names the field, as does every later
     * read past it (the eager view, as libthrift, takes the last one).
     */
    @Property(tries = 100)
    void aRepeatedRootFieldFailsTheReadsThatReachIt(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 2);
        Struct value = Model.randomStruct(random, d);
        List<Integer> present = new ArrayList<>(value.fields().keySet());
        if (present.isEmpty()) {
            return;
        }
        int repeated = present.get(random.nextInt(present.size()));
        List<Integer> slots = new ArrayList<>(present);
        int at =
                1
                        + slots.indexOf(repeated)
                        + random.nextInt(slots.size() - slots.indexOf(repeated));
        slots.add(at, repeated);
        byte[] bytes = writeFields(protocol, value, slots);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView eager = new StructView(d, protocol).wrap(chain);
            StructView lazy = new StructView(d, protocol, ViewOptions.LAZY).wrap(chain);
            for (int slot : slots.subList(0, at)) {
                if (slot != repeated) { // the eager view holds the last of the two
                    assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
                }
            }
            assertTrue(
                    lazy.headerPosition(repeated) < eager.headerPosition(repeated),
                    "the lazy view holds the first of the two, the eager one the last");
            FieldDescriptor f = d.field(repeated);
            ProtocolException e = assertThrows(ProtocolException.class, lazy::validate);
            assertTrue(
                    e.getMessage().contains("field " + f.name() + " (id " + f.id() + ") repeated"),
                    e.getMessage());
            assertEquals(ProtocolException.Kind.INVALID_DATA, e.kind());
            assertSame(e, assertThrows(ProtocolException.class, lazy::end));
            if (at < slots.size() - 1) {
                int after = slots.get(slots.size() - 1);
                if (after != repeated) {
                    assertSame(e, assertThrows(ProtocolException.class, () -> read(lazy, after)));
                }
            }
        }
    }

    // ---------------------------------------------------------------- bad bytes

    private static ProtocolException eagerFailure(
            StructDescriptor d, Protocol protocol, ViewOptions options, byte[] bytes) {
        try (StructView eager = new StructView(d, protocol, options)) {
            ProtocolException e =
                    assertThrows(ProtocolException.class, () -> eager.wrap(bytes, 0, bytes.length));
            assertFalse(eager.failurePath().isEmpty());
            return e;
        }
    }

    /**
     * Wide cut short inside {@code f40}: every field before it reads, and the first read that needs
     * to walk into {@code f40} throws the eager walk's exception, with its path; so do every later
     * read past it and {@code validate}, with the same exception.
     */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void badBytesFailOnlyTheReadsThatReachThem(Protocol protocol) {
        Struct value = Workloads.wideValue(new Random(7));
        byte[] whole = Libthrift.write(protocol, value);
        int f40 = Workloads.WIDE.slotOf(40);
        byte[] cut;
        try (StructView eager = new StructView(Workloads.WIDE, protocol)) {
            eager.wrap(whole, 0, whole.length);
            cut = Arrays.copyOf(whole, eager.valuePosition(f40) + 2);
        }
        ProtocolException expected =
                eagerFailure(Workloads.WIDE, protocol, ViewOptions.DEFAULT, cut);
        List<PathSegment> expectedPath;
        try (StructView eager = new StructView(Workloads.WIDE, protocol)) {
            assertThrows(ProtocolException.class, () -> eager.wrap(cut, 0, cut.length));
            expectedPath = eager.failurePath();
        }
        assertEquals(new PathSegment.Field(40, "f40"), expectedPath.get(0));
        try (StructView lazy = new StructView(Workloads.WIDE, protocol, ViewOptions.LAZY);
                StructView eager = new StructView(Workloads.WIDE, protocol)) {
            eager.wrap(whole, 0, whole.length);
            lazy.wrap(cut, 0, cut.length);
            int f37 = Workloads.WIDE.slotOf(37);
            assertEquals(value.fields().get(f37), lazy.getString(f37));
            for (int slot = f40 - 1; slot >= 0; slot--) {
                assertEquals(read(eager, slot), read(lazy, slot), "slot " + slot);
            }
            ProtocolException first =
                    assertThrows(ProtocolException.class, () -> lazy.getLong(f40 + 1));
            assertEquals(expected.getMessage(), first.getMessage());
            assertEquals(expected.kind(), first.kind());
            assertEquals(expected.offset(), first.offset());
            assertEquals(expectedPath, lazy.failurePath());
            assertSame(first, assertThrows(ProtocolException.class, () -> lazy.has(f40)));
            assertSame(first, assertThrows(ProtocolException.class, lazy::validate));
            assertSame(first, assertThrows(ProtocolException.class, lazy::end));
            assertEquals(value.fields().get(0), lazy.getLong(0)); // what was read stays readable
            lazy.wrap(whole, 0, whole.length); // and the next message is another one
            assertEquals(value, FromView.struct(lazy));
            lazy.validate();
            assertTrue(lazy.failurePath().isEmpty());
        }
    }

    /** A nested struct passed on the way is indexed whole: its bad bytes fail the walk past it. */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void badBytesInANestedStructNameTheirPath(Protocol protocol) {
        Struct value = Workloads.request(new Random(3));
        byte[] whole = Libthrift.write(protocol, value);
        int user = Workloads.REQUEST.slotOf(3);
        byte[] bad = whole.clone();
        try (StructView eager = new StructView(Workloads.REQUEST, protocol)) {
            eager.wrap(whole, 0, whole.length);
            StructView nested = new StructView(Workloads.USER);
            eager.getStruct(user, nested);
            // the header of the user's name (field 2) becomes a header of an invalid type
            int name = nested.headerPosition(Workloads.USER.slotOf(2));
            bad[name] = protocol == Protocol.BINARY ? (byte) 0x7f : (byte) (bad[name] | 0x0f);
        }
        ProtocolException expected =
                eagerFailure(Workloads.REQUEST, protocol, ViewOptions.DEFAULT, bad);
        try (StructView eager = new StructView(Workloads.REQUEST, protocol)) {
            assertThrows(ProtocolException.class, () -> eager.wrap(bad, 0, bad.length));
            try (StructView lazy = new StructView(Workloads.REQUEST, protocol, ViewOptions.LAZY)) {
                lazy.wrap(bad, 0, bad.length);
                assertEquals(value.fields().get(0), lazy.getLong(0));
                assertEquals(value.fields().get(1), lazy.getString(1));
                ProtocolException e =
                        assertThrows(ProtocolException.class, () -> lazy.has(user + 1));
                assertEquals(expected.getMessage(), e.getMessage());
                assertEquals(eager.failurePath(), lazy.failurePath());
                assertEquals(new PathSegment.Field(3, "user"), lazy.failurePath().get(0));
            }
        }
    }

    /**
     * Random bytes changed: the lazy view reads fields in a random order, each read returning or
     * throwing only {@link ProtocolException}; {@code validate} then fails exactly when the eager
     * wrap fails, with the same message and path, and otherwise leaves the eager index.
     */
    @Property(tries = 400)
    void mutatedBytesFailAsTheEagerWalkFails(
            @ForAll long seed, @ForAll Protocol protocol, @ForAll boolean strict) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        byte[] bytes = Libthrift.write(protocol, Model.randomStruct(random, d));
        for (int flips = 1 + random.nextInt(3); flips > 0 && bytes.length > 0; flips--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        if (random.nextInt(4) == 0) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        ViewOptions eagerOptions = strict ? ViewOptions.STRICT : ViewOptions.DEFAULT;
        byte[] input = bytes;
        try (StructView eager = new StructView(d, protocol, eagerOptions);
                StructView lazy = new StructView(d, protocol, eagerOptions.withLazy(true))) {
            ProtocolException eagerError = null;
            try {
                eager.wrap(input, 0, input.length);
            } catch (ProtocolException e) {
                eagerError = e;
            }
            lazy.wrap(input, 0, input.length);
            java.util.Map<Integer, Object> reads = new java.util.HashMap<>();
            for (int slot : shuffledSlots(d, random)) {
                try {
                    reads.put(slot, read(lazy, slot));
                } catch (ProtocolException e) {
                    // reached bad bytes: the same failure as validate's below
                }
            }
            ProtocolException lazyError = null;
            try {
                lazy.validate();
            } catch (ProtocolException e) {
                lazyError = e;
            }
            if (lazyError != null
                    && !strict
                    && lazyError.getMessage().contains("repeated (a lazily indexed view)")) {
                // the one departure: a root field repeated, which a lazy view refuses, before
                // whatever the eager walk found (or where it found nothing)
                assertTrue(
                        eagerError == null || eagerError.offset() > lazyError.offset(),
                        lazyError.getMessage() + " / " + eagerError);
                return;
            }
            assertEquals(
                    eagerError == null,
                    lazyError == null,
                    "fails as the eager wrap: " + eagerError);
            if (eagerError != null) {
                assertEquals(eagerError.getMessage(), lazyError.getMessage());
                assertEquals(eager.failurePath(), lazy.failurePath());
            } else {
                for (java.util.Map.Entry<Integer, Object> e : reads.entrySet()) {
                    assertEquals(read(eager, e.getKey()), e.getValue(), "slot " + e.getKey());
                }
                assertSameIndex(eager, lazy);
            }
        }
    }

    /**
     * The lazy view of {@code input} read at one random field, then validated: fails exactly when
     * the eager wrap fails, with the same message and path, and otherwise leaves the eager index;
     * the read fails only with {@link ProtocolException}, and reads the eager value when it
     * succeeds on bytes the eager walk takes.
     */
    private static void failsAsTheEagerWalk(
            StructDescriptor d, Protocol protocol, ViewOptions options, byte[] input, int slot) {
        try (StructView eager = new StructView(d, protocol, options);
                StructView lazy = new StructView(d, protocol, options.withLazy(true))) {
            ProtocolException eagerError = null;
            try {
                eager.wrap(input, 0, input.length);
            } catch (ProtocolException e) {
                eagerError = e;
            }
            lazy.wrap(input, 0, input.length);
            ProtocolException readError = null;
            Object read = null;
            try {
                read = read(lazy, slot);
            } catch (ProtocolException e) {
                readError = e;
            }
            ProtocolException lazyError = null;
            try {
                lazy.validate();
            } catch (ProtocolException e) {
                lazyError = e;
            }
            if (readError != null) {
                assertSame(readError, lazyError, "the walk stopped for good at the read");
            }
            if (lazyError != null
                    && !options.strict()
                    && lazyError.getMessage().contains("repeated (a lazily indexed view)")) {
                // the one departure: a root field repeated, which a lazy view refuses, before
                // whatever the eager walk found (or where it found nothing)
                assertTrue(
                        eagerError == null || eagerError.offset() > lazyError.offset(),
                        lazyError.getMessage() + " / " + eagerError);
                return;
            }
            assertEquals(
                    eagerError == null,
                    lazyError == null,
                    "fails as the eager wrap: " + eagerError);
            if (eagerError != null) {
                assertEquals(eagerError.getMessage(), lazyError.getMessage());
                assertEquals(eager.failurePath(), lazy.failurePath());
            } else {
                assertEquals(read(eager, slot), read, "slot " + slot);
                assertSameIndex(eager, lazy);
            }
        }
    }

    /**
     * The message cut short at every length, and each of its bytes changed in turn (to a random
     * value), read lazily at a random field: each fails as the eager walk fails.
     */
    @Property(tries = 40)
    void everyCutAndEveryChangedByteFailAsTheEagerWalk(
            @ForAll long seed, @ForAll Protocol protocol, @ForAll boolean strict) {
        Random random = new Random(seed);
        Struct value =
                random.nextInt(4) == 0
                        ? Workloads.wideValue(random)
                        : Model.randomStruct(random, Model.randomDescriptor(random, 3));
        StructDescriptor d = value.descriptor();
        if (d.fieldCount() == 0) {
            return;
        }
        ViewOptions options = strict ? ViewOptions.STRICT : ViewOptions.DEFAULT;
        byte[] bytes = Libthrift.write(protocol, value);
        int step = 1 + bytes.length / 2000; // every position of all but the largest
        for (int i = 0; i < bytes.length; i += step) {
            int slot = random.nextInt(d.fieldCount());
            failsAsTheEagerWalk(d, protocol, options, Arrays.copyOf(bytes, i), slot);
            byte[] changed = bytes.clone();
            changed[i] = (byte) random.nextInt(256);
            failsAsTheEagerWalk(d, protocol, options, changed, slot);
        }
    }

    /** Limits apply when the walk reaches what breaks them, and the size at once. */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void limitsApply(Protocol protocol) {
        Struct value = Workloads.request(new Random(5));
        byte[] bytes = Libthrift.write(protocol, value);
        ViewOptions shallow = new ViewOptions(Limits.DEFAULT.withMaxDepth(1), false, true);
        try (StructView lazy = new StructView(Workloads.REQUEST, protocol, shallow)) {
            lazy.wrap(bytes, 0, bytes.length);
            assertEquals(value.fields().get(0), lazy.getLong(0));
            ProtocolException e =
                    assertThrows(
                            ProtocolException.class,
                            () -> lazy.has(Workloads.REQUEST.slotOf(3))); // user: depth 2
            assertEquals(ProtocolException.Kind.DEPTH_LIMIT, e.kind(), e.getMessage());
            ViewOptions small =
                    new ViewOptions(
                            Limits.DEFAULT.withMaxMessageSize(bytes.length - 1), false, true);
            try (StructView tiny = new StructView(Workloads.REQUEST, protocol, small)) {
                assertEquals(
                        ProtocolException.Kind.SIZE_LIMIT,
                        assertThrows(
                                        ProtocolException.class,
                                        () -> tiny.wrap(bytes, 0, bytes.length))
                                .kind());
            }
        }
    }

    // ---------------------------------------------------------------- edits

    /** Sets or unsets a root field of either view alike: {@code value} drawn once for both. */
    private static void edit(StructView view, int slot, Object value) {
        FieldDescriptor f = view.descriptor().field(slot);
        if (value == null) {
            view.unset(slot);
            return;
        }
        switch (f.type().kind()) {
            case BOOL -> view.setBool(slot, (Boolean) value);
            case I8 -> view.setByte(slot, (Byte) value);
            case I16 -> view.setShort(slot, (Short) value);
            case I32 -> view.setInt(slot, (Integer) value);
            case ENUM -> view.setEnum(slot, (Integer) value);
            case I64 -> view.setLong(slot, (Long) value);
            case DOUBLE -> view.setDouble(slot, ((Dbl) value).v());
            case STRING -> view.setString(slot, (String) value);
            case BINARY -> view.setBinary(slot, ((Bin) value).v());
            case UUID -> view.setUuid(slot, (UUID) value);
            default -> {
                try (Chain encoded =
                        Chain.copyOf(Libthrift.writeValue(view.protocol(), f.type(), value))) {
                    view.setEncoded(slot, encoded);
                }
            }
        }
    }

    /**
     * A lazy view read as far as a random field, then edited at random (sets, unsets, inserts,
     * whole values encoded apart, list elements): after each edit its chain holds the bytes of an
     * eager view edited alike, and at the end both read the same value.
     */
    @Property(tries = 200)
    void editsOfAPartlyIndexedViewGiveTheEagerBytes(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 2);
        if (d.fieldCount() == 0) {
            return;
        }
        byte[] bytes = Libthrift.write(protocol, Model.randomStruct(random, d));
        try (Chain eagerChain = Chains.fragmented(bytes, random);
                Chain lazyChain = Chain.copyOf(bytes)) {
            StructView eager = new StructView(d, protocol).wrap(eagerChain);
            StructView lazy = new StructView(d, protocol, ViewOptions.LAZY).wrap(lazyChain);
            int first = random.nextInt(d.fieldCount());
            assertEquals(read(eager, first), read(lazy, first));
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                int slot = random.nextInt(d.fieldCount());
                FieldDescriptor f = d.field(slot);
                ValueKind kind = f.type().kind();
                if (kind == ValueKind.LIST && eager.has(slot) && random.nextBoolean()) {
                    ListView e = new ListView();
                    ListView l = new ListView();
                    eager.getList(slot, e);
                    lazy.getList(slot, l);
                    TypeDescriptor element = f.type().element();
                    if (e.size() > 0 && element.kind() == ValueKind.I64) {
                        int i = random.nextInt(e.size());
                        long v = random.nextLong();
                        e.setLong(i, v);
                        l.setLong(i, v);
                        assertArrayEquals(eagerChain.toByteArray(), lazyChain.toByteArray());
                        continue;
                    }
                }
                Object value =
                        f.requiredness() != Requiredness.REQUIRED && random.nextInt(4) == 0
                                ? null
                                : Model.randomValue(random, f.type());
                edit(eager, slot, value);
                edit(lazy, slot, value);
                assertArrayEquals(
                        eagerChain.toByteArray(), lazyChain.toByteArray(), "slot " + slot);
            }
            assertTrue(lazy.indexedWhole());
            assertEquals(FromView.struct(eager), FromView.struct(lazy));
            assertEquals(eager.end(), lazy.end());
        }
    }

    // ---------------------------------------------------------------- allocation

    /** A lazy wrap and the reads of a few primitives, in both protocols, allocate nothing. */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aLazyWrapAndPrimitiveReadsAllocateNothing(Protocol protocol) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "no allocation counter here");
        byte[] bytes = Libthrift.write(protocol, Workloads.wideValue(new Random(1)));
        Utf8Text text = new Utf8Text();
        int f36 = Workloads.WIDE.slotOf(36);
        int f37 = Workloads.WIDE.slotOf(37);
        int f49 = Workloads.WIDE.slotOf(49);
        try (Chain chain = Chain.copyOf(bytes)) {
            StructView wide = new StructView(Workloads.WIDE, protocol, ViewOptions.LAZY);
            long sink = 0;
            for (int i = 0; i < 20_000; i++) {
                sink += read(wide.wrap(chain), f36, f37, f49, text);
            }
            long thread = Thread.currentThread().threadId();
            long[] rounds = new long[5]; // a round may see the JIT's own transient allocations
            for (int round = 0; round < rounds.length; round++) {
                long before = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < 10_000; i++) {
                    sink += read(wide.wrap(chain), f36, f37, f49, text);
                }
                rounds[round] = THREADS.getThreadAllocatedBytes(thread) - before;
                if (rounds[round] == 0) {
                    break;
                }
            }
            assertEquals(0, Arrays.stream(rounds).min().orElseThrow(), Arrays.toString(rounds));
            assertTrue(sink != 0);
        }
    }

    private static long read(StructView wide, int f36, int f37, int f49, Utf8Text text) {
        return wide.getLong(f36)
                + wide.getUtf8(f37, text).byteLength()
                + wide.getInt(f49 - 1)
                + (wide.has(f49) ? 1 : 0);
    }
}
