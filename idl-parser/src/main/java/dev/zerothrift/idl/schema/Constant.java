package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

/** {@code const type NAME = value}, the value typed against {@code type}. */
public record Constant(
        String name,
        String program,
        ThriftType type,
        ConstValue value,
        String doc,
        Annotations annotations,
        Location location)
        implements Definition {}
