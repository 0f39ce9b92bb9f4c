package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

import java.util.Optional;

/**
 * A field of a struct, union or exception, a parameter of a function, or one of its {@code throws}.
 *
 * @param id the field id; when {@code implicitId}, the negative id Apache assigns (counting down
 *     from -1 within one field list).
 * @param implicitId whether no (valid) id was written.
 * @param defaultValue the default, typed against {@code type}.
 * @param doc the doc comment, empty when none.
 */
public record Field(
        int id,
        boolean implicitId,
        String name,
        Requiredness requiredness,
        ThriftType type,
        Optional<ConstValue> defaultValue,
        String doc,
        Annotations annotations,
        Location location) {}
