package dev.zerothrift.runtime.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutable, insertion-ordered containers for the constants and default values of generated code (the
 * JDK's {@code List.of} and {@code Map.of} are immutable, and {@code Map.of} has no order, which
 * would make the bytes of a written default depend on hashing).
 */
public final class Literals {
    private Literals() {}

    /** A new {@code ArrayList} of the elements. */
    @SafeVarargs
    public static <E> List<E> list(E... elements) {
        List<E> list = new ArrayList<>(elements.length);
        for (E e : elements) {
            list.add(e);
        }
        return list;
    }

    /** A new {@code LinkedHashSet} of the elements, in order, duplicates once. */
    @SafeVarargs
    public static <E> Set<E> set(E... elements) {
        Set<E> set = new LinkedHashSet<>();
        for (E e : elements) {
            set.add(e);
        }
        return set;
    }

    /** A new {@code LinkedHashMap} of the entries, in order; a key given twice keeps its last. */
    @SafeVarargs
    public static <K, V> Map<K, V> map(Map.Entry<? extends K, ? extends V>... entries) {
        Map<K, V> map = new LinkedHashMap<>();
        for (Map.Entry<? extends K, ? extends V> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
