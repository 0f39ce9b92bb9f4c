package dev.zerothrift.codegen;

import static dev.zerothrift.codegen.JavaTypes.ARRAY_LIST;
import static dev.zerothrift.codegen.JavaTypes.BINARY_LISTS;
import static dev.zerothrift.codegen.JavaTypes.COMPACT_LISTS;
import static dev.zerothrift.codegen.JavaTypes.FIELDS;
import static dev.zerothrift.codegen.JavaTypes.ITERATOR;
import static dev.zerothrift.codegen.JavaTypes.LINKED_HASH_MAP;
import static dev.zerothrift.codegen.JavaTypes.LINKED_HASH_SET;
import static dev.zerothrift.codegen.JavaTypes.MAP;
import static dev.zerothrift.codegen.JavaTypes.RANDOM_ACCESS;
import static dev.zerothrift.codegen.JavaTypes.SIZES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.ArrayList;
import java.util.List;

/**
 * The code for one value of a type, in one protocol: its encoded length, its write, its read.
 * Containers recurse, with locals named by depth ({@code e$1}, {@code n$2}), which no IDL name can
 * collide with. A value at field level ({@code field} true) may be a bulk-encoded primitive array;
 * deeper it is always a boxed collection.
 *
 * <p>The code iterates a caller's collections without allocating where it can: a list by index when
 * it is {@link java.util.RandomAccess} ({@link #beginElements}). A for-each's iterator is garbage
 * whenever escape analysis does not remove it, and a call site that has seen several list types (a
 * service's real traffic, a full test run) makes it keep the iterator.
 */
final class ValueCode {
    private final JavaTypes types;
    private final boolean compact;

    ValueCode(JavaTypes types, boolean compact) {
        this.types = types;
        this.compact = compact;
    }

    /** Fixed bytes of a value of {@code type} in this protocol, or -1. */
    int fixedSize(ThriftType type) {
        return compact ? types.compactFixedSize(type) : types.binaryFixedSize(type);
    }

    // ---------------------------------------------------------------- length

    /**
     * Where a length computation is, for the error on a null element: the struct and field, and the
     * Java expressions of the indices and map keys leading to the element (only evaluated on that
     * error, so the length computation allocates nothing for them).
     */
    record Where(String struct, String field, int id, List<CodeBlock> path) {
        Where(String struct, String field, int id) {
            this(struct, field, id, List.of());
        }

        Where into(CodeBlock segment) {
            List<CodeBlock> longer = new ArrayList<>(path);
            longer.add(segment);
            return new Where(struct, field, id, List.copyOf(longer));
        }

        /** The arguments of {@code Fields.nullElement} and {@code Fields.nullMapKey}. */
        CodeBlock arguments() {
            CodeBlock.Builder args = CodeBlock.builder().add("$S, $S, $L", struct, field, id);
            for (CodeBlock segment : path) {
                args.add(", $L", segment);
            }
            return args.build();
        }
    }

    /**
     * Statements adding the encoded length of field value {@code expr} (not null) to the int {@code
     * target}, and throwing a clear error on a null anywhere inside it: a length is always computed
     * before a write, so a null element fails before any byte is written.
     */
    void addFieldLength(
            CodeBlock.Builder code, String target, ThriftType type, String expr, Where where) {
        addLength(code, target, type, expr, 0, true, where);
    }

