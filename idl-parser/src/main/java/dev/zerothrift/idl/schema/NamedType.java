package dev.zerothrift.idl.schema;

import java.nio.file.Path;

/**
 * A reference to a struct, union, exception, enum or typedef, looked up with {@link
 * Schema#resolve}.
 *
 * @param file the file of the program that defines it (what identifies the program: two programs
 *     may share a base name).
 * @param program the program's name, the file's base name.
 * @param name the definition's name in its program.
 */
public record NamedType(Path file, String program, String name, Annotations annotations)
        implements ThriftType {
    /** {@code program.Name}. */
    public String qualifiedName() {
        return program + "." + name;
    }

    @Override
    public String describe() {
        return qualifiedName();
    }

    /** The same reference without annotations, for comparing what two references name. */
    public NamedType bare() {
        return annotations.isEmpty() ? this : new NamedType(file, program, name, Annotations.NONE);
    }
}
