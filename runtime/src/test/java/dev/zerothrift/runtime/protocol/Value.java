package dev.zerothrift.runtime.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** A Thrift value of any type, with its wire type: what the property tests write and read. */
sealed interface Value {
    byte type();

    record Bool(boolean v) implements Value {
        public byte type() {
            return WireType.BOOL;
        }
    }

    record I8(byte v) implements Value {
        public byte type() {
            return WireType.BYTE;
        }
    }

    record I16(short v) implements Value {
        public byte type() {
            return WireType.I16;
        }
    }

    record I32(int v) implements Value {
        public byte type() {
            return WireType.I32;
        }
    }

    record I64(long v) implements Value {
        public byte type() {
            return WireType.I64;
        }
    }

    /** Compared by bits: NaN equals NaN, -0.0 differs from 0.0. */
    record Dbl(double v) implements Value {
        public byte type() {
            return WireType.DOUBLE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dbl d && Double.doubleToLongBits(d.v) == Double.doubleToLongBits(v);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToLongBits(v));
        }
    }

    record Str(String v) implements Value {
        public byte type() {
            return WireType.STRING;
        }
    }

    record Bin(byte[] v) implements Value {
        public byte type() {
            return WireType.STRING;
        }

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

    record Uid(UUID v) implements Value {
        public byte type() {
            return WireType.UUID;
        }
    }

    record Field(short id, Value value) {}

    record Struct(List<Field> fields) implements Value {
        public byte type() {
            return WireType.STRUCT;
        }
    }

    /** A list (or, with {@code set}, a set: the wire does not care about uniqueness). */
    record Seq(boolean set, byte elementType, List<Value> elements) implements Value {
        public byte type() {
            return set ? WireType.SET : WireType.LIST;
        }
    }

    record Entry(Value key, Value value) {}

    record MapV(byte keyType, byte valueType, List<Entry> entries) implements Value {
        public byte type() {
            return WireType.MAP;
        }
    }

    /** A value of no particular kind: a Str and a Bin both have wire type STRING. */
    static Value random(Random random, int depth) {
        return of(random, randomType(random, depth), depth);
    }

    /** A struct of random fields, the usual top of a message. */
    static Struct randomStruct(Random random, int depth) {
        int count = random.nextInt(random.nextInt(4) == 0 ? 20 : 6);
        List<Field> fields = new ArrayList<>();
        short id = 0;
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0 -> id = (short) random.nextInt(); // any id: big jumps, negative ids
                case 1 -> id = (short) (id - random.nextInt(20)); // backwards
                case 2 -> id = (short) (id + 16 + random.nextInt(10)); // delta above 15
                default -> id = (short) (id + 1 + random.nextInt(15)); // a delta in the header
            }
            fields.add(new Field(id, random(random, depth - 1)));
        }
        return new Struct(fields);
    }

    static final byte[] SCALARS = {
        WireType.BOOL,
        WireType.BYTE,
        WireType.I16,
        WireType.I32,
        WireType.I64,
        WireType.DOUBLE,
        WireType.STRING,
        WireType.UUID
    };

    static final byte[] ALL = {
        WireType.BOOL,
        WireType.BYTE,
        WireType.I16,
        WireType.I32,
        WireType.I64,
        WireType.DOUBLE,
        WireType.STRING,
        WireType.UUID,
        WireType.STRUCT,
        WireType.LIST,
        WireType.SET,
        WireType.MAP
    };

    static byte randomType(Random random, int depth) {
        return depth <= 0
                ? SCALARS[random.nextInt(SCALARS.length)]
                : ALL[random.nextInt(ALL.length)];
    }

    /** A value of {@code type}; for STRING, a string or a binary at random. */
    static Value of(Random random, byte type, int depth) {
        return switch (type) {
            case WireType.BOOL -> new Bool(random.nextBoolean());
            case WireType.BYTE -> new I8((byte) edgy(random));
            case WireType.I16 -> new I16((short) edgy(random));
            case WireType.I32 -> new I32((int) edgy(random));
            case WireType.I64 -> new I64(edgy(random));
            case WireType.DOUBLE -> new Dbl(randomDouble(random));
            case WireType.STRING ->
                    random.nextBoolean()
                            ? new Str(randomString(random))
                            : new Bin(randomBytes(random));
            case WireType.UUID -> new Uid(new UUID(random.nextLong(), random.nextLong()));
            case WireType.STRUCT -> randomStruct(random, depth);
            case WireType.LIST, WireType.SET -> {
                byte element = randomType(random, depth - 1);
                int count = randomCount(random);
                List<Value> elements = new ArrayList<>();
                boolean strings = random.nextBoolean();
                for (int i = 0; i < count; i++) {
                    elements.add(ofKind(random, element, strings, depth - 1));
                }
                yield new Seq(type == WireType.SET, element, elements);
            }
            case WireType.MAP -> {
                byte key = randomType(random, depth - 1);
                byte value = randomType(random, depth - 1);
                int count = randomCount(random);
                List<Entry> entries = new ArrayList<>();
                boolean keyStrings = random.nextBoolean();
                boolean valueStrings = random.nextBoolean();
                for (int i = 0; i < count; i++) {
                    entries.add(
                            new Entry(
                                    ofKind(random, key, keyStrings, depth - 1),
                                    ofKind(random, value, valueStrings, depth - 1)));
                }
                yield new MapV(key, value, entries);
            }
            default -> throw new IllegalArgumentException("type " + type);
        };
    }

    /** Elements of one container are all strings or all binaries, as a schema would have them. */
    private static Value ofKind(Random random, byte type, boolean strings, int depth) {
        if (type == WireType.STRING) {
            return strings ? new Str(randomString(random)) : new Bin(randomBytes(random));
        }
        return of(random, type, depth);
    }

    private static int randomCount(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> 14 + random.nextInt(3); // around the compact header's nibble
            case 2 -> random.nextInt(40);
            default -> random.nextInt(5);
        };
    }

    private static long edgy(Random random) {
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

    private static double randomDouble(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> -0.0;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> Double.MIN_VALUE;
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(random.nextInt(10) == 0 ? 300 : 20)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Valid UTF-16: ASCII, 2- and 3-byte chars, supplementary code points (4 bytes). */
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

    /**
     * True when a list, set or map of uuid is inside: libthrift 0.23 cannot read those (its {@code
     * getMinSerializedSize} does not know type 16 and throws "unrecognized type code").
     */
    static boolean hasUuidContainer(Value value) {
        return switch (value) {
            case Struct s -> s.fields().stream().anyMatch(f -> hasUuidContainer(f.value()));
            case Seq s ->
                    s.elementType() == WireType.UUID
                            || s.elements().stream().anyMatch(Value::hasUuidContainer);
            case MapV m ->
                    m.keyType() == WireType.UUID
                            || m.valueType() == WireType.UUID
                            || m.entries().stream()
                                    .anyMatch(
                                            e ->
                                                    hasUuidContainer(e.key())
                                                            || hasUuidContainer(e.value()));
            default -> false;
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