    private void addLength(
            CodeBlock.Builder code,
            String target,
            ThriftType type,
            String expr,
            int depth,
            boolean field,
            Where where) {
        int fixed = fixedSize(type);
        if (fixed >= 0) {
            code.addStatement("$L += $L", target, fixed);
            return;
        }
        ThriftType t = types.resolve(type);
        JavaTypes.Bulk bulk = field ? types.bulk(t) : null;
        if (bulk != null) {
            if (compact) {
                code.addStatement("$L += $T.compactList($L)", target, SIZES, expr);
            } else {
                code.addStatement("$L += $L + $L * $L.length", target, 5, bulk.binarySize, expr);
            }
            return;
        }
        BaseType.Kind kind = types.baseKind(t);
        if (kind != null) {
            String method =
                    switch (kind) {
                        case I16, I32 -> "compactI32";
                        case I64 -> "compactI64";
                        case STRING -> compact ? "compactString" : "binaryString";
                        case BINARY -> compact ? "compactBinary" : "binaryBinary";
                        default -> throw new AssertionError(kind);
                    };
            code.addStatement("$L += $T.$L($L)", target, SIZES, method, expr);
            return;
        }
        if (types.isEnum(t)) {
            code.addStatement("$L += $T.compactI32($L.value())", target, SIZES, expr);
            return;
        }
        if (types.isStruct(t)) {
            code.addStatement(
                    "$L += $L.$L()", target, expr, compact ? "compactLength" : "binaryLength");
            return;
        }
        String element = "e$" + (depth + 1);
        if (t instanceof ListType || t instanceof SetType) {
            ThriftType elementType =
                    t instanceof ListType list ? list.element() : ((SetType) t).element();
            code.addStatement(
                    "$L += $L",
                    target,
                    compact
                            ? CodeBlock.of("$T.compactListHeader($L.size())", SIZES, expr)
                            : CodeBlock.of("5"));
            int elementFixed = fixedSize(elementType);
            if (elementFixed >= 0) {
                code.addStatement("$L += $L * $L.size()", target, elementFixed, expr);
            }
            // The index of each element (in iteration order for a set), for the null error.
            Elements loop = beginElements(code, t, elementType, expr, depth, true);
            Where elementWhere = where.into(CodeBlock.of("$L", loop.index()));
            code.beginControlFlow("if ($L == null)", element);
            code.addStatement("throw $T.nullElement($L)", FIELDS, elementWhere.arguments());
            code.endControlFlow();
            if (elementFixed < 0) {
                addLength(code, target, elementType, element, depth + 1, false, elementWhere);
            }
            endElements(code, loop);
            return;
        }
        MapType map = (MapType) t;
        code.addStatement(
                "$L += $L",
                target,
                compact
                        ? CodeBlock.of("$T.compactMapHeader($L.size())", SIZES, expr)
                        : CodeBlock.of("6"));
        int keyFixed = fixedSize(map.key());
        int valueFixed = fixedSize(map.value());
        if (keyFixed >= 0 && valueFixed >= 0) {
            code.addStatement("$L += $L * $L.size()", target, keyFixed + valueFixed, expr);
        }
        String key = element + ".getKey()";
        String value = element + ".getValue()";
        Where valueWhere = where.into(CodeBlock.of("$T.mapKey($L)", FIELDS, key));
        code.beginControlFlow("for ($T $L : $L.entrySet())", entryType(map), element, expr);
        code.beginControlFlow("if ($L == null)", key);
        code.addStatement("throw $T.nullMapKey($L)", FIELDS, where.arguments());
        code.endControlFlow();
        code.beginControlFlow("if ($L == null)", value);
        code.addStatement("throw $T.nullElement($L)", FIELDS, valueWhere.arguments());
        code.endControlFlow();
        if (keyFixed < 0 || valueFixed < 0) {
            addLength(code, target, map.key(), key, depth + 1, false, where);
            addLength(code, target, map.value(), value, depth + 1, false, valueWhere);
        }
        code.endControlFlow();
    }

    // ---------------------------------------------------------------- iteration

    /**
     * A loop over the elements of a list or set, begun by {@link #beginElements}: the name of the
     * element's index ({@code null} when not asked for), whether the loop counts it itself (a set's
     * for-each does), and whether the loop is in a block of its own.
     */
    private record Elements(String index, boolean counted, boolean block) {}

