package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import javax.lang.model.element.Modifier;

/**
 * A view's conversions with its POJO: {@code toPojo()}, which decodes the struct's bytes with the
 * POJO's fast codec (so unknown fields are kept at every level), and the static {@code from}, which
 * encodes a POJO (unknown fields included) into a chain with its fast codec and views it.
 */
final class ViewConversionGenerator {
    private static final ClassName VIEW_POJOS =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "ViewPojos");

    private final ClassName self;
    private final ClassName pojo;

    ViewConversionGenerator(ClassName self, ClassName pojo) {
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
        return MethodSpec.methodBuilder("toPojo")
                .addJavadoc(
                        "The value as a new {@link $T}, decoded from the message's bytes (as they"
                                + " stand, edits included) by its fast codec: fields the schema"
                                + " does not know are kept, at every level, as the POJO's unknown"
                                + " fields, and so are enum values the IDL does not declare; so"
                                + " {@code from(toPojo(), ...)} in the same protocol gives the"
                                + " same bytes.\n",
                        pojo)
                .addModifiers(Modifier.PUBLIC)
                .returns(pojo)
                .addStatement("return $T.read(this, new $T())", VIEW_POJOS, pojo)
                .build();
    }
}
