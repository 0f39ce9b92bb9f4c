package dev.zerothrift.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

/**
 * Java types for Thrift types, and what the codecs need to know about each: wire type, fixed size.
 *
 * <p>The mapping: {@code bool}..{@code double} are Java primitives in fields and boxed inside
 * containers; {@code string} is {@code String}; {@code binary} a {@code ByteBuffer} (its {@code
 * remaining()} bytes); {@code uuid} a {@code UUID}; containers {@code List}, {@code Set} (insertion
 * ordered) and {@code Map} (insertion ordered). A field of type {@code list<i16|i32|i64|double>} is
 * a {@code short[]}, {@code int[]}, {@code long[]} or {@code double[]}, encoded in bulk; inside
 * another container such a list is a {@code List} of boxes, so that element equality stays value
 * equality.
 */
final class JavaTypes {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");
    static final ClassName UUID = ClassName.get("java.util", "UUID");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName ITERATOR = ClassName.get("java.util", "Iterator");
    static final ClassName RANDOM_ACCESS = ClassName.get("java.util", "RandomAccess");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

    static final String RUNTIME = "dev.zerothrift.runtime";
    static final ClassName WIRE_TYPE = ClassName.get(RUNTIME + ".protocol", "WireType");
    static final ClassName PROTOCOL = ClassName.get(RUNTIME + ".protocol", "Protocol");
    static final ClassName LIMITS = ClassName.get(RUNTIME + ".protocol", "Limits");
    static final ClassName BINARY_WRITER = ClassName.get(RUNTIME + ".protocol", "BinaryWriter");
    static final ClassName COMPACT_WRITER = ClassName.get(RUNTIME + ".protocol", "CompactWriter");
    static final ClassName BINARY_READER = ClassName.get(RUNTIME + ".protocol", "BinaryReader");
    static final ClassName COMPACT_READER = ClassName.get(RUNTIME + ".protocol", "CompactReader");
    static final ClassName PROTOCOL_READER = ClassName.get(RUNTIME + ".protocol", "ProtocolReader");
    static final ClassName BYTE_SOURCE = ClassName.get(RUNTIME + ".io", "ByteSource");
    static final ClassName THRIFT_STRUCT = ClassName.get(RUNTIME + ".codec", "ThriftStruct");
    static final ClassName THRIFT_EXCEPTION = ClassName.get(RUNTIME + ".codec", "ThriftException");
    static final ClassName THRIFT_ENUM = ClassName.get(RUNTIME + ".codec", "ThriftEnum");
    static final ClassName FAST_CODEC = ClassName.get(RUNTIME + ".codec", "FastCodec");
    static final ClassName UNKNOWN_FIELDS = ClassName.get(RUNTIME + ".codec", "UnknownFields");
    static final ClassName SIZES = ClassName.get(RUNTIME + ".codec", "Sizes");
    static final ClassName FIELDS = ClassName.get(RUNTIME + ".codec", "Fields");
    static final ClassName BINARY_FIELDS = ClassName.get(RUNTIME + ".codec", "BinaryFields");
    static final ClassName BINARY_VALUES = ClassName.get(RUNTIME + ".codec", "BinaryValues");
    static final ClassName COMPACT_VALUES = ClassName.get(RUNTIME + ".codec", "CompactValues");
    static final ClassName COMPACT_WIRE = ClassName.get(RUNTIME + ".protocol", "CompactWire");
    static final ClassName BINARY_LISTS = ClassName.get(RUNTIME + ".bulk", "BinaryLists");
    static final ClassName COMPACT_LISTS = ClassName.get(RUNTIME + ".bulk", "CompactLists");