    /**
     * Begins a loop declaring {@code e$<depth+1>} for each element of list or set {@code expr}. A
     * list is walked by index, taking its elements with {@code get} when it is {@code RandomAccess}
     * ({@code ArrayList}, {@code List.of}, {@code Arrays.asList}) and from its iterator otherwise
     * (a {@code LinkedList}'s {@code get} walks the list): one loop body for both, and no iterator
     * for the lists callers pass. A set has no index: it takes a for-each, counting the index
     * itself when {@code indexed}. Loops that declare locals besides the element are in a block of
     * their own, as a map's key and value may both be containers at this depth.
     */
    private Elements beginElements(
            CodeBlock.Builder code,
            ThriftType container,
            ThriftType elementType,
            String expr,
            int depth,
            boolean indexed) {
        TypeName boxed = types.boxedType(elementType);
        String element = "e$" + (depth + 1);
        if (container instanceof ListType) {
            String iterator = "it$" + (depth + 1);
            String index = "i$" + (depth + 1);
            String size = "n$" + (depth + 1);
            code.add("{\n").indent();
            code.addStatement(
                    "$1T $2L = $3L instanceof $4T ? null : $3L.iterator()",
                    ParameterizedTypeName.get(ITERATOR, boxed),
                    iterator,
                    expr,
                    RANDOM_ACCESS);
            code.beginControlFlow(
                    "for (int $1L = 0, $2L = $3L.size(); $1L < $2L; $1L++)", index, size, expr);
            code.addStatement(
                    "$1T $2L = $3L == null ? $4L.get($5L) : $3L.next()",
                    boxed,
                    element,
                    iterator,
                    expr,
                    index);
            return new Elements(index, false, true);
        }
        if (!indexed) {
            code.beginControlFlow("for ($T $L : $L)", boxed, element, expr);
            return new Elements(null, false, false);
        }
        String index = "x$" + (depth + 1);
        code.add("{\n").indent();
        code.addStatement("int $L = 0", index);
        code.beginControlFlow("for ($T $L : $L)", boxed, element, expr);
        return new Elements(index, true, true);
    }

    /** Ends the loop {@link #beginElements} began. */
    private static void endElements(CodeBlock.Builder code, Elements loop) {
        if (loop.counted()) {
            code.addStatement("$L++", loop.index());
        }
        code.endControlFlow();
        if (loop.block()) {
            code.unindent().add("}\n");
        }
    }

    private TypeName entryType(MapType map) {
        return ParameterizedTypeName.get(
                MAP.nestedClass("Entry"), types.boxedType(map.key()), types.boxedType(map.value()));
    }

    // ---------------------------------------------------------------- referenced bytes

    /** Whether a value of {@code type} can hold strings or binaries (so referenced bytes). */
    boolean mayReference(ThriftType type) {
        ThriftType t = types.resolve(type);
        BaseType.Kind kind = types.baseKind(t);
        if (kind != null) {
            return kind == BaseType.Kind.STRING || kind == BaseType.Kind.BINARY;
        }
        if (types.isEnum(t)) {
            return false;
        }
        if (types.isStruct(t)) {
            return true;
        }
        if (t instanceof ListType list) {
            return mayReference(list.element());
        }
        if (t instanceof SetType set) {
            return mayReference(set.element());
        }
        MapType map = (MapType) t;
        return mayReference(map.key()) || mayReference(map.value());
    }

    /** Statements adding the bytes of {@code expr} a chain takes by reference to a long. */
    void addReferenced(
            CodeBlock.Builder code, String target, ThriftType type, String expr, int depth) {
        if (!mayReference(type)) {
            return;
        }
        ThriftType t = types.resolve(type);
        if (types.baseKind(t) != null) {
            code.addStatement("$L += $T.referenced($L, threshold)", target, SIZES, expr);
            return;
        }
        if (types.isStruct(t)) {
            code.addStatement("$L += $L.referencedLength(threshold)", target, expr);
            return;
        }
        String element = "e$" + (depth + 1);
        if (t instanceof ListType || t instanceof SetType) {
            ThriftType elementType =
                    t instanceof ListType list ? list.element() : ((SetType) t).element();
            Elements loop = beginElements(code, t, elementType, expr, depth, false);
            addReferenced(code, target, elementType, element, depth + 1);
            endElements(code, loop);
            return;
        }
        MapType map = (MapType) t;
        code.beginControlFlow("for ($T $L : $L.entrySet())", entryType(map), element, expr);
        addReferenced(code, target, map.key(), element + ".getKey()", depth + 1);
        addReferenced(code, target, map.value(), element + ".getValue()", depth + 1);
        code.endControlFlow();
    }

