package dev.zerothrift.cli.json;

import dev.zerothrift.cli.json.JsonReader.StructValue;
import dev.zerothrift.runtime.view.TypeDescriptor;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@link Canonical}'s counterpart for values read by {@link JsonReader}: equal strings for equal
 * values (doubles by bits, all NaNs one; structs, sets and maps in any order).
 */
final class TypedCanonical {
    private TypedCanonical() {}

    @SuppressWarnings("unchecked")
    static String of(Object v, TypeDescriptor t) {
        return switch (t.kind()) {
            case STRUCT -> {
                StructValue s = (StructValue) v;
                List<String> parts = new ArrayList<>();
                for (Map.Entry<Integer, Object> e : s.fields().entrySet()) {
                    parts.add(
                            e.getKey()
                                    + ":"
                                    + of(e.getValue(), s.descriptor().field(e.getKey()).type()));
                }
                yield "{" + String.join(",", parts) + "}";
            }
            case LIST -> {
                List<String> parts = new ArrayList<>();
                for (Object e : (List<Object>) v) {
                    parts.add(of(e, t.element()));
                }
                yield "[" + String.join(",", parts) + "]";
            }
            case SET -> {
                List<String> parts = new ArrayList<>();
                for (Object e : (List<Object>) v) {
                    parts.add(of(e, t.element()));
                }
                Collections.sort(parts);
                yield "<" + String.join(",", parts) + ">";
            }
            case MAP -> {
                List<String> parts = new ArrayList<>();
                for (Object e : (List<Object>) v) {
                    Object[] pair = (Object[]) e;
                    parts.add(of(pair[0], t.key()) + "=" + of(pair[1], t.value()));
                }
                Collections.sort(parts);
                yield "<" + String.join(",", parts) + ">";
            }
            case DOUBLE -> "d" + Double.doubleToLongBits((Double) v);
            case BINARY -> "b" + Base64.getEncoder().encodeToString((byte[]) v);
            case STRING -> "'" + ((String) v).length() + ":" + v;
            default -> "v" + v;
        };
    }
}
