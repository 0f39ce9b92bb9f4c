package dev.zerothrift.runtime.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Values of a schema, as the view tests compare them: Boolean, Byte, Short, Integer (i32 and
 * enums), Long, {@link Dbl}, String, {@link Bin}, UUID, {@link Struct}, List (lists and sets) and
 * List of {@link Pair} (maps). Random schemas and random values of them.
 */
final class Model {
    private Model() {}

    /** A double compared by bits (NaN is NaN, -0.0 is not 0.0). */
    record Dbl(double v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Dbl d && Double.doubleToLongBits(d.v) == Double.doubleToLongBits(v);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToLongBits(v));
        }
    }

    /** A binary compared by content. */
    record Bin(byte[] v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bin b && Arrays.equals(b.v, v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }

        @Override
        public String toString() {
            return "Bin" + Arrays.toString(v);
        }
    }

    /** One map entry. */
    record Pair(Object key, Object value) {}

    /** A struct's present fields, by slot. */
    record Struct(StructDescriptor descriptor, TreeMap<Integer, Object> fields) {
        Struct(StructDescriptor descriptor) {
            this(descriptor, new TreeMap<>());
        }

        Struct with(int slot, Object value) {
            fields.put(slot, value);
            return this;
        }

        Struct copy() {
            return new Struct(descriptor, new TreeMap<>(fields));
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(descriptor.name()).append('{');
            for (Map.Entry<Integer, Object> e : fields.entrySet()) {
                s.append(descriptor.field(e.getKey()).name()).append('=').append(e.getValue());
                s.append(", ");
            }
            return s.append('}').toString();
        }
    }

    private static int names;

    static final EnumDescriptor COLOR =
            new EnumDescriptor(
                    "Color",
                    List.of(
                            new EnumDescriptor.Member("RED", 1),
                            new EnumDescriptor.Member("GREEN", 2),
                            new EnumDescriptor.Member("BLUE", 3)));

    /** A random struct type, nested at most {@code depth} levels. */
    static StructDescriptor randomDescriptor(Random random, int depth) {
        int count = random.nextInt(random.nextInt(5) == 0 ? 30 : 8);
        List<FieldDescriptor> fields = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        int id = 0;
        for (int i = 0; i < count; i++) {
            do {
                id =
                        switch (random.nextInt(8)) {
                            case 0 -> (short) random.nextInt(); // big jumps, negative ids
                            case 1 -> id + 16 + random.nextInt(20); // delta above 15
                            default -> id + 1 + random.nextInt(3);
                        };
                id = (short) id;
            } while (!ids.add(id));
            Requiredness req = Requiredness.values()[random.nextInt(3)];
            fields.add(new FieldDescriptor(id, "f" + i, randomType(random, depth), req));
        }
        return StructDescriptor.of("S" + (names++), StructDescriptor.Kind.STRUCT, fields);
    }

    static TypeDescriptor randomType(Random random, int depth) {
        int n = depth <= 0 ? 10 : 14;
        return switch (random.nextInt(n)) {
            case 0 -> TypeDescriptor.BOOL;
            case 1 -> TypeDescriptor.I8;
            case 2 -> TypeDescriptor.I16;
            case 3 -> TypeDescriptor.I32;
            case 4 -> TypeDescriptor.I64;
            case 5 -> TypeDescriptor.DOUBLE;
            case 6 -> TypeDescriptor.STRING;
            case 7 -> TypeDescriptor.BINARY;
            case 8 -> TypeDescriptor.UUID;
            case 9 -> TypeDescriptor.enumOf(COLOR);
            case 10 -> TypeDescriptor.struct(randomDescriptor(random, depth - 1));
            case 11 -> TypeDescriptor.listOf(randomType(random, depth - 1));
            case 12 -> TypeDescriptor.setOf(randomType(random, depth - 1));
            default ->
                    TypeDescriptor.mapOf(
                            randomType(random, depth - 1), randomType(random, depth - 1));
        };
    }

    /** A random value of {@code d}: required fields always, others at random. */
    static Struct randomStruct(Random random, StructDescriptor d) {
        Struct s = new Struct(d);
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            FieldDescriptor f = d.field(slot);
            if (f.requiredness() == Requiredness.REQUIRED || random.nextInt(4) != 0) {
                s.with(slot, randomValue(random, f.type()));
            }
        }
        return s;
    }

    static Object randomValue(Random random, TypeDescriptor t) {
        return switch (t.kind()) {
            case BOOL -> random.nextBoolean();
            case I8 -> (byte) edgy(random);
            case I16 -> (short) edgy(random);
            case I32 -> (int) edgy(random);
            case ENUM -> random.nextInt(4) == 0 ? (int) edgy(random) : 1 + random.nextInt(3);
            case I64 -> edgy(random);
            case DOUBLE -> new Dbl(randomDouble(random));
            case STRING -> randomString(random);
            case BINARY -> new Bin(randomBytes(random));
            case UUID -> new UUID(random.nextLong(), random.nextLong());
            case STRUCT -> randomStruct(random, t.struct());
            case LIST, SET -> {
                int count = randomCount(random);
                List<Object> elements = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    elements.add(randomValue(random, t.element()));
                }
                yield elements;
            }
            case MAP -> {
                int count = randomCount(random);
                List<Object> entries = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    entries.add(
                            new Pair(randomValue(random, t.key()), randomValue(random, t.value())));
                }
                yield entries;
            }
        };
    }

    private static int randomCount(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> 14 + random.nextInt(3); // around the compact header's nibble
            case 2 -> random.nextInt(30);
            default -> random.nextInt(5);
        };
    }

    static long edgy(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Long.MIN_VALUE;
            case 3 -> Long.MAX_VALUE;
            case 4 -> Integer.MIN_VALUE;
            case 5 -> Short.MIN_VALUE;
            case 6 -> random.nextInt(300) - 150;
            default -> random.nextLong() >> random.nextInt(64);
        };
    }

    static double randomDouble(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> -0.0;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> Double.MIN_VALUE;
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(random.nextInt(10) == 0 ? 300 : 20)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Valid UTF-16: ASCII, 2- and 3-byte chars, supplementary code points. */
    static String randomString(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 200 : 16);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp =
                    switch (random.nextInt(5)) {
                        case 0 -> 0x80 + random.nextInt(0x780);
                        case 1 -> 0x800 + random.nextInt(0xd800 - 0x800);
                        case 2 -> 0x10000 + random.nextInt(0x100000);
                        case 3 -> 0xe000 + random.nextInt(0x2000);
                        default -> random.nextInt(0x80);
                    };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    /** Whether a list, set or map of uuid is inside (libthrift 0.23 cannot read those). */
    static boolean hasUuidContainer(TypeDescriptor t, Set<StructDescriptor> seen) {
        return switch (t.kind()) {
            case LIST, SET ->
                    t.element().kind() == ValueKind.UUID || hasUuidContainer(t.element(), seen);
            case MAP ->
                    t.key().kind() == ValueKind.UUID
                            || t.value().kind() == ValueKind.UUID
                            || hasUuidContainer(t.key(), seen)
                            || hasUuidContainer(t.value(), seen);
            case STRUCT -> {
                if (!seen.add(t.struct())) {
                    yield false;
                }
                for (FieldDescriptor f : t.struct().fields()) {
                    if (hasUuidContainer(f.type(), seen)) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> false;
        };
    }
}