    // ---------------------------------------------------------------- write

    /** Statements writing {@code expr} with the writer {@code w}. */
    void write(CodeBlock.Builder code, ThriftType type, String expr, int depth, boolean field) {
        ThriftType t = types.resolve(type);
        JavaTypes.Bulk bulk = field ? types.bulk(t) : null;
        if (bulk != null) {
            code.addStatement(
                    "w.writeListBegin($T.$L, $L.length)", JavaTypes.WIRE_TYPE, bulk.wireType, expr);
            if (compact) {
                code.addStatement(
                        "$T.write(w.sink(), $L, 0, $L.length)", COMPACT_LISTS, expr, expr);
            } else {
                code.addStatement(
                        "$T.get().write$L(w.sink(), $L, 0, $L.length)",
                        BINARY_LISTS,
                        bulk.suffix,
                        expr,
                        expr);
            }
            return;
        }
        BaseType.Kind kind = types.baseKind(t);
        if (kind != null) {
            switch (kind) {
                case BOOL -> code.addStatement("w.writeBool($L)", expr);
                case I8 -> code.addStatement("w.writeByte($L)", expr);
                case I16 -> code.addStatement("w.writeI16($L)", expr);
                case I32 -> code.addStatement("w.writeI32($L)", expr);
                case I64 -> code.addStatement("w.writeI64($L)", expr);
                case DOUBLE -> code.addStatement("w.writeDouble($L)", expr);
                case STRING -> code.addStatement("w.writeString($L)", expr);
                case BINARY -> code.addStatement("$T.writeBinary(w, $L)", FIELDS, expr);
                case UUID -> code.addStatement("w.writeUuid($L)", expr);
            }
            return;
        }
        if (types.isEnum(t)) {
            code.addStatement("w.writeI32($L.value())", expr);
            return;
        }
        if (types.isStruct(t)) {
            code.addStatement("$L.$L(w)", expr, compact ? "writeCompact" : "writeBinary");
            return;
        }
        String element = "e$" + (depth + 1);
        if (t instanceof ListType || t instanceof SetType) {
            ThriftType elementType =
                    t instanceof ListType list ? list.element() : ((SetType) t).element();
            code.addStatement(
                    "w.$L($L, $L.size())",
                    t instanceof ListType ? "writeListBegin" : "writeSetBegin",
                    types.wireType(elementType),
                    expr);
            Elements loop = beginElements(code, t, elementType, expr, depth, false);
            write(code, elementType, element, depth + 1, false);
            endElements(code, loop);
            return;
        }
        MapType map = (MapType) t;
        code.addStatement(
                "w.writeMapBegin($L, $L, $L.size())",
                types.wireType(map.key()),
                types.wireType(map.value()),
                expr);
        code.beginControlFlow("for ($T $L : $L.entrySet())", entryType(map), element, expr);
        write(code, map.key(), element + ".getKey()", depth + 1, false);
        write(code, map.value(), element + ".getValue()", depth + 1, false);
        code.endControlFlow();
    }

    // ---------------------------------------------------------------- encode

    /**
     * The type code of a value of {@code type} in a field or container header: a {@code WireType}
     * constant in the binary protocol, a {@code CompactWire.CT_*} one in the compact protocol.
     */
    CodeBlock typeCode(ThriftType type) {
        if (!compact) {
            return types.wireType(type);
        }
        String wireType = types.wireTypeName(type);
        String name =
                switch (wireType) {
                    case "BOOL" -> "CT_BOOLEAN_TRUE";
                    case "STRING" -> "CT_BINARY";
                    default -> "CT_" + wireType;
                };
        return CodeBlock.of("$T.$L", JavaTypes.COMPACT_WIRE, name);
    }

