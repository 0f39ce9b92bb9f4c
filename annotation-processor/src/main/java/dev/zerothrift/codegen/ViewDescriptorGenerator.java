package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.lang.model.element.Modifier;

/**
 * A view's static schema: {@code DESCRIPTOR}, declared by its field initializer and defined in the
 * static initializer, so that recursive types (a view whose fields lead back to itself) see each
 * other's declared descriptors whatever class is loaded first; and one {@code EnumDescriptor}
 * constant per enum the fields use.
 */
final class ViewDescriptorGenerator {
    static final String RUNTIME_VIEW = JavaTypes.RUNTIME + ".view";
    static final ClassName STRUCT_DESCRIPTOR = ClassName.get(RUNTIME_VIEW, "StructDescriptor");
    static final ClassName FIELD_DESCRIPTOR = ClassName.get(RUNTIME_VIEW, "FieldDescriptor");
    static final ClassName TYPE_DESCRIPTOR = ClassName.get(RUNTIME_VIEW, "TypeDescriptor");
    static final ClassName ENUM_DESCRIPTOR = ClassName.get(RUNTIME_VIEW, "EnumDescriptor");
    static final ClassName REQUIREDNESS = ClassName.get(RUNTIME_VIEW, "Requiredness");

    private final JavaTypes types;
    private final StructMembers members;
    private final Map<String, String> enumConstants = new LinkedHashMap<>();
    private final Map<String, EnumType> enumTypes = new LinkedHashMap<>();

    ViewDescriptorGenerator(JavaTypes types, StructMembers members) {
        this.types = types;
        this.members = members;
    }

