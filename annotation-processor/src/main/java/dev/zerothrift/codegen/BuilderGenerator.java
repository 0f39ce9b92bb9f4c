package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;

import javax.lang.model.element.Modifier;

/**
 * A nested {@code Builder}: one method per field named as the field, and {@code build()}, which
 * validates required fields and hands the value over (the builder then starts a new one, so a built
 * value is never changed through its builder).
 */
final class BuilderGenerator {
    private BuilderGenerator() {}

    static void addTo(TypeSpec.Builder spec, StructMembers members, ClassName self) {
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type =
                TypeSpec.classBuilder(builder)
                        .addJavadoc("Builds a {@link $T}.\n", self)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addField(self, "value", Modifier.PRIVATE)
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .addStatement("this.value = new $T()", self)
                                        .build());
        for (Member m : members.members()) {
            MethodSpec.Builder method =
                    MethodSpec.methodBuilder(m.builderMethod())
                            .addModifiers(Modifier.PUBLIC)
                            .returns(builder)
                            .addParameter(m.type(), "value")
                            .addStatement("this.value.$L(value)", m.setter())
                            .addStatement("return this");
            if (m.field().annotations().has("deprecated")) {
                method.addAnnotation(Deprecated.class);
            }
            type.addMethod(method.build());
        }
        type.addMethod(
                MethodSpec.methodBuilder("build")
                        .addJavadoc(
                                "The value built; throws {@code ProtocolException}"
                                        + " ({@code MISSING_REQUIRED}) when a required field is"
                                        + " unset.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addStatement("$T built = this.value", self)
                        .addStatement("built.validate()")
                        .addStatement("this.value = new $T()", self)
                        .addStatement("return built")
                        .build());
        spec.addType(type.build());
        spec.addMethod(
                MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder of a new $L.\n", self.simpleName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build());
    }
}