    /** Simple names of every class generated code refers to outside {@code java.lang}. */
    static final java.util.Set<String> REFERENCED_SIMPLE_NAMES =
            java.util.Set.of(
                    "ByteBuffer",
                    "UUID",
                    "List",
                    "Set",
                    "Map",
                    "Entry",
                    "ArrayList",
                    "LinkedHashSet",
                    "LinkedHashMap",
                    "Arrays",
                    "Objects",
                    "StandardCharsets",
                    "WireType",
                    "Protocol",
                    "Limits",
                    "BinaryWriter",
                    "CompactWriter",
                    "BinaryReader",
                    "CompactReader",
                    "ProtocolReader",
                    "ProtocolException",
                    "ByteSource",
                    "ThriftStruct",
                    "ThriftGenerated",
                    "ThriftException",
                    "ThriftEnum",
                    "FastCodec",
                    "UnknownFields",
                    "Sizes",
                    "Fields",
                    "BinaryLists",
                    "CompactLists",
                    "Literals",
                    "Builder",
                    "ByteSink",
                    "BinaryFields",
                    "BinaryWire");

    private final Schema schema;

    JavaTypes(Schema schema) {
        this.schema = schema;
    }

    Schema schema() {
        return schema;
    }

    /** The type with typedefs seen through. */
    ThriftType resolve(ThriftType type) {
        return schema.trueType(type);
    }

    /** The Java type of a field (or constant) of {@code type}. */
    TypeName fieldType(ThriftType type) {
        ThriftType t = resolve(type);
        if (t instanceof BaseType base) {
            return switch (base.kind()) {
                case BOOL -> TypeName.BOOLEAN;
                case I8 -> TypeName.BYTE;
                case I16 -> TypeName.SHORT;
                case I32 -> TypeName.INT;
                case I64 -> TypeName.LONG;
                case DOUBLE -> TypeName.DOUBLE;
                default -> boxedType(t);
            };
        }
        Bulk bulk = bulk(t);
        if (bulk != null) {
            return ArrayTypeName.of(bulk.primitive);
        }
        return boxedType(t);
    }

    /** The Java type of {@code type} inside a container: always a reference type. */
    TypeName boxedType(ThriftType type) {
        ThriftType t = resolve(type);
        if (t instanceof BaseType base) {
            return switch (base.kind()) {
                case BOOL -> TypeName.BOOLEAN.box();
                case I8 -> TypeName.BYTE.box();
                case I16 -> TypeName.SHORT.box();
                case I32 -> TypeName.INT.box();
                case I64 -> TypeName.LONG.box();
                case DOUBLE -> TypeName.DOUBLE.box();
                case STRING -> STRING;
                case BINARY -> BYTE_BUFFER;
                case UUID -> UUID;
            };
        }
        if (t instanceof ListType list) {
            return ParameterizedTypeName.get(LIST, boxedType(list.element()));
        }
        if (t instanceof SetType set) {
            return ParameterizedTypeName.get(SET, boxedType(set.element()));
        }
        if (t instanceof MapType map) {
            return ParameterizedTypeName.get(MAP, boxedType(map.key()), boxedType(map.value()));
        }
        return className((NamedType) t);
    }

    /** The class generated for a struct, union, exception or enum. */
    ClassName className(NamedType type) {
        Program program =
                schema.program(type.file())
                        .orElseThrow(() -> new IllegalArgumentException("no program " + type));
        Definition definition = schema.resolve(type);
        return JavaNames.className(program, definition);
    }

    /**
     * A class as the target of a static access ({@code Color.findByValue}, {@code Color.RED}):
     * written with its canonical name, since a field or local of the same simple name would hide a
     * type of the same package (JavaPoet writes those unqualified); but as a type name when its
     * package's first segment is {@code shadowing}, the simple name of an enclosing class, which
     * would hide the package (a service {@code scribe} in package {@code scribe.thrift}).
     */
    static CodeBlock staticRef(ClassName type, String shadowing) {
        if (type.packageName().isEmpty()
                || type.packageName().split("\\.", -1)[0].equals(shadowing)) {
            return CodeBlock.of("$T", type);
        }
        return CodeBlock.of("$L", type.canonicalName());
    }

