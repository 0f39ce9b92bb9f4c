package dev.zerothrift.idl.schema;

/**
 * A type as a field, parameter, constant or typedef uses it. Named types (structs, enums, typedefs)
 * are {@link NamedType} references; {@link Schema#resolve} finds what they name and {@link
 * Schema#trueType} sees through typedefs.
 */
public sealed interface ThriftType permits BaseType, ListType, SetType, MapType, NamedType {
    /** Annotations written on the type itself, as in {@code i64 (cpp.type = "int64_t")}. */
    Annotations annotations();

    /** The type as it would be written in IDL, qualified names for named types. */
    String describe();
}
