package dev.zerothrift.idl.schema;

import java.util.List;
import java.util.Optional;

/** The annotations on one element, in source order (a name may repeat, as Apache allows). */
public record Annotations(List<Annotation> list) {
    /** No annotations. */
    public static final Annotations NONE = new Annotations(List.of());

    public Annotations {
        list = List.copyOf(list);
    }

    /** The value of the last annotation with this name. */
    public Optional<String> get(String name) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).name().equals(name)) {
                return Optional.of(list.get(i).value());
            }
        }
        return Optional.empty();
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
