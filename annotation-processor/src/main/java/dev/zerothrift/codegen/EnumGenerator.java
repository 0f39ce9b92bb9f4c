package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.idl.schema.EnumType;

import java.util.HashSet;
import java.util.Set;

import javax.lang.model.element.Modifier;

/**
 * An IDL {@code enum} as a Java enum: one constant per member with its wire value, {@code value()}
 * and {@code findByValue(int)}, which answers {@code null} for a value no member has (a newer peer
 * may send one; callers decide what that means).
 */
final class EnumGenerator {
    private EnumGenerator() {}

    static TypeSpec generate(EnumType type, ClassName name) {
        return generate(type, name, false);
    }

    /** With {@code runtimeInterface}, the enum implements the runtime's {@code ThriftEnum}. */
    static TypeSpec generate(EnumType type, ClassName name, boolean runtimeInterface) {
        TypeSpec.Builder spec =
                TypeSpec.enumBuilder(name)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(Docs.of(type.doc()))
                        .addAnnotation(GeneratedMarker.of(type));
        if (runtimeInterface) {
            spec.addSuperinterface(JavaTypes.THRIFT_ENUM);
        }
        for (EnumType.Member member : type.members()) {
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$L", member.value());
            if (!member.doc().isEmpty()) {
                constant.addJavadoc(Docs.of(member.doc()));
            }
            spec.addEnumConstant(JavaNames.identifier(member.name()), constant.build());
        }
        spec.addField(TypeName.INT, "value", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addParameter(TypeName.INT, "value")
                        .addStatement("this.value = value")
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("value")
                        .addJavadoc("The value on the wire.\n")
                        .addAnnotations(
                                runtimeInterface
                                        ? java.util.List.of(
                                                com.palantir.javapoet.AnnotationSpec.builder(
                                                                Override.class)
                                                        .build())
                                        : java.util.List.of())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.INT)
                        .addStatement("return value")
                        .build());
        spec.addMethod(findByValue(type, name));
        return spec.build();
    }

    /** A switch over the distinct values; the first member declared with a value wins. */
    private static MethodSpec findByValue(EnumType type, ClassName name) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (value)");
        Set<Integer> seen = new HashSet<>();
        for (EnumType.Member member : type.members()) {
            if (seen.add(member.value())) {
                body.addStatement(
                        "case $L: return $L", member.value(), JavaNames.identifier(member.name()));
            }
        }
        body.addStatement("default: return null").endControlFlow();
        return MethodSpec.methodBuilder("findByValue")
                .addJavadoc(
                        "The first member declared with {@code value}, or {@code null} when none"
                                + " has it.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(TypeName.INT, "value")
                .addCode(body.build())
                .build();
    }
}