    /**
     * Statements putting {@code expr} at {@code b[p]} and moving the int local {@code p} past it:
     * the bytes {@link #write} writes, through {@code BinaryValues} or {@code CompactValues}.
     */
    void encode(CodeBlock.Builder code, ThriftType type, String expr, int depth, boolean field) {
        ClassName values = compact ? JavaTypes.COMPACT_VALUES : JavaTypes.BINARY_VALUES;
        ThriftType t = types.resolve(type);
        JavaTypes.Bulk bulk = field ? types.bulk(t) : null;
        if (bulk != null) {
            code.addStatement(
                    "p = $T.putListHeader(b, p, $L, $L.length)",
                    values,
                    typeCode(((ListType) t).element()),
                    expr);
            code.addStatement("p = $T.put$L(b, p, $L)", values, bulk.suffix, expr);
            return;
        }
        BaseType.Kind kind = types.baseKind(t);
        if (kind != null) {
            String put =
                    switch (kind) {
                        case BOOL -> "putBool";
                        case I8 -> "putByte";
                        case I16 -> "putI16";
                        case I32 -> "putI32";
                        case I64 -> "putI64";
                        case DOUBLE -> "putDouble";
                        case STRING -> "putString";
                        case BINARY -> "putBinary";
                        case UUID -> "putUuid";
                    };
            code.addStatement("p = $T.$L(b, p, $L)", values, put, expr);
            return;
        }
        if (types.isEnum(t)) {
            code.addStatement("p = $T.putI32(b, p, $L.value())", values, expr);
            return;
        }
        if (types.isStruct(t)) {
            code.addStatement("p = $L.$L(b, p)", expr, compact ? "encodeCompact" : "encodeBinary");
            return;
        }
        String element = "e$" + (depth + 1);
        if (t instanceof ListType || t instanceof SetType) {
            ThriftType elementType =
                    t instanceof ListType list ? list.element() : ((SetType) t).element();
            code.addStatement(
                    "p = $T.putListHeader(b, p, $L, $L.size())",
                    values,
                    typeCode(elementType),
                    expr);
            Elements loop = beginElements(code, t, elementType, expr, depth, false);
            encode(code, elementType, element, depth + 1, false);
            endElements(code, loop);
            return;
        }
        MapType map = (MapType) t;
        code.addStatement(
                "p = $T.putMapHeader(b, p, $L, $L, $L.size())",
                values,
                typeCode(map.key()),
                typeCode(map.value()),
                expr);
        code.beginControlFlow("for ($T $L : $L.entrySet())", entryType(map), element, expr);
        encode(code, map.key(), element + ".getKey()", depth + 1, false);
        encode(code, map.value(), element + ".getValue()", depth + 1, false);
        code.endControlFlow();
    }

    // ---------------------------------------------------------------- read

