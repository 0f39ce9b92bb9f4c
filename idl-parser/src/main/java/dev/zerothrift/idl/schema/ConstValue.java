package dev.zerothrift.idl.schema;

import java.util.List;
import java.util.Map;

/**
 * A constant or default value, already checked against its declared type: the kind of value follows
 * the type's true type (a {@code double} constant written {@code 1} is a {@link DoubleValue}, a
 * {@code set} literal is a {@link SetValue}). References to other constants are replaced by their
 * values; enum members stay named as {@link EnumValue}.
 */
public sealed interface ConstValue {
    /** A {@code bool}. */
    record BoolValue(boolean value) implements ConstValue {}

    /** An {@code i8}, {@code i16}, {@code i32} or {@code i64}, within the type's range. */
    record IntValue(long value) implements ConstValue {}

    /** A {@code double}. */
    record DoubleValue(double value) implements ConstValue {}

    /** A {@code string} or {@code binary} (whose text is taken as UTF-8 bytes). */
    record StringValue(String value) implements ConstValue {}

    /** A {@code uuid}, from its canonical or braced string form. */
    record UuidValue(java.util.UUID value) implements ConstValue {}

    /** A member of an enum. */
    record EnumValue(NamedType enumType, String member, int value) implements ConstValue {}

    /** A {@code list}, in source order. */
    record ListValue(List<ConstValue> elements) implements ConstValue {
        public ListValue {
            elements = List.copyOf(elements);
        }
    }

    /** A {@code set}, in source order (duplicates as written). */
    record SetValue(List<ConstValue> elements) implements ConstValue {
        public SetValue {
            elements = List.copyOf(elements);
        }
    }

    /** A {@code map}, entries in source order; a key written twice keeps its last value. */
    record MapValue(List<Entry> entries) implements ConstValue {
        public MapValue {
            entries = List.copyOf(entries);
        }
    }

    /** One entry of a {@link MapValue}. */
    record Entry(ConstValue key, ConstValue value) {}

    /** A struct, union or exception literal: field name to value, in source order. */
    record StructValue(NamedType type, Map<String, ConstValue> fields) implements ConstValue {
        public StructValue {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}
