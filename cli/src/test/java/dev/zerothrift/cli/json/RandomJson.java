package dev.zerothrift.cli.json;

import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.Requiredness;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.TypeDescriptor;
import dev.zerothrift.runtime.view.ValueKind;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random values of a schema type in their JSON form, as {@code inspect} writes them: keys in
 * declaration order, set elements and map keys distinct, one field per union.
 */
final class RandomJson {
    private final Random random;

    RandomJson(Random random) {
        this.random = random;
    }

    Map<String, Object> struct(StructDescriptor d, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        int union = d.kind() == StructDescriptor.Kind.UNION ? random.nextInt(d.fieldCount()) : -1;
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            FieldDescriptor f = d.field(slot);
            boolean present =
                    union >= 0
                            ? slot == union
                            : f.requiredness() == Requiredness.REQUIRED
                                    || (depth > 0 || !isNested(f.type())) && random.nextInt(3) != 0;
            if (present) {
                object.put(f.name(), value(f.type(), depth - 1));
            }
        }
        return object;
    }

    private static boolean isNested(TypeDescriptor t) {
        return t.kind() == ValueKind.STRUCT || t.kind().isContainer();
    }

    Object value(TypeDescriptor t, int depth) {
        return switch (t.kind()) {
            case BOOL -> random.nextBoolean();
            case I8 -> Json.integer((byte) edgy());
            case I16 -> Json.integer((short) edgy());
            case I32 -> Json.integer((int) edgy());
            case I64 -> Json.integer(edgy());
            case DOUBLE -> Json.real(real());
            case STRING -> string();
            case BINARY -> {
                byte[] bytes = new byte[random.nextInt(random.nextInt(8) == 0 ? 600 : 12)];
                random.nextBytes(bytes);
                yield Base64.getEncoder().encodeToString(bytes);
            }
            case UUID -> new UUID(random.nextLong(), random.nextLong()).toString();
            case ENUM -> {
                var members = t.enumType().members();
                if (members.isEmpty() || random.nextInt(4) == 0) {
                    int v = random.nextInt();
                    yield t.enumType().nameOf(v) != null ? t.enumType().nameOf(v) : Json.integer(v);
                }
                yield t.enumType().nameOf(members.get(random.nextInt(members.size())).value());
            }
            case STRUCT -> struct(t.struct(), depth);
            case LIST, SET -> {
                int count = depth < 0 ? 0 : random.nextInt(random.nextInt(6) == 0 ? 40 : 5);
                List<Object> elements = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    Object e = value(t.element(), depth - 1);
                    if (t.kind() == ValueKind.LIST || seen.add(Canonical.of(e, t.element()))) {
                        elements.add(e);
                    }
                }
                yield elements;
            }
            case MAP -> {
                int count = depth < 0 ? 0 : random.nextInt(5);
                List<Object> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    Object k = value(t.key(), depth - 1);
                    if (seen.add(Canonical.of(k, t.key()))) {
                        entries.add(List.of(k, value(t.value(), depth - 1)));
                    }
                }
                yield entries;
            }
        };
    }

    private long edgy() {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Long.MIN_VALUE;
            case 3 -> Long.MAX_VALUE;
            case 4 -> random.nextInt(300) - 150;
            default -> random.nextLong() >> random.nextInt(64);
        };
    }

    private double real() {
        return switch (random.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> -0.0;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> Double.MIN_VALUE;
            case 4 -> 1e-5;
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    private String string() {
        int length = random.nextInt(random.nextInt(8) == 0 ? 300 : 10);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp =
                    switch (random.nextInt(6)) {
                        case 0 -> random.nextInt(0x20); // control characters
                        case 1 -> 0x80 + random.nextInt(0x780);
                        case 2 -> 0x800 + random.nextInt(0xd800 - 0x800);
                        case 3 -> 0x10000 + random.nextInt(0x100000);
                        case 4 -> "\"\\/".charAt(random.nextInt(3));
                        default -> 0x20 + random.nextInt(0x60);
                    };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
