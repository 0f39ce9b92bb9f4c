package dev.zerothrift.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Requiredness;

import javax.lang.model.element.Modifier;

/**
 * Getter, setter, {@code isSet} and {@code unset} of every field. Setters return the value for
 * chaining; a union's setter unsets its other fields, so that it holds at most one.
 */
final class AccessorGenerator {
    private AccessorGenerator() {}

    static void addTo(TypeSpec.Builder spec, StructMembers members, ClassName self) {
        for (Member m : members.members()) {
            boolean deprecated = m.field().annotations().has("deprecated");
            String doc = m.field().doc();
            CodeBlock about =
                    CodeBlock.of(
                            "{@code $L} ($L, id $L)$L",
                            m.field().name(),
                            m.field().type().describe(),
                            m.field().id(),
                            m.field().requiredness() == Requiredness.DEFAULT
                                    ? ""
                                    : ", " + m.field().requiredness().name().toLowerCase());

            MethodSpec.Builder getter =
                    MethodSpec.methodBuilder(m.getter())
                            .addModifiers(Modifier.PUBLIC)
                            .returns(m.type())
                            .addJavadoc(doc.isEmpty() ? CodeBlock.of("$L.\n", about) : Docs.of(doc))
                            .addStatement("return this.$L", m.name());
            MethodSpec.Builder setter =
                    MethodSpec.methodBuilder(m.setter())
                            .addModifiers(Modifier.PUBLIC)
                            .returns(self)
                            .addJavadoc(
                                    "Sets $L$L.\n", about, m.primitive() ? "" : "; null unsets it")
                            .addParameter(m.type(), "value")
                            .addStatement("this.$L = value", m.name());
            if (m.primitive()) {
                setter.addStatement(
                        "this.$L |= $L", StructMembers.word(m.bit()), StructMembers.mask(m.bit()));
            }
            if (members.isUnion()) {
                for (Member other : members.members()) {
                    if (other != m) {
                        clear(setter, other);
                    }
                }
            }
            setter.addStatement("return this");
            MethodSpec.Builder isSet =
                    MethodSpec.methodBuilder(m.isSet())
                            .addModifiers(Modifier.PUBLIC)
                            .returns(TypeName.BOOLEAN)
                            .addJavadoc("Whether $L is set.\n", about)
                            .addStatement("return $L", StructMembers.presence(m));
            MethodSpec.Builder unset =
                    MethodSpec.methodBuilder(m.unset())
                            .addModifiers(Modifier.PUBLIC)
                            .addJavadoc("Unsets $L.\n", about);
            clear(unset, m);
            if (deprecated) {
                AnnotationSpec annotation = AnnotationSpec.builder(Deprecated.class).build();
                getter.addAnnotation(annotation);
                setter.addAnnotation(annotation);
            }
            spec.addMethod(getter.build());
            spec.addMethod(setter.build());
            spec.addMethod(isSet.build());
            spec.addMethod(unset.build());
        }
    }

    /** Statements that unset {@code m}: null, or zero with its presence bit cleared. */
    static void clear(MethodSpec.Builder method, Member m) {
        if (m.primitive()) {
            method.addStatement("this.$L = $L", m.name(), zero(m.type()));
            method.addStatement(
                    "this.$L &= ~$L", StructMembers.word(m.bit()), StructMembers.mask(m.bit()));
        } else {
            method.addStatement("this.$L = null", m.name());
        }
    }

    static String zero(TypeName type) {
        if (type == TypeName.BOOLEAN) {
            return "false";
        }
        if (type == TypeName.BYTE) {
            return "(byte) 0";
        }
        if (type == TypeName.SHORT) {
            return "(short) 0";
        }
        if (type == TypeName.LONG) {
            return "0L";
        }
        if (type == TypeName.DOUBLE) {
            return "0.0";
        }
        return "0";
    }
}