    static CodeBlock staticRef(ClassName type) {
        return staticRef(type, null);
    }

    /** Whether a field of this type is a Java primitive (and so needs a presence bit). */
    boolean isPrimitive(ThriftType type) {
        return fieldType(type).isPrimitive();
    }

    boolean isEnum(ThriftType type) {
        return resolve(type) instanceof NamedType n && schema.resolve(n) instanceof EnumType;
    }

    boolean isStruct(ThriftType type) {
        return resolve(type) instanceof NamedType n && schema.resolve(n) instanceof StructType;
    }

    BaseType.Kind baseKind(ThriftType type) {
        return resolve(type) instanceof BaseType base ? base.kind() : null;
    }

    /** A list field encoded in bulk, by its element's primitive. */
    enum Bulk {
        SHORT(TypeName.SHORT, "Shorts", "I16", 2),
        INT(TypeName.INT, "Ints", "I32", 4),
        LONG(TypeName.LONG, "Longs", "I64", 8),
        DOUBLE(TypeName.DOUBLE, "Doubles", "DOUBLE", 8);

        final TypeName primitive;
        final String suffix;
        final String wireType;
        final int binarySize;

        Bulk(TypeName primitive, String suffix, String wireType, int binarySize) {
            this.primitive = primitive;
            this.suffix = suffix;
            this.wireType = wireType;
            this.binarySize = binarySize;
        }
    }

    /** How a field of {@code type} is encoded in bulk, or null when it is not. */
    Bulk bulk(ThriftType type) {
        if (!(resolve(type) instanceof ListType list)) {
            return null;
        }
        BaseType.Kind kind = baseKind(list.element());
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case I16 -> Bulk.SHORT;
            case I32 -> Bulk.INT;
            case I64 -> Bulk.LONG;
            case DOUBLE -> Bulk.DOUBLE;
            default -> null;
        };
    }

    /** {@code WireType.X} for {@code type}. */
    CodeBlock wireType(ThriftType type) {
        return CodeBlock.of("$T.$L", WIRE_TYPE, wireTypeName(type));
    }

    String wireTypeName(ThriftType type) {
        ThriftType t = resolve(type);
        if (t instanceof BaseType base) {
            return switch (base.kind()) {
                case BOOL -> "BOOL";
                case I8 -> "BYTE";
                case I16 -> "I16";
                case I32 -> "I32";
                case I64 -> "I64";
                case DOUBLE -> "DOUBLE";
                case STRING, BINARY -> "STRING";
                case UUID -> "UUID";
            };
        }
        if (t instanceof ListType) {
            return "LIST";
        }
        if (t instanceof SetType) {
            return "SET";
        }
        if (t instanceof MapType) {
            return "MAP";
        }
        return isEnum(t) ? "I32" : "STRUCT";
    }

    /**
     * Bytes a value of {@code type} always takes in the binary protocol, or -1 when it varies.
     * Enums are i32s, so fixed.
     */
    int binaryFixedSize(ThriftType type) {
        ThriftType t = resolve(type);
        if (t instanceof BaseType base) {
            return switch (base.kind()) {
                case BOOL, I8 -> 1;
                case I16 -> 2;
                case I32 -> 4;
                case I64, DOUBLE -> 8;
                case UUID -> 16;
                default -> -1;
            };
        }
        return isEnum(t) ? 4 : -1;
    }

    /** Bytes a value of {@code type} always takes in the compact protocol, or -1. */
    int compactFixedSize(ThriftType type) {
        BaseType.Kind kind = baseKind(type);
        if (kind == null) {
            return -1;
        }
        return switch (kind) {
            case BOOL, I8 -> 1;
            case DOUBLE -> 8;
            case UUID -> 16;
            default -> -1;
        };
    }

    /** Whether a field of this type goes in the fixed-size group of {@code FIXED_FIRST}. */
    boolean isFixedSize(ThriftType type) {
        return binaryFixedSize(type) >= 0;
    }
}
