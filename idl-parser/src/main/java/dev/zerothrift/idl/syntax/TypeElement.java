package dev.zerothrift.idl.syntax;

import dev.zerothrift.idl.Location;

import java.util.List;

/** A type as written: a keyword, a container, or a name still to be resolved. */
public sealed interface TypeElement {
    Location location();

    List<AnnotationElement> annotations();

    /**
     * {@code i32}, {@code string}, ...: {@code keyword} is the word written ({@code byte} stays).
     */
    record Base(Location location, String keyword, List<AnnotationElement> annotations)
            implements TypeElement {}

    /** A type name, possibly qualified by an include: {@code Foo} or {@code shared.Foo}. */
    record Named(Location location, String name, List<AnnotationElement> annotations)
            implements TypeElement {}

    /** {@code list<element>}. */
    record ListOf(Location location, TypeElement element, List<AnnotationElement> annotations)
            implements TypeElement {}

    /** {@code set<element>}. */
    record SetOf(Location location, TypeElement element, List<AnnotationElement> annotations)
            implements TypeElement {}

    /** {@code map<key, value>}. */
    record MapOf(
            Location location,
            TypeElement key,
            TypeElement value,
            List<AnnotationElement> annotations)
            implements TypeElement {}
}
