package dev.zerothrift.idl.syntax;

import dev.zerothrift.idl.Location;

import java.util.List;

/** A top-level definition: every kind has a name, a doc comment and annotations. */
public sealed interface DefinitionElement {
    Location location();

    /** The doc comment before the definition, cleaned up as Apache does; empty when none. */
    String doc();

    String name();

    List<AnnotationElement> annotations();

    /** {@code const type name = value}. */
    record Const(
            Location location,
            String doc,
            String name,
            TypeElement type,
            ConstValueElement value,
            List<AnnotationElement> annotations)
            implements DefinitionElement {}

    /** {@code typedef type name}. */
    record Typedef(
            Location location,
            String doc,
            String name,
            TypeElement type,
            List<AnnotationElement> annotations)
            implements DefinitionElement {}

    /** {@code enum name { ... }}. */
    record Enum(
            Location location,
            String doc,
            String name,
            List<EnumValue> values,
            List<AnnotationElement> annotations)
            implements DefinitionElement {}

    /** One member of an {@link Enum}; {@code value} is null when not written. */
    record EnumValue(
            Location location,
            String doc,
            String name,
            Long value,
            List<AnnotationElement> annotations) {}

    /** What a {@link Struct} element declares. */
    enum StructKind {
        STRUCT,
        UNION,
        EXCEPTION
    }

    /** {@code struct}, {@code union} or {@code exception}. */
    record Struct(
            Location location,
            String doc,
            String name,
            StructKind kind,
            List<FieldElement> fields,
            List<AnnotationElement> annotations)
            implements DefinitionElement {}

    /** {@code service name extends base { ... }}; {@code extendsName} is null without extends. */
    record Service(
            Location location,
            String doc,
            String name,
            String extendsName,
            Location extendsLocation,
            List<Function> functions,
            List<AnnotationElement> annotations)
            implements DefinitionElement {}

    /** A function of a {@link Service}; {@code returnType} is null for {@code void}. */
    record Function(
            Location location,
            String doc,
            String name,
            boolean oneway,
            TypeElement returnType,
            List<FieldElement> params,
            List<FieldElement> throwsFields,
            List<AnnotationElement> annotations) {}
}
