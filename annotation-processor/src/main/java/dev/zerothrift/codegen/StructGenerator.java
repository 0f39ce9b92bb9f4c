package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.StructType;

import javax.lang.model.element.Modifier;

/**
 * A struct, union or exception as a mutable POJO with a fast codec: private fields (primitives with
 * presence bits, references null when unset), accessors, a builder, value equality and the {@code
 * ThriftStruct} methods. Each part comes from a generator of its own.
 */
final class StructGenerator {
    /** Parameter and local names of generated methods, which would shadow types so named. */
    private static final java.util.List<String> LOCALS =
            java.util.List.of(
                    "n",
                    "last",
                    "w",
                    "r",
                    "type",
                    "b",
                    "h",
                    "o",
                    "other",
                    "value",
                    "member",
                    "count",
                    "separator",
                    "built",
                    "threshold",
                    "bytes",
                    "protocol",
                    "source",
                    "limits",
                    "sink",
                    "p");

    private final JavaTypes types;
    private final GeneratorOptions options;

    StructGenerator(JavaTypes types, GeneratorOptions options) {
        this.types = types;
        this.options = options;
    }

    TypeSpec generate(StructType struct, ClassName self) {
        StructMembers members = StructMembers.of(struct, types);
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(self)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc(classDoc(struct))
                        .addAnnotation(GeneratedMarker.of(struct));
        // Without fast codecs: a plain value class (an exception a plain checked one).
        boolean fastCodecs = options.generates(GeneratorOptions.Artifact.FAST_CODECS);
        if (struct.kind() == StructType.Kind.EXCEPTION) {
            spec.superclass(
                    fastCodecs ? JavaTypes.THRIFT_EXCEPTION : ClassName.get(Exception.class));
        } else if (fastCodecs) {
            spec.addSuperinterface(JavaTypes.THRIFT_STRUCT);
        }
        for (Member m : members.members()) {
            spec.addField(m.type(), m.name(), Modifier.PRIVATE);
            // A type named like a field would be read as the field: write such types qualified.
            spec.alwaysQualify(m.name());
        }
        for (String local : LOCALS) {
            spec.alwaysQualify(local);
        }
        for (int w = 0; w < members.words(); w++) {
            spec.addField(
                    FieldSpec.builder(TypeName.LONG, "isset$" + w, Modifier.PRIVATE)
                            .addJavadoc("Presence bits of the primitive fields.\n")
                            .build());
        }
        spec.addField(
                FieldSpec.builder(JavaTypes.UNKNOWN_FIELDS, "unknownFields$", Modifier.PRIVATE)
                        .initializer("$T.EMPTY", JavaTypes.UNKNOWN_FIELDS)
                        .build());
        spec.addMethod(constructor(members));
        AccessorGenerator.addTo(spec, members, self);
        if (struct.kind() == StructType.Kind.EXCEPTION) {
            addMessage(spec, members);
        }
        if (fastCodecs) {
            new FastCodecGenerator(types, members, self, options.fieldOrder()).addTo(spec);
        }
        BuilderGenerator.addTo(spec, members, self);
        ObjectMethodsGenerator.addTo(spec, members, self);
        return spec.build();
    }

    private static CodeBlock classDoc(StructType struct) {
        CodeBlock doc = Docs.of(struct.doc());
        String kind = struct.kind().name().toLowerCase();
        return CodeBlock.builder()
                .add(doc)
                .add(struct.doc().isEmpty() ? "" : "\n<p>")
                .add("The IDL $L {@code $L}.\n", kind, struct.name())
                .build();
    }

    /** Sets the IDL defaults; a primitive with a default is still unset until set. */
    private MethodSpec constructor(StructMembers members) {
        ConstValues values = new ConstValues(types);
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Member m : members.members()) {
            m.field()
                    .defaultValue()
                    .ifPresent(
                            v ->
                                    constructor.addStatement(
                                            "this.$L = $L",
                                            m.name(),
                                            values.of(m.field().type(), v, true)));
        }
        return constructor.build();
    }

    /**
     * An exception whose IDL has a string field {@code message} answers it as its {@code
     * getMessage()}, as libthrift's do.
     */
    private void addMessage(TypeSpec.Builder spec, StructMembers members) {
        for (Member m : members.members()) {
            if (m.field().name().equals("message") && m.type().equals(JavaTypes.STRING)) {
                spec.addMethod(
                        MethodSpec.methodBuilder("getMessage")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(String.class)
                                .addStatement("return this.$L", m.name())
                                .build());
            }
        }
    }
}
