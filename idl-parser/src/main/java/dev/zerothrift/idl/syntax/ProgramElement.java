package dev.zerothrift.idl.syntax;

import dev.zerothrift.idl.Location;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed IDL file.
 *
 * @param doc the program's doc comment (the first doc comment, when it comes before the headers).
 */
public record ProgramElement(
        Path path,
        String doc,
        List<Include> includes,
        List<CppInclude> cppIncludes,
        List<Namespace> namespaces,
        List<DefinitionElement> definitions) {

    /** {@code include "path"}. */
    public record Include(Location location, String path) {}

    /** {@code cpp_include "path"}. */
    public record CppInclude(Location location, String path) {}

    /** {@code namespace scope name}; scope {@code *} applies to every language. */
    public record Namespace(
            Location location, String scope, String name, List<AnnotationElement> annotations) {}
}
