package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

/** One {@code name = "value"} annotation; a bare name has the value {@code "1"}. */
public record Annotation(String name, String value, Location location) {}