    /**
     * Statements reading a value with the reader {@code r} into {@code target} (an assignable
     * expression). Enum fields are read by the caller, which keeps unknown values.
     */
    void read(CodeBlock.Builder code, ThriftType type, String target, int depth, boolean field) {
        ThriftType t = types.resolve(type);
        JavaTypes.Bulk bulk = field ? types.bulk(t) : null;
        String n = "n$" + (depth + 1);
        if (bulk != null) {
            code.addStatement(
                    "int $L = r.readListBegin($T.$L)", n, JavaTypes.WIRE_TYPE, bulk.wireType);
            if (compact) {
                code.addStatement(
                        "$L = $T.read$L(r.source(), $L)", target, COMPACT_LISTS, bulk.suffix, n);
            } else {
                code.addStatement(
                        "$L = $T.get().read$L(r.source(), $L)",
                        target,
                        BINARY_LISTS,
                        bulk.suffix,
                        n);
            }
            code.addStatement("r.readListEnd()");
            return;
        }
        BaseType.Kind kind = types.baseKind(t);
        if (kind != null) {
            String read =
                    switch (kind) {
                        case BOOL -> "r.readBool()";
                        case I8 -> "r.readByte()";
                        case I16 -> "r.readI16()";
                        case I32 -> "r.readI32()";
                        case I64 -> "r.readI64()";
                        case DOUBLE -> "r.readDouble()";
                        case STRING -> "r.readString()";
                        case BINARY -> null;
                        case UUID -> "r.readUuid()";
                    };
            if (read == null) {
                code.addStatement("$L = $T.readBinary(r)", target, FIELDS);
            } else {
                code.addStatement("$L = $L", target, read);
            }
            return;
        }
        if (types.isEnum(t)) {
            ClassName enumClass = (ClassName) types.boxedType(t);
            String value = "v$" + (depth + 1);
            code.addStatement("int $L = r.readI32()", value);
            code.addStatement(
                    "$L = $L.findByValue($L)", target, JavaTypes.staticRef(enumClass), value);
            code.beginControlFlow("if ($L == null)", target);
            code.addStatement(
                    "throw $T.unknownEnumValue(r, $S, $L)", FIELDS, enumClass.simpleName(), value);
            code.endControlFlow();
            return;
        }
        if (types.isStruct(t)) {
            ClassName struct = (ClassName) types.boxedType(t);
            String value = "s$" + (depth + 1);
            code.addStatement("$T $L = new $T()", struct, value, struct);
            code.addStatement("$L.$L(r)", value, compact ? "readCompact" : "readBinary");
            code.addStatement("$L = $L", target, value);
            return;
        }
        String i = "i$" + (depth + 1);
        String element = "e$" + (depth + 1);
        String collection = "c$" + (depth + 1);
        if (t instanceof ListType || t instanceof SetType) {
            boolean list = t instanceof ListType;
            ThriftType elementType = list ? ((ListType) t).element() : ((SetType) t).element();
            TypeName boxed = types.boxedType(elementType);
            code.addStatement(
                    "int $L = r.$L($L)",
                    n,
                    list ? "readListBegin" : "readSetBegin",
                    types.wireType(elementType));
            // A set sized for n elements (new LinkedHashSet<>(n) holds 0.75 n before it grows).
            code.addStatement(
                    list ? "$T $L = new $T<>($L)" : "$T $L = $T.newLinkedHashSet($L)",
                    types.boxedType(t),
                    collection,
                    list ? ARRAY_LIST : LINKED_HASH_SET,
                    n);
            code.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, n, i);
            code.addStatement("$T $L", boxed, element);
            read(code, elementType, element, depth + 1, false);
            code.addStatement("$L.add($L)", collection, element);
            code.endControlFlow();
            code.addStatement("r.$L()", list ? "readListEnd" : "readSetEnd");
            code.addStatement("$L = $L", target, collection);
            return;
        }
        MapType map = (MapType) t;
        String key = "k$" + (depth + 1);
        String value = "v$" + (depth + 1) + "v";
        code.addStatement(
                "int $L = r.readMapBegin($L, $L)",
                n,
                types.wireType(map.key()),
                types.wireType(map.value()));
        code.addStatement(
                "$T $L = $T.newLinkedHashMap($L)",
                types.boxedType(t),
                collection,
                LINKED_HASH_MAP,
                n);
        code.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, n, i);
        // Key and value each in a block of their own: their reads may declare the same locals.
        code.addStatement("$T $L", types.boxedType(map.key()), key);
        code.add("{\n").indent();
        read(code, map.key(), key, depth + 1, false);
        code.unindent().add("}\n");
        code.addStatement("$T $L", types.boxedType(map.value()), value);
        code.add("{\n").indent();
        read(code, map.value(), value, depth + 1, false);
        code.unindent().add("}\n");
        code.addStatement("$L.put($L, $L)", collection, key, value);
        code.endControlFlow();
        code.addStatement("r.readMapEnd()");
        code.addStatement("$L = $L", target, collection);
    }
}
