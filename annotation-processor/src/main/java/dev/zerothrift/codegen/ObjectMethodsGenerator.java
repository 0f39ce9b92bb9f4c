package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Requiredness;

import javax.lang.model.element.Modifier;

/**
 * {@code equals}, {@code hashCode} and {@code toString}: values compare by every field, the
 * presence of optional primitives and unknown fields included; arrays by content; doubles by their
 * bits (so NaN equals NaN, as in {@code Double.equals}).
 */
final class ObjectMethodsGenerator {
    private ObjectMethodsGenerator() {}

    static void addTo(TypeSpec.Builder spec, StructMembers members, ClassName self) {
        spec.addMethod(equalsMethod(members, self));
        spec.addMethod(hashCodeMethod(members));
        spec.addMethod(toStringMethod(members, self));
    }

    private static MethodSpec equalsMethod(StructMembers members, ClassName self) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.beginControlFlow("if (this == o)").addStatement("return true").endControlFlow();
        code.beginControlFlow("if (!(o instanceof $T other))", self)
                .addStatement("return false")
                .endControlFlow();
        for (Member m : members.members()) {
            // Presence counts where it decides what is written: optional fields and union members
            // (a primitive of default requiredness is written set or not, as in libthrift).
            boolean optional =
                    members.isUnion() || m.field().requiredness() == Requiredness.OPTIONAL;
            if (m.primitive() && optional) {
                String word = StructMembers.word(m.bit());
                String mask = StructMembers.mask(m.bit());
                code.beginControlFlow(
                                "if ((this.$L & $L) != (other.$L & $L))", word, mask, word, mask)
                        .addStatement("return false")
                        .endControlFlow();
            }
            code.beginControlFlow("if (!($L))", equal(m))
                    .addStatement("return false")
                    .endControlFlow();
        }
        code.addStatement("return this.unknownFields$$.equals(other.unknownFields$$)");
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "o")
                .addCode(code.build())
                .build();
    }

    private static CodeBlock equal(Member m) {
        String a = "this." + m.name();
        String b = "other." + m.name();
        TypeName t = m.type();
        if (t == TypeName.DOUBLE) {
            return CodeBlock.of("$T.compare($L, $L) == 0", Double.class, a, b);
        }
        if (t.isPrimitive()) {
            return CodeBlock.of("$L == $L", a, b);
        }
        if (t instanceof com.palantir.javapoet.ArrayTypeName) {
            return CodeBlock.of("$T.equals($L, $L)", JavaTypes.ARRAYS, a, b);
        }
        return CodeBlock.of("$T.equals($L, $L)", JavaTypes.OBJECTS, a, b);
    }

    private static MethodSpec hashCodeMethod(StructMembers members) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("int h = 1");
        for (Member m : members.members()) {
            code.addStatement("h = 31 * h + $L", hash(m));
        }
        code.addStatement("return 31 * h + this.unknownFields$$.hashCode()");
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(code.build())
                .build();
    }

    private static CodeBlock hash(Member m) {
        String a = "this." + m.name();
        TypeName t = m.type();
        if (t.isPrimitive()) {
            return CodeBlock.of("$T.hashCode($L)", t.box(), a);
        }
        if (t instanceof com.palantir.javapoet.ArrayTypeName) {
            return CodeBlock.of("$T.hashCode($L)", JavaTypes.ARRAYS, a);
        }
        return CodeBlock.of("$T.hashCode($L)", JavaTypes.OBJECTS, a);
    }

    private static MethodSpec toStringMethod(StructMembers members, ClassName self) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement(
                "$T b = new $T($S)",
                StringBuilder.class,
                StringBuilder.class,
                self.simpleName() + "(");
        code.addStatement("$T separator = \"\"", String.class);
        for (Member m : members.members()) {
            boolean optional =
                    members.isUnion() || m.field().requiredness() == Requiredness.OPTIONAL;
            if (optional) {
                code.beginControlFlow("if ($L)", StructMembers.presence(m));
            }
            String value = "this." + m.name();
            CodeBlock shown =
                    m.type() instanceof com.palantir.javapoet.ArrayTypeName
                            ? CodeBlock.of("$T.toString($L)", JavaTypes.ARRAYS, value)
                            : CodeBlock.of("$L", value);
            code.addStatement(
                    "b.append(separator).append($S).append($L)", m.field().name() + "=", shown);
            code.addStatement("separator = \", \"");
            if (optional) {
                code.endControlFlow();
            }
        }
        code.beginControlFlow("if (!this.unknownFields$$.isEmpty())");
        code.addStatement("b.append(separator).append(this.unknownFields$$)");
        code.endControlFlow();
        code.addStatement("return b.append(')').toString()");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(code.build())
                .build();
    }
}
