package dev.zerothrift.runtime.view;

import java.util.Objects;

/**
 * The type of a value as views see it: a {@link ValueKind}, with the struct, enum or element types
 * it refers to. Typedefs are gone by this point (a descriptor is always the true type). Immutable;
 * the constants for base types are shared.
 */
public final class TypeDescriptor {
    public static final TypeDescriptor BOOL = new TypeDescriptor(ValueKind.BOOL);
    public static final TypeDescriptor I8 = new TypeDescriptor(ValueKind.I8);
    public static final TypeDescriptor I16 = new TypeDescriptor(ValueKind.I16);
    public static final TypeDescriptor I32 = new TypeDescriptor(ValueKind.I32);
    public static final TypeDescriptor I64 = new TypeDescriptor(ValueKind.I64);
    public static final TypeDescriptor DOUBLE = new TypeDescriptor(ValueKind.DOUBLE);
    public static final TypeDescriptor STRING = new TypeDescriptor(ValueKind.STRING);
    public static final TypeDescriptor BINARY = new TypeDescriptor(ValueKind.BINARY);
    public static final TypeDescriptor UUID = new TypeDescriptor(ValueKind.UUID);

    private final ValueKind kind;
    private final StructDescriptor struct;
    private final EnumDescriptor enumType;
    private final TypeDescriptor element;
    private final TypeDescriptor key;
    private final TypeDescriptor value;

    private TypeDescriptor(ValueKind kind) {
        this(kind, null, null, null, null, null);
    }

    private TypeDescriptor(
            ValueKind kind,
            StructDescriptor struct,
            EnumDescriptor enumType,
            TypeDescriptor element,
            TypeDescriptor key,
            TypeDescriptor value) {
        this.kind = kind;
        this.struct = struct;
        this.enumType = enumType;
        this.element = element;
        this.key = key;
        this.value = value;
    }

    /** A struct, union or exception. */
    public static TypeDescriptor struct(StructDescriptor struct) {
        return new TypeDescriptor(
                ValueKind.STRUCT, Objects.requireNonNull(struct), null, null, null, null);
    }

    /** An enum (an i32 on the wire). */
    public static TypeDescriptor enumOf(EnumDescriptor enumType) {
        return new TypeDescriptor(
                ValueKind.ENUM, null, Objects.requireNonNull(enumType), null, null, null);
    }

    public static TypeDescriptor listOf(TypeDescriptor element) {
        return new TypeDescriptor(
                ValueKind.LIST, null, null, Objects.requireNonNull(element), null, null);
    }

    public static TypeDescriptor setOf(TypeDescriptor element) {
        return new TypeDescriptor(
                ValueKind.SET, null, null, Objects.requireNonNull(element), null, null);
    }

    public static TypeDescriptor mapOf(TypeDescriptor key, TypeDescriptor value) {
        return new TypeDescriptor(
                ValueKind.MAP,
                null,
                null,
                null,
                Objects.requireNonNull(key),
                Objects.requireNonNull(value));
    }

    public ValueKind kind() {
        return kind;
    }

    /** The wire type code ({@link dev.zerothrift.runtime.protocol.WireType}). */
    public byte wireType() {
        return kind.wireType();
    }

    /** The struct of a {@link ValueKind#STRUCT}, else null. */
    public StructDescriptor struct() {
        return struct;
    }

    /** The enum of a {@link ValueKind#ENUM}, else null. */
    public EnumDescriptor enumType() {
        return enumType;
    }

    /** The element type of a list or set, else null. */
    public TypeDescriptor element() {
        return element;
    }

    /** The key type of a map, else null. */
    public TypeDescriptor key() {
        return key;
    }

    /** The value type of a map, else null. */
    public TypeDescriptor value() {
        return value;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STRUCT -> struct.name();
            case ENUM -> enumType.name();
            case LIST -> "list<" + element + ">";
            case SET -> "set<" + element + ">";
            case MAP -> "map<" + key + "," + value + ">";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
