package dev.zerothrift.idl.syntax;

import dev.zerothrift.idl.Location;

import java.util.List;

/**
 * A field of a struct, union or exception, a function parameter or a {@code throws} entry.
 *
 * @param id the id written, or null when none was (the linker assigns it as Apache does).
 * @param requiredness {@code "required"}, {@code "optional"} or {@code ""} when none was written.
 * @param defaultValue null when none was written.
 */
public record FieldElement(
        Location location,
        String doc,
        Long id,
        Location idLocation,
        String requiredness,
        TypeElement type,
        String name,
        ConstValueElement defaultValue,
        List<AnnotationElement> annotations) {}
