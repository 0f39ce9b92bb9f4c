package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

/** A top-level definition of a program. */
public sealed interface Definition permits StructType, EnumType, Typedef, Constant, Service {
    /** The name in its program. */
    String name();

    /** The program (file base name) that defines it. */
    String program();

    /** {@code program.Name}. */
    default String qualifiedName() {
        return program() + "." + name();
    }

    /** The doc comment, empty when none. */
    String doc();

    Annotations annotations();

    Location location();
}
