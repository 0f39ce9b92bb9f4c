package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.ViewNames.Field;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ThriftType;

import javax.lang.model.element.Modifier;

/**
 * A view's conversions with its POJO: {@code toPojo()} (scalars through the view's getters, structs
 * and containers decoded from their bytes by the fast-codec code) and the static {@code from},
 * which encodes a POJO into a chain with its fast codec and views it.
 */
final class ViewConversionGenerator {
    private final JavaTypes types;
    private final ViewNames names;
    private final ClassName self;
    private final ClassName pojo;

    ViewConversionGenerator(
            JavaTypes types,
            StructMembers members,
            ViewNames names,
            ClassName self,
            ClassName pojo) {
        this.types = types;
        this.names = names;
        this.self = self;
        this.pojo = pojo;
    }

    void addTo(TypeSpec.Builder spec) {
        spec.addMethod(toPojo());
        spec.addMethod(
                MethodSpec.methodBuilder("from")
                        .addJavadoc(
                                "Appends {@code value} to {@code target}, encoded in {@code"
                                        + " protocol} by its fast codec, and returns a new root"
                                        + " view of it. The chain stays the caller's to release.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(pojo, "value")
                        .addParameter(ViewGenerator.CHAIN, "target")
                        .addParameter(JavaTypes.PROTOCOL, "protocol")
                        .addStatement("int start = target.length()")
                        .addStatement(
                                "$T.write(value, target.sink(), protocol)", JavaTypes.FAST_CODEC)
                        .addStatement(
                                "return new $T(protocol).wrap(target, start, target.length() -"
                                        + " start)",
                                self)
                        .build());
    }

    private MethodSpec toPojo() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T pojo = new $T()", pojo, pojo);
        for (Field f : names.fields()) {
            ThriftType type = types.resolve(f.member().field().type());
            String setter = f.member().setter();
            int slot = f.slot();
            code.beginControlFlow("if (has($L))", slot);
            if (type instanceof BaseType base && base.kind() == BaseType.Kind.BINARY) {
                code.addStatement(
                        "pojo.$L($T.wrap(getBinaryBytes($L)))",
                        setter,
                        JavaTypes.BYTE_BUFFER,
                        slot);
            } else if (type instanceof BaseType) {
                code.addStatement("pojo.$L($L())", setter, f.get());
            } else if (types.isEnum(type)) {
                ClassName e = (ClassName) types.boxedType(type);
                code.addStatement(
                        "$T member = $L.findByValue(getEnum($L))",
                        e,
                        JavaTypes.staticRef(e, self.topLevelClassName().simpleName()),
                        slot);
                code.beginControlFlow("if (member != null)");
                code.addStatement("pojo.$L(member)", setter);
                code.endControlFlow();
            } else {
                code.addStatement("$T value", f.member().type());
                ViewValueCode.read(
                        types,
                        code,
                        type,
                        "value",
                        "chain()",
                        "valuePosition(" + slot + ")",
                        "valueEnd(" + slot + ")",
                        "protocol()");
                code.addStatement("pojo.$L(value)", setter);
            }
            code.endControlFlow();
        }
        code.addStatement("return pojo");
        return MethodSpec.methodBuilder("toPojo")
                .addJavadoc(
                        "The value as a new {@link $T}, copied out of the message (fields the"
                                + " schema does not know are not carried over at this level; an"
                                + " enum value the IDL does not declare is left unset).\n",
                        pojo)
                .addModifiers(Modifier.PUBLIC)
                .returns(pojo)
                .addCode(code.build())
                .build();
    }
}
