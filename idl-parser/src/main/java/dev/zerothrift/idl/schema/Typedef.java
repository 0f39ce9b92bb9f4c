package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

/** {@code typedef type Name}: another name for {@code type}. */
public record Typedef(
        String name,
        String program,
        ThriftType type,
        String doc,
        Annotations annotations,
        Location location)
        implements Definition {}
