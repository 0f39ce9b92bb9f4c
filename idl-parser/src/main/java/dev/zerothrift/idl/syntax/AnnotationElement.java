package dev.zerothrift.idl.syntax;

import dev.zerothrift.idl.Location;

/**
 * {@code (name = "value")}; a bare {@code (name)} has the value {@code "1"}, as in Apache Thrift.
 */
public record AnnotationElement(Location location, String name, String value) {}
