package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.codegentests.features.Choice;
import dev.zerothrift.codegentests.features.Color;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.NestedView;
import dev.zerothrift.codegentests.features.Presence;
import dev.zerothrift.codegentests.features.PresenceView;
import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.codegentests.idl.RequestView;
import dev.zerothrift.codegentests.idl.Status;
import dev.zerothrift.codegentests.idl.User;
import dev.zerothrift.codegentests.idl.UserView;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakDetector;
import dev.zerothrift.runtime.codec.FastCodec;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.StructView;
import dev.zerothrift.runtime.view.ViewOptions;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Random sequences of sets, unsets and container edits (add, insert, replace, remove, put) through
 * the typed methods of generated views, over chains of many small nodes, both protocols, on types
 * of workloads.thrift and of the feature IDL (optional fields, nested and recursive structs,
 * unions, lists, sets and maps of containers). The same edits change a POJO; after them the bytes
 * are exactly what Apache libthrift writes for the POJO's value (so the length is too: {@code
 * encodedLength} is checked against it), libthrift reads them back as that value, {@code toPojo} of
 * the edited view and of a fresh strict view equal the POJO, and no pooled block leaked.
 *
 * <p>The feature IDL is generated with fixed-size fields first: a whole struct that a setter or an
 * element edit encodes apart (by the POJO's fast codec) has its fields in that order, so there the
 * bytes are checked for libthrift's length and value rather than byte for byte; workloads.thrift is
 * generated in IDL order here, and its bytes are libthrift's exactly.
 */
class GeneratedViewEditTest {

    // ---------------------------------------------------------------- the check

    private static <P extends ThriftStruct, V extends StructView> void run(
            long seed,
            Protocol protocol,
            StructDescriptor d,
            Function<Random, P> random,
            Function<Protocol, V> newView,
            Function<V, P> toPojo,
            TriConsumer<Random, V, P> edit,
            boolean declarationOrder) {
        long mark = LeakDetector.mark();
        Random r = new Random(seed);
        P expected = random.apply(r);
        byte[] bytes = libthriftBytes(protocol, d, expected);
        try (Chain chain = fragmented(bytes, r)) {
            V view = newView.apply(protocol);
            view.wrap(chain);
            int edits = r.nextInt(30);
            for (int i = 0; i < edits; i++) {
                edit.accept(r, view, expected);
                if (r.nextInt(5) == 0) {
                    check(protocol, d, chain, view, expected, newView, toPojo, declarationOrder);
                }
            }
            check(protocol, d, chain, view, expected, newView, toPojo, declarationOrder);
        }
        LeakDetector.checkNoLeaksSince(mark);
    }

    /** What libthrift writes for the value of {@code pojo}: fields in declaration order. */
    private static byte[] libthriftBytes(Protocol protocol, StructDescriptor d, ThriftStruct pojo) {
        return SchemaLibthrift.write(
                protocol,
                d,
                SchemaLibthrift.read(protocol, d, FastCodec.toByteArray(pojo, protocol)));
    }

    private static <P extends ThriftStruct, V extends StructView> void check(
            Protocol protocol,
            StructDescriptor d,
            Chain chain,
            V view,
            P expected,
            Function<Protocol, V> newView,
            Function<V, P> toPojo,
            boolean declarationOrder) {
        byte[] actual = chain.toByteArray();
        byte[] libthrift = libthriftBytes(protocol, d, expected);
        if (declarationOrder) {
            assertArrayEquals(libthrift, actual, expected::toString);
        } else {
            assertEquals(libthrift.length, actual.length, expected::toString);
        }
        assertEquals(
                SchemaLibthrift.read(protocol, d, FastCodec.toByteArray(expected, protocol)),
                SchemaLibthrift.read(protocol, d, actual));
        assertEquals(libthrift.length, view.encodedLength());
        assertEquals(expected, toPojo.apply(view));
        V fresh = newView.apply(protocol);
        try {
            fresh.wrap(chain);
            assertEquals(expected, toPojo.apply(fresh));
        } finally {
            fresh.close();
        }
    }

    static Chain fragmented(byte[] bytes, Random random) {
        Chain chain = new Chain();
        int p = 0;
        while (p < bytes.length) {
            int n = Math.min(bytes.length - p, 1 + random.nextInt(7));
            try (Chain piece = Chain.copyOf(Arrays.copyOfRange(bytes, p, p + n))) {
                chain.append(piece);
            }
            p += n;
        }
        return chain;
    }

    @FunctionalInterface
    interface TriConsumer<A, B, C> {
        void accept(A a, B b, C c);
    }

    // ---------------------------------------------------------------- the properties

    @Property(tries = 300)
    void userEdits(@ForAll long seed, @ForAll Protocol protocol) {
        run(
                seed,
                protocol,
                UserView.DESCRIPTOR,
                GeneratedViewEditTest::user,
                p -> new UserView(p, ViewOptions.STRICT),
                UserView::toPojo,
                GeneratedViewEditTest::editUser,
                true);
    }

    @Property(tries = 300)
    void requestEdits(@ForAll long seed, @ForAll Protocol protocol) {
        run(
                seed,
                protocol,
                RequestView.DESCRIPTOR,
                GeneratedViewEditTest::request,
                p -> new RequestView(p, ViewOptions.STRICT),
                RequestView::toPojo,
                GeneratedViewEditTest::editRequest,
                true);
    }

    @Property(tries = 300)
    void nestedEdits(@ForAll long seed, @ForAll Protocol protocol) {
        run(
                seed,
                protocol,
                NestedView.DESCRIPTOR,
                r -> nested(r, 2),
                p -> new NestedView(p, ViewOptions.STRICT),
                NestedView::toPojo,
                (r, v, p) -> editNested(r, v, p, 2),
                false);
    }

    @Property(tries = 300)
    void presenceEdits(@ForAll long seed, @ForAll Protocol protocol) {
        run(
                seed,
                protocol,
                PresenceView.DESCRIPTOR,
                GeneratedViewEditTest::presence,
                p -> new PresenceView(p, ViewOptions.STRICT),
                PresenceView::toPojo,
                GeneratedViewEditTest::editPresence,
                false);
    }

    // ---------------------------------------------------------------- User

    private static User user(Random r) {
        User u = new User().setId(r.nextLong()).setAge(r.nextInt()).setActive(r.nextBoolean());
        u.setScore(r.nextDouble());
        if (r.nextBoolean()) {
            u.setName(string(r));
        }
        if (r.nextBoolean()) {
            u.setEmail(string(r));
        }
        if (r.nextBoolean()) {
            u.setStatus(Status.values()[r.nextInt(Status.values().length)]);
        }
        if (r.nextBoolean()) {
            u.setTags(strings(r));
        }
        if (r.nextBoolean()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = r.nextInt(count(r)); i > 0; i--) {
                attrs.put(string(r), string(r));
            }
            u.setAttrs(attrs);
        }
        return u;
    }

    private static void editUser(Random r, UserView v, User p) {
        List<String> tags = p.isSetTags() ? new ArrayList<>(p.getTags()) : new ArrayList<>();
        Map<String, String> attrs =
                p.isSetAttrs() ? new LinkedHashMap<>(p.getAttrs()) : new LinkedHashMap<>();
        switch (r.nextInt(9)) {
            case 0 -> {
                if (r.nextBoolean()) {
                    String s = string(r);
                    v.setName(s);
                    p.setName(s);
                } else {
                    v.unsetName();
                    p.unsetName();
                }
            }
            case 1 -> {
                int age = r.nextInt();
                v.setAge(age);
                p.setAge(age);
            }
            case 2 -> {
                if (r.nextBoolean()) {
                    Status s = Status.values()[r.nextInt(Status.values().length)];
                    v.setStatus(s);
                    p.setStatus(s);
                } else {
                    v.unsetStatus();
                    p.unsetStatus();
                }
            }
            case 3, 4 -> { // add or insert
                String s = string(r);
                if (tags.isEmpty() || r.nextBoolean()) {
                    v.tagsAdd(s);
                    tags.add(s);
                } else {
                    int i = r.nextInt(tags.size() + 1);
                    v.tagsInsert(i, s);
                    tags.add(i, s);
                }
                p.setTags(tags);
            }
            case 5 -> {
                if (!tags.isEmpty()) {
                    int i = r.nextInt(tags.size());
                    if (r.nextBoolean()) {
                        v.tagsRemoveAt(i);
                        tags.remove(i);
                    } else {
                        String s = string(r);
                        v.tagsReplaceAt(i, s);
                        tags.set(i, s);
                    }
                    p.setTags(tags);
                }
            }
            case 6 -> {
                String key = !attrs.isEmpty() && r.nextBoolean() ? anyKey(r, attrs) : string(r);
                String value = string(r);
                assertEquals(!attrs.containsKey(key), v.attrsPut(key, value));
                attrs.put(key, value);
                p.setAttrs(attrs);
            }
            case 7 -> {
                String key = !attrs.isEmpty() && r.nextBoolean() ? anyKey(r, attrs) : string(r);
                assertEquals(attrs.containsKey(key), v.attrsRemove(key));
                if (attrs.remove(key) != null) {
                    p.setAttrs(attrs);
                }
            }
            default -> {
                if (r.nextBoolean()) {
                    List<String> all = strings(r);
                    v.setTags(all);
                    p.setTags(all);
                } else {
                    v.unsetTags();
                    p.unsetTags();
                }
            }
        }
    }

    // ---------------------------------------------------------------- Request

    private static Request request(Random r) {
        Request q = new Request().setRequestId(r.nextLong()).setPriority((short) r.nextInt());
        if (r.nextBoolean()) {
            q.setMethod(string(r));
        }
        if (r.nextBoolean()) {
            q.setUser(user(r));
        }
        if (r.nextBoolean()) {
            q.setIds(r.longs(r.nextInt(count(r))).toArray());
        }
        if (r.nextBoolean()) {
            q.setPayload(ByteBuffer.wrap(bytes(r)));
        }
        if (r.nextBoolean()) {
            q.setTraceId(string(r));
        }
        if (r.nextBoolean()) {
            q.setShards(r.ints(r.nextInt(count(r))).toArray());
        }
        return q;
    }

    private static void editRequest(Random r, RequestView v, Request p) {
        long[] ids = p.isSetIds() ? p.getIds() : new long[0];
        int[] shards = p.isSetShards() ? p.getShards() : new int[0];
        switch (r.nextInt(7)) {
            case 0 -> {
                long id = r.nextLong();
                v.setRequestId(id);
                p.setRequestId(id);
            }
            case 1 -> {
                if (v.user() != null) {
                    editUser(r, v.user(), p.getUser());
                } else {
                    User u = user(r);
                    v.setUser(u);
                    p.setUser(u);
                }
            }
            case 2 -> {
                long value = r.nextLong() >> r.nextInt(64);
                int op = ids.length == 0 ? 0 : r.nextInt(4);
                List<Long> list = new ArrayList<>();
                for (long id : ids) {
                    list.add(id);
                }
                int i = op == 0 ? list.size() : r.nextInt(list.size() + (op == 1 ? 1 : 0));
                switch (op) {
                    case 0 -> v.idsAdd(value);
                    case 1 -> v.idsInsert(i, value);
                    case 2 -> v.idsReplaceAt(i, value);
                    default -> v.idsRemoveAt(i);
                }
                switch (op) {
                    case 0, 1 -> list.add(i, value);
                    case 2 -> list.set(i, value);
                    default -> list.remove(i);
                }
                p.setIds(list.stream().mapToLong(Long::longValue).toArray());
            }
            case 3 -> {
                int value = r.nextInt() >> r.nextInt(32);
                int op = shards.length == 0 ? 0 : r.nextInt(4);
                List<Integer> list = new ArrayList<>();
                for (int s : shards) {
                    list.add(s);
                }
                int i = op == 0 ? list.size() : r.nextInt(list.size() + (op == 1 ? 1 : 0));
                switch (op) {
                    case 0 -> v.shardsAdd(value);
                    case 1 -> v.shardsInsert(i, value);
                    case 2 -> v.shardsReplaceAt(i, value);
                    default -> v.shardsRemoveAt(i);
                }
                switch (op) {
                    case 0, 1 -> list.add(i, value);
                    case 2 -> list.set(i, value);
                    default -> list.remove(i);
                }
                p.setShards(list.stream().mapToInt(Integer::intValue).toArray());
            }
            case 4 -> {
                if (r.nextBoolean()) {
                    byte[] b = bytes(r);
                    v.setPayload(b);
                    p.setPayload(ByteBuffer.wrap(b));
                } else {
                    v.unsetPayload();
                    p.unsetPayload();
                }
            }
            case 5 -> {
                if (r.nextBoolean()) {
                    String s = string(r);
                    v.setTraceId(s);
                    p.setTraceId(s);
                } else {
                    v.unsetTraceId();
                    p.unsetTraceId();
                }
            }
            default -> {
                if (r.nextBoolean()) {
                    v.unsetIds();
                    p.unsetIds();
                } else {
                    v.unsetUser();
                    p.unsetUser();
                }
            }
        }
    }

    // ---------------------------------------------------------------- Nested

    private static Nested nested(Random r, int depth) {
        Nested n = new Nested();
        if (r.nextBoolean()) {
            Map<String, List<Set<Long>>> deep = new LinkedHashMap<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                deep.put(string(r), listOfSets(r));
            }
            n.setDeep(deep);
        }
        if (r.nextBoolean()) {
            List<Choice> choices = new ArrayList<>();
            for (int i = r.nextInt(count(r)); i > 0; i--) {
                choices.add(choice(r));
            }
            n.setChoices(choices);
        }
        if (r.nextBoolean()) {
            Set<Color> colors = new LinkedHashSet<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                colors.add(color(r));
            }
            n.setColors(colors);
        }
        if (r.nextBoolean()) {
            Map<Color, ByteBuffer> blobs = new LinkedHashMap<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                blobs.put(color(r), ByteBuffer.wrap(bytes(r)));
            }
            n.setBlobs(blobs);
        }
        if (depth > 0 && r.nextBoolean()) {
            n.setChild(nested(r, depth - 1));
        }
        if (r.nextBoolean()) {
            n.setId(new UUID(r.nextLong(), r.nextLong()));
        }
        return n;
    }

    private static List<Set<Long>> listOfSets(Random r) {
        List<Set<Long>> list = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            Set<Long> set = new LinkedHashSet<>();
            for (int j = r.nextInt(count(r)); j > 0; j--) {
                set.add((long) r.nextInt(50) - 25);
            }
            list.add(set);
        }
        return list;
    }

    private static Choice choice(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new Choice().setNumber(r.nextInt());
            case 1 -> new Choice().setText(string(r));
            default -> new Choice().setPresence(presence(r));
        };
    }

    private static Color color(Random r) {
        return Color.values()[r.nextInt(Color.values().length)];
    }

    private static void editNested(Random r, NestedView v, Nested p, int depth) {
        switch (r.nextInt(7)) {
            case 0 -> {
                Map<String, List<Set<Long>>> deep =
                        p.isSetDeep() ? new LinkedHashMap<>(p.getDeep()) : new LinkedHashMap<>();
                String key = !deep.isEmpty() && r.nextBoolean() ? anyKey(r, deep) : string(r);
                if (r.nextInt(3) == 0) {
                    assertEquals(deep.containsKey(key), v.deepRemove(key));
                    if (deep.remove(key) == null) {
                        return;
                    }
                } else {
                    List<Set<Long>> value = listOfSets(r);
                    assertEquals(!deep.containsKey(key), v.deepPut(key, value));
                    deep.put(key, value);
                }
                p.setDeep(deep);
            }
            case 1 -> {
                List<Choice> choices =
                        p.isSetChoices() ? new ArrayList<>(p.getChoices()) : new ArrayList<>();
                Choice c = choice(r);
                int op = choices.isEmpty() ? 0 : r.nextInt(4);
                int i = op == 0 ? choices.size() : r.nextInt(choices.size() + (op == 1 ? 1 : 0));
                switch (op) {
                    case 0 -> {
                        v.choicesAdd(c);
                        choices.add(c);
                    }
                    case 1 -> {
                        v.choicesInsert(i, c);
                        choices.add(i, c);
                    }
                    case 2 -> {
                        v.choicesReplaceAt(i, c);
                        choices.set(i, c);
                    }
                    default -> {
                        v.choicesRemoveAt(i);
                        choices.remove(i);
                    }
                }
                p.setChoices(choices);
            }
            case 2 -> {
                Set<Color> colors =
                        p.isSetColors()
                                ? new LinkedHashSet<>(p.getColors())
                                : new LinkedHashSet<>();
                Color c = color(r);
                if (r.nextBoolean()) {
                    assertEquals(colors.add(c), v.colorsAdd(c)); // a color there already: no-op
                } else {
                    assertEquals(colors.remove(c), v.colorsRemove(c));
                    if (!p.isSetColors()) {
                        return;
                    }
                }
                p.setColors(colors);
            }
            case 3 -> {
                Map<Color, ByteBuffer> blobs =
                        p.isSetBlobs() ? new LinkedHashMap<>(p.getBlobs()) : new LinkedHashMap<>();
                Color c = color(r);
                if (r.nextInt(3) == 0) {
                    assertEquals(blobs.containsKey(c), v.blobsRemove(c));
                    if (blobs.remove(c) == null) {
                        return;
                    }
                } else {
                    ByteBuffer b = ByteBuffer.wrap(bytes(r));
                    assertEquals(!blobs.containsKey(c), v.blobsPut(c, b));
                    blobs.put(c, b);
                }
                p.setBlobs(blobs);
            }
            case 4 -> {
                if (v.child() != null && r.nextInt(4) != 0) {
                    editNested(r, v.child(), p.getChild(), depth - 1);
                } else if (r.nextBoolean() && depth > 0) {
                    Nested child = nested(r, depth - 1);
                    v.setChild(child);
                    p.setChild(child);
                } else {
                    v.unsetChild();
                    p.unsetChild();
                }
            }
            case 5 -> {
                if (r.nextBoolean()) {
                    UUID id = new UUID(r.nextLong(), r.nextLong());
                    v.setId(id);
                    p.setId(id);
                } else {
                    v.unsetId();
                    p.unsetId();
                }
            }
            default -> {
                switch (r.nextInt(3)) {
                    case 0 -> {
                        v.unsetDeep();
                        p.unsetDeep();
                    }
                    case 1 -> {
                        v.unsetColors();
                        p.unsetColors();
                    }
                    default -> {
                        v.unsetBlobs();
                        p.unsetBlobs();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- Presence

    private static Presence presence(Random r) {
        Presence p =
                new Presence()
                        .setId(r.nextInt())
                        .setName(string(r))
                        .setPlain(r.nextInt())
                        .setLabel(string(r))
                        .setRatio(r.nextDouble())
                        .setNumbers(r.ints(r.nextInt(count(r))).toArray());
        if (r.nextBoolean()) {
            p.setCount(r.nextLong());
        }
        if (r.nextBoolean()) {
            p.setNote(string(r));
        }
        if (r.nextBoolean()) {
            p.setColor(color(r));
        }
        return p;
    }

    private static void editPresence(Random r, PresenceView v, Presence p) {
        switch (r.nextInt(5)) {
            case 0 -> {
                if (r.nextBoolean()) {
                    long c = r.nextLong() >> r.nextInt(64);
                    v.setCount(c);
                    p.setCount(c);
                } else {
                    v.unsetCount();
                    p.unsetCount();
                }
            }
            case 1 -> {
                if (r.nextBoolean()) {
                    String s = string(r);
                    v.setNote(s);
                    p.setNote(s);
                } else {
                    v.unsetNote();
                    p.unsetNote();
                }
            }
            case 2 -> {
                if (r.nextBoolean()) {
                    Color c = color(r);
                    v.setColor(c);
                    p.setColor(c);
                } else {
                    v.unsetColor();
                    p.unsetColor();
                }
            }
            case 3 -> {
                List<Integer> list = new ArrayList<>();
                for (int n : p.getNumbers()) {
                    list.add(n);
                }
                int value = r.nextInt() >> r.nextInt(32);
                int op = list.isEmpty() ? 0 : r.nextInt(4);
                int i = op == 0 ? list.size() : r.nextInt(list.size() + (op == 1 ? 1 : 0));
                switch (op) {
                    case 0 -> {
                        v.numbersAdd(value);
                        list.add(value);
                    }
                    case 1 -> {
                        v.numbersInsert(i, value);
                        list.add(i, value);
                    }
                    case 2 -> {
                        v.numbersReplaceAt(i, value);
                        list.set(i, value);
                    }
                    default -> {
                        v.numbersRemoveAt(i);
                        list.remove(i);
                    }
                }
                p.setNumbers(list.stream().mapToInt(Integer::intValue).toArray());
            }
            default -> {
                String s = string(r);
                v.setName(s);
                p.setName(s);
            }
        }
    }

    // ---------------------------------------------------------------- values

    /** Counts around the compact header's nibble (14) now and then. */
    private static int count(Random r) {
        return r.nextInt(4) == 0 ? 14 + r.nextInt(4) : 1 + r.nextInt(5);
    }

    private static String string(Random r) {
        int n = r.nextInt(r.nextInt(8) == 0 ? 200 : 12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(r.nextInt(5) == 0 ? 0x400 + r.nextInt(0x2000) : 'a' + r.nextInt(26));
        }
        return s.toString();
    }

    private static List<String> strings(Random r) {
        List<String> list = new ArrayList<>();
        for (int i = r.nextInt(count(r)); i > 0; i--) {
            list.add(string(r));
        }
        return list;
    }

    private static byte[] bytes(Random r) {
        byte[] b = new byte[r.nextInt(r.nextInt(8) == 0 ? 300 : 10)];
        r.nextBytes(b);
        return b;
    }

    private static <K> K anyKey(Random r, Map<K, ?> map) {
        int i = r.nextInt(map.size());
        for (K k : map.keySet()) {
            if (i-- == 0) {
                return k;
            }
        }
        throw new AssertionError();
    }
}
