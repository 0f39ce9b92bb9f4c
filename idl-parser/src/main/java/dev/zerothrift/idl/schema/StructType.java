package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

import java.util.List;
import java.util.Optional;

/** A {@code struct}, {@code union} or {@code exception}. */
public record StructType(
        Kind kind,
        String name,
        String program,
        List<Field> fields,
        String doc,
        Annotations annotations,
        Location location)
        implements Definition {
    /** Which of the three it is. */
    public enum Kind {
        STRUCT,
        UNION,
        EXCEPTION
    }

    public StructType {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<Field> field(int id) {
        return fields.stream().filter(f -> f.id() == id).findFirst();
    }
}
