package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.ArrayList;
import java.util.List;

/**
 * Constant and default values as Java expressions of the type {@link JavaTypes} gives. Containers
 * are new mutable, insertion-ordered ones ({@code Literals} in the runtime); a struct value is a
 * chain of its setters, so that a literal that leaves a required field out still loads.
 */
final class ConstValues {
    private static final ClassName LITERALS =
            ClassName.get(JavaTypes.RUNTIME + ".codec", "Literals");

    private final JavaTypes types;

    ConstValues(JavaTypes types) {
        this.types = types;
    }

    /** {@code value} of {@code type}; {@code field}: as a field holds it (bulk lists as arrays). */
    CodeBlock of(ThriftType type, ConstValue value, boolean field) {
        ThriftType t = types.resolve(type);
        JavaTypes.Bulk bulk = field ? types.bulk(t) : null;
        if (bulk != null) {
            List<CodeBlock> elements = new ArrayList<>();
            for (ConstValue e : ((ConstValue.ListValue) value).elements()) {
                elements.add(of(((ListType) t).element(), e, false));
            }
            return CodeBlock.of("new $T[] {$L}", bulk.primitive, CodeBlock.join(elements, ", "));
        }
        if (value instanceof ConstValue.BoolValue b) {
            return CodeBlock.of("$L", b.value());
        }
        if (value instanceof ConstValue.IntValue i) {
            BaseType.Kind kind = types.baseKind(t);
            if (kind == BaseType.Kind.DOUBLE) {
                return doubleLiteral(i.value());
            }
            return switch (kind == null ? BaseType.Kind.I32 : kind) {
                case I8 -> CodeBlock.of("(byte) $L", i.value());
                case I16 -> CodeBlock.of("(short) $L", i.value());
                case I64 -> CodeBlock.of("$LL", i.value());
                case BOOL -> CodeBlock.of("$L", i.value() != 0);
                default -> CodeBlock.of("$L", i.value());
            };
        }
        if (value instanceof ConstValue.DoubleValue d) {
            return doubleLiteral(d.value());
        }
        if (value instanceof ConstValue.StringValue s) {
            if (types.baseKind(t) == BaseType.Kind.BINARY) {
                return CodeBlock.of(
                        "$T.wrap($S.getBytes($T.UTF_8))",
                        JavaTypes.BYTE_BUFFER,
                        s.value(),
                        ClassName.get("java.nio.charset", "StandardCharsets"));
            }
            return CodeBlock.of("$S", s.value());
        }
        if (value instanceof ConstValue.UuidValue u) {
            return CodeBlock.of("$T.fromString($S)", JavaTypes.UUID, u.value().toString());
        }
        if (value instanceof ConstValue.EnumValue e) {
            ClassName enumClass = types.className(e.enumType());
            return CodeBlock.of(
                    "$L.$L", JavaTypes.staticRef(enumClass), JavaNames.identifier(e.member()));
        }
        if (value instanceof ConstValue.ListValue list) {
            return CodeBlock.of(
                    "$T.<$T>list($L)",
                    LITERALS,
                    types.boxedType(((ListType) t).element()),
                    elements(((ListType) t).element(), list.elements()));
        }
        if (value instanceof ConstValue.SetValue set) {
            return CodeBlock.of(
                    "$T.<$T>set($L)",
                    LITERALS,
                    types.boxedType(((SetType) t).element()),
                    elements(((SetType) t).element(), set.elements()));
        }
        if (value instanceof ConstValue.MapValue map) {
            MapType mapType = (MapType) t;
            List<CodeBlock> entries = new ArrayList<>();
            for (ConstValue.Entry e : map.entries()) {
                entries.add(
                        CodeBlock.of(
                                "$T.entry($L, $L)",
                                JavaTypes.MAP,
                                of(mapType.key(), e.key(), false),
                                of(mapType.value(), e.value(), false)));
            }
            return CodeBlock.of(
                    "$T.<$T, $T>map($L)",
                    LITERALS,
                    types.boxedType(mapType.key()),
                    types.boxedType(mapType.value()),
                    CodeBlock.join(entries, ", "));
        }
        ConstValue.StructValue struct = (ConstValue.StructValue) value;
        return structValue(struct);
    }

    private CodeBlock elements(ThriftType elementType, List<ConstValue> values) {
        List<CodeBlock> elements = new ArrayList<>();
        for (ConstValue e : values) {
            elements.add(of(elementType, e, false));
        }
        return CodeBlock.join(elements, ", ");
    }

    private CodeBlock structValue(ConstValue.StructValue value) {
        NamedType named = value.type();
        StructType struct = (StructType) types.schema().resolve(named);
        StructMembers members = StructMembers.of(struct, types);
        CodeBlock.Builder code = CodeBlock.builder().add("new $T()", types.className(named));
        for (var entry : value.fields().entrySet()) {
            StructMembers.Member member =
                    members.members().stream()
                            .filter(m -> m.field().name().equals(entry.getKey()))
                            .findFirst()
                            .orElseThrow();
            code.add(".$L($L)", member.setter(), of(member.field().type(), entry.getValue(), true));
        }
        return code.build();
    }

    private static CodeBlock doubleLiteral(double d) {
        if (Double.isNaN(d)) {
            return CodeBlock.of("$T.NaN", Double.class);
        }
        if (Double.isInfinite(d)) {
            return CodeBlock.of(
                    "$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return CodeBlock.of("$LD", Double.toString(d));
    }
}
