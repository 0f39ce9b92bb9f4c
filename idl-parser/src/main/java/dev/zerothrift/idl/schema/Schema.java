package dev.zerothrift.idl.schema;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every program loaded together: the files asked for ({@link #roots}) and all they include.
 * Immutable.
 */
public final class Schema {
    private final List<Program> roots;
    private final Map<Path, Program> programs;

    /**
     * @param roots the programs loaded by name, in the order asked.
     * @param programs every program, included ones first (each after all it includes).
     */
    public Schema(List<Program> roots, List<Program> programs) {
        this.roots = List.copyOf(roots);
        Map<Path, Program> byPath = new LinkedHashMap<>();
        for (Program p : programs) {
            byPath.put(p.path(), p);
        }
        this.programs = java.util.Collections.unmodifiableMap(byPath);
    }

    /** The programs loaded by name, in the order asked. */
    public List<Program> roots() {
        return roots;
    }

    /** Every program, each after the programs it includes. */
    public List<Program> programs() {
        return List.copyOf(programs.values());
    }

    public Optional<Program> program(Path path) {
        return Optional.ofNullable(programs.get(path));
    }

    /**
     * Finds a definition by {@code program.Name}. When two programs share a name (files with one
     * base name in two directories), the first loaded root, then the first included, wins.
     */
    public Optional<Definition> find(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String program = qualifiedName.substring(0, dot);
        String name = qualifiedName.substring(dot + 1);
        for (Program p : roots) {
            if (p.name().equals(program)) {
                return p.definition(name);
            }
        }
        for (Program p : programs.values()) {
            if (p.name().equals(program)) {
                return p.definition(name);
            }
        }
        return Optional.empty();
    }

    /** What a named type names: a struct, union, exception, enum or typedef. */
    public Definition resolve(NamedType type) {
        Program p = programs.get(type.file());
        if (p == null) {
            throw new IllegalArgumentException("not a program of this schema: " + type.file());
        }
        return p.definition(type.name())
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no such definition: " + type.qualifiedName()));
    }

    /** The type with every typedef seen through (the element types of containers are not). */
    public ThriftType trueType(ThriftType type) {
        ThriftType t = type;
        while (t instanceof NamedType named && resolve(named) instanceof Typedef typedef) {
            t = typedef.type();
        }
        return t;
    }

    /** The struct, union or exception a type names after typedefs, if it names one. */
    public Optional<StructType> struct(ThriftType type) {
        return trueType(type) instanceof NamedType n && resolve(n) instanceof StructType s
                ? Optional.of(s)
                : Optional.empty();
    }

    /** The enum a type names after typedefs, if it names one. */
    public Optional<EnumType> enumType(ThriftType type) {
        return trueType(type) instanceof NamedType n && resolve(n) instanceof EnumType e
                ? Optional.of(e)
                : Optional.empty();
    }
}