    void addTo(TypeSpec.Builder spec) {
        CodeBlock.Builder fields = CodeBlock.builder();
        int n = members.members().size();
        for (int i = 0; i < n; i++) {
            fields.add(i == 0 ? "\n" : ",\n").add(field(members.members().get(i)));
        }
        for (Map.Entry<String, String> e : enumConstants.entrySet()) {
            spec.addField(
                    FieldSpec.builder(
                                    ENUM_DESCRIPTOR,
                                    e.getValue(),
                                    Modifier.PRIVATE,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer(enumDescriptor(enumTypes.get(e.getKey())))
                            .build());
        }
        StructType struct = members.struct();
        spec.addField(
                FieldSpec.builder(
                                STRUCT_DESCRIPTOR,
                                "DESCRIPTOR",
                                Modifier.PUBLIC,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc(
                                "The schema of {@code $L}, for the views runtime.\n", struct.name())
                        .initializer(
                                "$T.declare($S, $T.Kind.$L)",
                                STRUCT_DESCRIPTOR,
                                struct.name(),
                                STRUCT_DESCRIPTOR,
                                struct.kind().name())
                        .build());
        spec.addStaticBlock(
                CodeBlock.builder()
                        .addStatement(
                                "DESCRIPTOR.define($T.of($>$L$<))", JavaTypes.LIST, fields.build())
                        .build());
    }

    private CodeBlock field(Member m) {
        Requiredness r = m.field().requiredness();
        String requiredness =
                members.isUnion()
                        ? "OPTIONAL"
                        : switch (r) {
                            case REQUIRED -> "REQUIRED";
                            case OPTIONAL -> "OPTIONAL";
                            default -> "DEFAULT";
                        };
        return CodeBlock.of(
                "new $T($L, $S, $L, $T.$L, $L)",
                FIELD_DESCRIPTOR,
                m.field().id(),
                m.field().name(),
                type(m.field().type()),
                REQUIREDNESS,
                requiredness,
                defaultValue(m));
    }

    CodeBlock type(ThriftType type) {
        ThriftType t = types.resolve(type);
        if (t instanceof BaseType base) {
            String name =
                    switch (base.kind()) {
                        case BOOL -> "BOOL";
                        case I8 -> "I8";
                        case I16 -> "I16";
                        case I32 -> "I32";
                        case I64 -> "I64";
                        case DOUBLE -> "DOUBLE";
                        case STRING -> "STRING";
                        case BINARY -> "BINARY";
                        case UUID -> "UUID";
                    };
            return CodeBlock.of("$T.$L", TYPE_DESCRIPTOR, name);
        }
        if (t instanceof ListType list) {
            return CodeBlock.of("$T.listOf($L)", TYPE_DESCRIPTOR, type(list.element()));
        }
        if (t instanceof SetType set) {
            return CodeBlock.of("$T.setOf($L)", TYPE_DESCRIPTOR, type(set.element()));
        }
        if (t instanceof MapType map) {
            return CodeBlock.of(
                    "$T.mapOf($L, $L)", TYPE_DESCRIPTOR, type(map.key()), type(map.value()));
        }
        if (types.isEnum(t)) {
            EnumType e = (EnumType) types.schema().resolve((NamedType) t);
            String key = types.className((NamedType) t).canonicalName();
            String constant =
                    enumConstants.computeIfAbsent(
                            key, k -> "ENUM$" + enumConstants.size() + "$" + e.name());
            enumTypes.put(key, e);
            return CodeBlock.of("$T.enumOf($L)", TYPE_DESCRIPTOR, constant);
        }
        return CodeBlock.of(
                "$T.struct($T.DESCRIPTOR)", TYPE_DESCRIPTOR, ViewNames.viewOf(types, t));
    }

    private static CodeBlock enumDescriptor(EnumType e) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (int i = 0; i < e.members().size(); i++) {
            EnumType.Member m = e.members().get(i);
            list.add(i == 0 ? "" : ", ")
                    .add("new $T.Member($S, $L)", ENUM_DESCRIPTOR, m.name(), m.value());
        }
        return CodeBlock.of(
                "new $T($S, $T.of($L))", ENUM_DESCRIPTOR, e.name(), JavaTypes.LIST, list.build());
    }

    /** The field's default in the form FieldDescriptor carries, or null. */
    private CodeBlock defaultValue(Member m) {
        if (m.field().defaultValue().isEmpty()) {
            return CodeBlock.of("null");
        }
        ConstValue v = m.field().defaultValue().get();
        BaseType.Kind kind = types.baseKind(m.field().type());
        if (v instanceof ConstValue.BoolValue b) {
            return CodeBlock.of("$T.valueOf($L)", Boolean.class, b.value());
        }
        if (v instanceof ConstValue.IntValue i) {
            if (kind == BaseType.Kind.DOUBLE) {
                return CodeBlock.of("$T.valueOf($L.0)", Double.class, i.value());
            }
            if (kind == BaseType.Kind.BOOL) {
                return CodeBlock.of("$T.valueOf($L)", Boolean.class, i.value() != 0);
            }
            return CodeBlock.of("$T.valueOf($LL)", Long.class, i.value());
        }
        if (v instanceof ConstValue.DoubleValue d) {
            return CodeBlock.of(
                    "$T.valueOf($T.longBitsToDouble(0x$LL))",
                    Double.class,
                    Double.class,
                    Long.toHexString(Double.doubleToRawLongBits(d.value())));
        }
        if (v instanceof ConstValue.EnumValue e) {
            return CodeBlock.of("$T.valueOf($LL)", Long.class, e.value());
        }
        if (v instanceof ConstValue.StringValue s) {
            return kind == BaseType.Kind.BINARY
                    ? CodeBlock.of(
                            "$S.getBytes($T.UTF_8)",
                            s.value(),
                            ClassName.get("java.nio.charset", "StandardCharsets"))
                    : CodeBlock.of("$S", s.value());
        }
        if (v instanceof ConstValue.UuidValue u) {
            return CodeBlock.of("$T.fromString($S)", JavaTypes.UUID, u.value().toString());
        }
        return CodeBlock.of("null"); // containers and structs: views do not carry their defaults
    }
}
