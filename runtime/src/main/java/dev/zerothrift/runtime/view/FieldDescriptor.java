package dev.zerothrift.runtime.view;

import java.util.Objects;

/**
 * One field of a struct: its id, name, type, requiredness and default.
 *
 * <p>The default is what a view returns for the field when it is absent: a {@code Boolean}, {@code
 * Long} (every integer type and enums), {@code Double}, {@code String}, {@code byte[]} or {@code
 * java.util.UUID} for scalars, or null (zero, false, empty) when the IDL gives none. Defaults of
 * containers and structs are not carried: an absent one reads as absent.
 *
 * @param id the field id (an i16, possibly negative).
 * @param name the IDL name.
 * @param type the true type.
 * @param requiredness as declared (union members are {@link Requiredness#OPTIONAL}).
 * @param defaultValue see above; may be null.
 */
public record FieldDescriptor(
        int id, String name, TypeDescriptor type, Requiredness requiredness, Object defaultValue) {
    public FieldDescriptor {
        if (id < Short.MIN_VALUE || id > Short.MAX_VALUE) {
            throw new IllegalArgumentException("not a valid field id: " + id);
        }
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(requiredness);
    }

    /** A field without a default. */
    public FieldDescriptor(int id, String name, TypeDescriptor type, Requiredness requiredness) {
        this(id, name, type, requiredness, null);
    }

    /** The default as a long (0 when none): integers, enums, and a bool as 1 or 0. */
    public long defaultLong() {
        if (defaultValue instanceof Number n) {
            return n.longValue();
        }
        if (defaultValue instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 0;
    }

    /** The default as a double (0.0 when none). */
    public double defaultDouble() {
        return defaultValue instanceof Number n ? n.doubleValue() : 0.0;
    }
}
