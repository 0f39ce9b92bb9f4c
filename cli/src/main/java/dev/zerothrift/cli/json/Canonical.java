package dev.zerothrift.cli.json;

import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.TypeDescriptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A string that two JSON-form values of one type share exactly when they are the same value by
 * {@code JSON-FORM.md}'s rules: keys of structs in any order, sets and maps in any order, lists in
 * order, {@code _unknown} in order. What duplicate set elements and map keys are checked with.
 */
final class Canonical {
    private Canonical() {}

    @SuppressWarnings("unchecked")
    static String of(Object tree, TypeDescriptor t) {
        return switch (t.kind()) {
            case STRUCT -> {
                Map<String, Object> object = (Map<String, Object>) tree;
                StructDescriptor d = t.struct();
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Object> e : object.entrySet()) {
                    int slot = d.slotOf(e.getKey());
                    String value =
                            slot < 0 ? plain(e.getValue()) : of(e.getValue(), d.field(slot).type());
                    parts.add(quote(e.getKey()) + ":" + value);
                }
                Collections.sort(parts);
                yield "{" + String.join(",", parts) + "}";
            }
            case LIST -> {
                List<String> parts = new ArrayList<>();
                for (Object e : (List<Object>) tree) {
                    parts.add(of(e, t.element()));
                }
                yield "[" + String.join(",", parts) + "]";
            }
            case SET -> {
                List<String> parts = new ArrayList<>();
                for (Object e : (List<Object>) tree) {
                    parts.add(of(e, t.element()));
                }
                Collections.sort(parts);
                yield "<" + String.join(",", parts) + ">";
            }
            case MAP -> {
                List<String> parts = new ArrayList<>();
                for (Object e : (List<Object>) tree) {
                    List<Object> pair = (List<Object>) e;
                    parts.add(of(pair.get(0), t.key()) + "=" + of(pair.get(1), t.value()));
                }
                Collections.sort(parts);
                yield "<" + String.join(",", parts) + ">";
            }
            default -> plain(tree);
        };
    }

    /** Without a schema: everything in order. */
    @SuppressWarnings("unchecked")
    private static String plain(Object tree) {
        return switch (tree) {
            case Map<?, ?> m -> {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                    parts.add(quote(e.getKey()) + ":" + plain(e.getValue()));
                }
                yield "{" + String.join(",", parts) + "}";
            }
            case List<?> l -> {
                List<String> parts = new ArrayList<>();
                for (Object e : l) {
                    parts.add(plain(e));
                }
                yield "[" + String.join(",", parts) + "]";
            }
            case String s -> quote(s);
            case Json.Token n -> "#" + n.text();
            case Boolean b -> b.toString();
            default -> throw new IllegalArgumentException("not a JSON tree: " + tree);
        };
    }

    /** Length-prefixed, so that no string's form is a prefix of another's. */
    private static String quote(String s) {
        return "'" + s.length() + ":" + s;
    }
}
