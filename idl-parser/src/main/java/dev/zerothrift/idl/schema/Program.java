package dev.zerothrift.idl.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One IDL file.
 *
 * @param path the file, normalized to an absolute real path.
 * @param name the file's base name without {@code .thrift}: the prefix other programs use.
 * @param namespaces scope ({@code java}, {@code py.twisted}, {@code *}) to namespace, in source
 *     order.
 * @param namespaceAnnotations scope to the annotations written on its namespace declaration (only
 *     scopes that have some).
 * @param includes the included programs, in source order.
 * @param cppIncludes the {@code cpp_include} paths.
 * @param definitions every definition, in source order.
 */
public record Program(
        Path path,
        String name,
        String doc,
        Map<String, String> namespaces,
        Map<String, Annotations> namespaceAnnotations,
        List<Include> includes,
        List<String> cppIncludes,
        List<Definition> definitions) {
    /**
     * One {@code include}.
     *
     * @param written the path as written in the IDL.
     * @param path the file found.
     * @param program the included program's name.
     */
    public record Include(String written, Path path, String program) {}

    public Program {
        namespaces =
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
        includes = List.copyOf(includes);
        cppIncludes = List.copyOf(cppIncludes);
        definitions = List.copyOf(definitions);
    }

    /** The namespace for a scope, falling back to {@code *} as Apache does. */
    public Optional<String> namespace(String scope) {
        String ns = namespaces.get(scope);
        return Optional.ofNullable(ns != null ? ns : namespaces.get("*"));
    }

    public Optional<Definition> definition(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public List<StructType> structs() {
        return only(StructType.class);
    }

    public List<EnumType> enums() {
        return only(EnumType.class);
    }

    public List<Typedef> typedefs() {
        return only(Typedef.class);
    }

    public List<Constant> constants() {
        return only(Constant.class);
    }

    public List<Service> services() {
        return only(Service.class);
    }

    private <T extends Definition> List<T> only(Class<T> kind) {
        return definitions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
