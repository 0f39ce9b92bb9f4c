package dev.zerothrift.cli.json;

import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;
import dev.zerothrift.idl.schema.Typedef;
import dev.zerothrift.runtime.view.EnumDescriptor;
import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.Requiredness;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.TypeDescriptor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime's view descriptors for the types of a resolved {@link Schema}: what lets the
 * command-line tool read and write any type of any IDL through the same views as generated code.
 * Typedefs are seen through; recursive types become descriptors that refer to themselves.
 */
public final class SchemaDescriptors {
    private final Schema schema;
    private final Map<String, StructDescriptor> structs = new HashMap<>();
    private final Map<String, EnumDescriptor> enums = new HashMap<>();

    public SchemaDescriptors(Schema schema) {
        this.schema = schema;
    }

    /**
     * The struct, union or exception that {@code typeName} names: {@code Name} in the first root
     * program, or {@code program.Name}; empty when there is none.
     */
    public Optional<StructDescriptor> find(String typeName) {
        Program root = schema.roots().get(0);
        Optional<Definition> definition =
                typeName.indexOf('.') < 0 ? root.definition(typeName) : schema.find(typeName);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        Definition d = definition.get();
        while (d instanceof Typedef t) {
            ThriftType target = schema.trueType(t.type());
            if (!(target instanceof NamedType named)) {
                return Optional.empty();
            }
            d = schema.resolve(named);
        }
        return d instanceof StructType s ? Optional.of(struct(s)) : Optional.empty();
    }

    /** The descriptor of {@code s}, made once. */
    public StructDescriptor struct(StructType s) {
        String key = s.program() + "." + s.name();
        StructDescriptor existing = structs.get(key);
        if (existing != null) {
            return existing;
        }
        StructDescriptor d = StructDescriptor.declare(s.name(), kind(s.kind()));
        structs.put(key, d); // before the fields, which may refer back to it
        List<FieldDescriptor> fields = new ArrayList<>();
        for (Field f : s.fields()) {
            TypeDescriptor type = type(f.type());
            fields.add(
                    new FieldDescriptor(
                            f.id(),
                            f.name(),
                            type,
                            requiredness(s, f),
                            f.defaultValue().map(v -> defaultValue(type, v)).orElse(null)));
        }
        return d.define(fields);
    }

    private static StructDescriptor.Kind kind(StructType.Kind kind) {
        return switch (kind) {
            case STRUCT -> StructDescriptor.Kind.STRUCT;
            case UNION -> StructDescriptor.Kind.UNION;
            case EXCEPTION -> StructDescriptor.Kind.EXCEPTION;
        };
    }

    private static Requiredness requiredness(StructType s, Field f) {
        if (s.kind() == StructType.Kind.UNION) {
            return Requiredness.OPTIONAL;
        }
        return switch (f.requiredness()) {
            case REQUIRED -> Requiredness.REQUIRED;
            case OPTIONAL -> Requiredness.OPTIONAL;
            case DEFAULT -> Requiredness.DEFAULT;
        };
    }

    /** The descriptor of a field's, element's or typedef's type. */
    public TypeDescriptor type(ThriftType t) {
        ThriftType type = schema.trueType(t);
        return switch (type) {
            case BaseType b ->
                    switch (b.kind()) {
                        case BOOL -> TypeDescriptor.BOOL;
                        case I8 -> TypeDescriptor.I8;
                        case I16 -> TypeDescriptor.I16;
                        case I32 -> TypeDescriptor.I32;
                        case I64 -> TypeDescriptor.I64;
                        case DOUBLE -> TypeDescriptor.DOUBLE;
                        case STRING -> TypeDescriptor.STRING;
                        case BINARY -> TypeDescriptor.BINARY;
                        case UUID -> TypeDescriptor.UUID;
                    };
            case ListType l -> TypeDescriptor.listOf(type(l.element()));
            case SetType s -> TypeDescriptor.setOf(type(s.element()));
            case MapType m -> TypeDescriptor.mapOf(type(m.key()), type(m.value()));
            case NamedType n ->
                    switch (schema.resolve(n)) {
                        case StructType s -> TypeDescriptor.struct(struct(s));
                        case EnumType e -> TypeDescriptor.enumOf(enumType(e));
                        default ->
                                throw new IllegalArgumentException(
                                        "not a type: " + n.qualifiedName());
                    };
        };
    }

    private EnumDescriptor enumType(EnumType e) {
        return enums.computeIfAbsent(
                e.program() + "." + e.name(),
                key ->
                        new EnumDescriptor(
                                key,
                                e.members().stream()
                                        .map(m -> new EnumDescriptor.Member(m.name(), m.value()))
                                        .toList()));
    }

    /** A scalar default as {@link FieldDescriptor} carries it; null for other types. */
    private static Object defaultValue(TypeDescriptor type, ConstValue value) {
        return switch (value) {
            case ConstValue.BoolValue b -> b.value();
            case ConstValue.IntValue i -> i.value();
            case ConstValue.DoubleValue d -> d.value();
            case ConstValue.StringValue s ->
                    switch (type.kind()) {
                        case BINARY -> s.value().getBytes(StandardCharsets.UTF_8);
                        default -> s.value();
                    };
            case ConstValue.UuidValue u -> u.value();
            case ConstValue.EnumValue e -> (long) e.value();
            default -> null;
        };
    }
}
