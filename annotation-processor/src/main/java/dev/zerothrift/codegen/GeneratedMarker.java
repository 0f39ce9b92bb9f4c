package dev.zerothrift.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.StructType;

/**
 * The {@code @ThriftGenerated(program, name, kind)} every generated struct, union, exception and
 * enum carries, so that a class file says which Thrift definition it is.
 */
final class GeneratedMarker {
    private static final ClassName ANNOTATION =
            ClassName.get("dev.zerothrift.runtime.annotations", "ThriftGenerated");
    private static final ClassName KIND = ANNOTATION.nestedClass("Kind");

    private GeneratedMarker() {}

    static AnnotationSpec of(Definition definition) {
        String kind;
        if (definition instanceof EnumType) {
            kind = "ENUM";
        } else if (definition instanceof StructType struct) {
            kind = struct.kind().name();
        } else {
            throw new IllegalArgumentException(
                    "no class is generated for " + definition.qualifiedName());
        }
        return AnnotationSpec.builder(ANNOTATION)
                .addMember("program", "$S", definition.program())
                .addMember("name", "$S", definition.name())
                .addMember("kind", "$T.$L", KIND, kind)
                .build();
    }
}
