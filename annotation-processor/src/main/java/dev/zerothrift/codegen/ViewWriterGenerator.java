package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.GeneratorOptions.FieldOrder;
import dev.zerothrift.codegen.ViewNames.Field;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * A view's builder, {@code FooView.Writer}: writes a new {@code Foo} in one pass straight into any
 * {@code ProtocolWriter} (a chain's sink, an RPC reply's), one typed method per field.
 *
 * <p>With {@link FieldOrder#FIXED_FIRST}, in the binary protocol, fixed-size fields (numbers,
 * bools, enums, uuids) are held in the writer until the first other field or {@code end()}, and
 * then written together, in IDL order, whatever order the caller set them in (the Kitex layout the
 * fast codecs use), put one after another in a single window of the sink. Other fixed-size fields
 * and strings are written whole ({@code writeI64Field}, {@code writeStringField}, ...): one window
 * for header and value. Every other field goes out as it is given; binaries longer than {@code
 * MessageBuilder.REFERENCE_BYTES} are linked into the sink by reference, not copied. Compact
 * messages (and {@code IDL} order) are written in the caller's order. A nested struct is written
 * from its POJO or by its own writer ({@code beginName()} ... {@code end()}).
 */
final class ViewWriterGenerator {
    static final ClassName MESSAGE_BUILDER =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "MessageBuilder");
    private static final ClassName BI_CONSUMER = ClassName.get("java.util.function", "BiConsumer");
    private static final ClassName BYTE_SINK = ClassName.get(JavaTypes.RUNTIME + ".io", "ByteSink");
    private static final ClassName BINARY_FIELDS =
            ClassName.get(JavaTypes.RUNTIME + ".codec", "BinaryFields");
    private static final ClassName BINARY_WIRE =
            ClassName.get(JavaTypes.RUNTIME + ".protocol", "BinaryWire");

    private final JavaTypes types;
    private final StructMembers members;
    private final ViewNames names;
    private final ClassName writer;
    private final boolean fixedFirst;
    private final List<Field> fixed = new ArrayList<>();

    ViewWriterGenerator(
            JavaTypes types,
            StructMembers members,
            ViewNames names,
            ClassName self,
            ClassName pojo,
            FieldOrder order) {
        this.types = types;
        this.members = members;
        this.names = names;
        this.writer = self.nestedClass("Writer");
        this.fixedFirst = order == FieldOrder.FIXED_FIRST;
        for (Field f : names.fields()) {
            if (fixedFirst && types.isFixedSize(f.member().field().type())) {
                fixed.add(f);
            }
        }
    }

    void addTo(TypeSpec.Builder view) {
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(writer)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "Writes a new {@code $L} in one pass into a protocol writer;"
                                        + " reusable, not thread-safe. Between {@code begin} and"
                                        + " {@code end}, call each field's method at most once.\n",
                                members.struct().name());
        for (Field f : names.fields()) {
            spec.alwaysQualify(f.base());
        }
        spec.addField(ViewGenerator.PROTOCOL_WRITER, "out", Modifier.PRIVATE);
        spec.addField(ViewGenerator.PROTOCOL_WRITER, "own", Modifier.PRIVATE);
        spec.addField(TypeName.BOOLEAN, "staging", Modifier.PRIVATE);
        spec.addField(
                FieldSpec.builder(
                                TypeName.get(boolean[].class),
                                "written",
                                Modifier.PRIVATE,
                                Modifier.FINAL)
                        .initializer("new boolean[$L]", names.fields().size())
                        .build());
        for (Field f : fixed) {
            spec.addField(f.member().type(), f.base() + "$value", Modifier.PRIVATE);
        }
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addJavadoc("A writer to {@code begin}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build());
        spec.addMethod(begin());
        spec.addMethod(beginChain());
        spec.addMethod(
                MethodSpec.methodBuilder("writer")
                        .addJavadoc(
                                "The protocol writer this writes to: to begin the elements of a"
                                        + " list of structs ({@code elementWriter.begin(writer())})"
                                        + " and for values the typed methods do not cover.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ViewGenerator.PROTOCOL_WRITER)
                        .addStatement("return out")
                        .build());
        for (Field f : names.fields()) {
            addField(spec, f);
        }
        if (!fixed.isEmpty()) {
            spec.addMethod(flush());
        }
        if (members.isUnion()) {
            spec.addMethod(oneField());
        }
        spec.addMethod(end());
        view.addType(spec.build());
    }

    private MethodSpec begin() {
        return MethodSpec.methodBuilder("begin")
                .addJavadoc(
                        "Begins a {@code $L} at {@code out}'s position (a message's root struct, or"
                                + " a struct value the caller has begun: an RPC result's field).\n",
                        members.struct().name())
                .addModifiers(Modifier.PUBLIC)
                .returns(writer)
                .addParameter(ViewGenerator.PROTOCOL_WRITER, "out")
                .addStatement("this.out = out")
                .addStatement(
                        "this.staging = $L",
                        fixed.isEmpty()
                                ? CodeBlock.of("false")
                                : CodeBlock.of("out instanceof $T", JavaTypes.BINARY_WRITER))
                .addStatement("$T.fill(written, false)", JavaTypes.ARRAYS)
                .addStatement("out.writeStructBegin()")
                .addStatement("return this")
                .build();
    }

    private MethodSpec beginChain() {
        return MethodSpec.methodBuilder("begin")
                .addJavadoc(
                        "Begins a {@code $L} appended to {@code target}, in {@code protocol} (the"
                                + " writer over the chain's sink is kept for the next message).\n",
                        members.struct().name())
                .addModifiers(Modifier.PUBLIC)
                .returns(writer)
                .addParameter(ViewGenerator.CHAIN, "target")
                .addParameter(JavaTypes.PROTOCOL, "protocol")
                .addStatement(
                        "own = own == null || (own instanceof $T) != (protocol == $T.BINARY)"
                                + " ? protocol.newWriter(target.sink()) : own.reset(target.sink())",
                        JavaTypes.BINARY_WRITER,
                        JavaTypes.PROTOCOL)
                .addStatement("return begin(own)")
                .build();
    }

    private MethodSpec end() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add(flushCall());
        for (Field f : names.fields()) {
            if (f.member().field().requiredness() == Requiredness.REQUIRED && !members.isUnion()) {
                code.beginControlFlow("if (!written[$L])", f.slot());
                code.addStatement(
                        "throw new $T($S)",
                        IllegalStateException.class,
                        "required field "
                                + f.member().field().name()
                                + " of "
                                + members.struct().name()
                                + " not written");
                code.endControlFlow();
            }
        }
        if (members.isUnion() && !names.fields().isEmpty()) {
            code.beginControlFlow(
                    "if ($L)",
                    names.fields().stream()
                            .map(f -> CodeBlock.of("!written[$L]", f.slot()))
                            .collect(CodeBlock.joining(" && ")));
            code.addStatement(
                    "throw new $T($S)",
                    IllegalStateException.class,
                    "union " + members.struct().name() + " ended with no field written");
            code.endControlFlow();
        }
        code.addStatement("out.writeFieldStop()");
        code.addStatement("out.writeStructEnd()");
        return MethodSpec.methodBuilder("end")
                .addJavadoc(
                        "Ends the struct (its stop byte), after the fixed-size fields still held;"
                                + " throws {@code IllegalStateException} when a required field"
                                + " was not written.\n")
                .addModifiers(Modifier.PUBLIC)
                .addCode(code.build())
                .build();
    }

    /**
     * For a union, the check before writing {@code f}: a union holds exactly one field, so a second
     * one is refused before any of its bytes are written (the message so far stays valid).
     */
    private CodeBlock unionCheck(Field f) {
        return members.isUnion()
                ? CodeBlock.builder().addStatement("oneField$$($L)", f.slot()).build()
                : CodeBlock.of("");
    }

    /** The union writer's {@code oneField$}, which {@link #unionCheck} calls. */
    private MethodSpec oneField() {
        return MethodSpec.methodBuilder("oneField$")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.INT, "slot")
                .beginControlFlow("for (int i = 0; i < written.length; i++)")
                .beginControlFlow("if (written[i])")
                .addStatement(
                        "throw new $T($S + DESCRIPTOR.field(i).name() + $S"
                                + " + DESCRIPTOR.field(slot).name())",
                        IllegalStateException.class,
                        "union " + members.struct().name() + " already holds ",
                        ": it cannot also hold ")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /**
     * {@code flush$()} when fixed-size fields may be held: the check is at the call, so that the
     * field methods stay small enough to inline and the flush itself is called once a message.
     */
    private CodeBlock flushCall() {
        if (fixed.isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .beginControlFlow("if (staging)")
                .addStatement("flush$$()")
                .endControlFlow()
                .build();
    }

    /**
     * Writes the held fixed-size fields, in IDL order, and stops holding: only ever in the binary
     * protocol, as whole fields put one after another in a single window of the sink, which has
     * room for all of them.
     */
    private MethodSpec flush() {
        int room = 0;
        for (Field f : fixed) {
            room += 3 + types.binaryFixedSize(f.member().field().type());
        }
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("staging = false");
        code.addStatement("$T sink = out.sink()", BYTE_SINK);
        code.addStatement("sink.ensure($L)", room);
        code.addStatement("byte[] b = sink.buffer()");
        code.addStatement("int p = sink.position()");
        for (Field f : fixed) {
            code.beginControlFlow("if (written[$L])", f.slot());
            putField(code, f, "this." + f.base() + "$value");
            code.endControlFlow();
        }
        code.addStatement("sink.advance(p - sink.position())");
        return MethodSpec.methodBuilder("flush$")
                .addModifiers(Modifier.PRIVATE)
                .addCode(code.build())
                .build();
    }

    /** Puts fixed-size field {@code f} (binary protocol) at {@code b[p]} and moves {@code p} on. */
    private void putField(CodeBlock.Builder code, Field f, String expr) {
        ThriftType type = types.resolve(f.member().field().type());
        int id = f.member().field().id();
        if (types.isEnum(type)) {
            code.addStatement("p = $T.putI32(b, p, $L, $L.value())", BINARY_FIELDS, id, expr);
            return;
        }
        BaseType.Kind kind = types.baseKind(type);
        if (kind == BaseType.Kind.UUID) {
            code.addStatement("b[p] = $T.UUID", JavaTypes.WIRE_TYPE);
            code.addStatement("$T.putI16(b, p + 1, (short) $L)", BINARY_WIRE, id);
            code.addStatement(
                    "$T.putUuid(b, p + 3, $L.getMostSignificantBits(),"
                            + " $L.getLeastSignificantBits())",
                    BINARY_WIRE,
                    expr,
                    expr);
            code.addStatement("p += 19");
            return;
        }
        String put =
                switch (kind) {
                    case BOOL -> "putBool";
                    case I8 -> "putByte";
                    case I16 -> "putI16";
                    case I32 -> "putI32";
                    case I64 -> "putI64";
                    case DOUBLE -> "putDouble";
                    default -> throw new AssertionError("not a fixed-size field: " + kind);
                };
        code.addStatement("p = $T.$L(b, p, $L, $L)", BINARY_FIELDS, put, id, expr);
    }

    private void addField(TypeSpec.Builder spec, Field f) {
        ThriftType type = types.resolve(f.member().field().type());
        String name = f.member().builderMethod();
        TypeName valueType = f.member().type();
        boolean binary = types.baseKind(type) == BaseType.Kind.BINARY;
        if (binary) {
            valueType = TypeName.get(byte[].class);
        }
        CodeBlock.Builder code = CodeBlock.builder();
        code.add(unionCheck(f));
        if (!valueType.isPrimitive()) {
            code.addStatement(
                    "$T.requireNonNull(value, $S)", JavaTypes.OBJECTS, f.member().field().name());
        }
        if (fixed.contains(f)) {
            code.beginControlFlow("if (staging)");
            code.addStatement("this.$L$$value = value", f.base());
            code.nextControlFlow("else");
            writeField(spec, code, f, "value");
            code.endControlFlow();
        } else {
            code.add(flushCall());
            writeField(spec, code, f, "value");
        }
        code.addStatement("written[$L] = true", f.slot());
        code.addStatement("return this");
        spec.addMethod(
                MethodSpec.methodBuilder(name)
                        .addJavadoc(Docs.of(f.member().field().doc()))
                        .addJavadoc(f.member().field().doc().isEmpty() ? "" : "\n<p>")
                        .addJavadoc(
                                "Writes {@code $L}$L.\n",
                                f.member().field().name(),
                                binary
                                        ? " (by reference when long: leave the array unchanged"
                                                + " until the message is sent)"
                                        : "")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(writer)
                        .addParameter(valueType, "value")
                        .addCode(code.build())
                        .build());
        ThriftType element = ViewGenerator.elementOf(types, type);
        if (element != null && types.isStruct(element)) {
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            spec.addMethod(
                    MethodSpec.methodBuilder("begin" + cap)
                            .addJavadoc(
                                    "Begins {@code $L} with {@code count} elements, each then"
                                            + " written by a {@link $T} begun on {@link"
                                            + " #writer()} and ended, before the next field.\n",
                                    f.member().field().name(),
                                    ViewNames.viewOf(types, element).nestedClass("Writer"))
                            .addModifiers(Modifier.PUBLIC)
                            .returns(writer)
                            .addParameter(TypeName.INT, "count")
                            .addCode(unionCheck(f))
                            .addCode(flushCall())
                            .addStatement(
                                    "out.writeFieldBegin($L, $L)",
                                    types.wireType(type),
                                    f.member().field().id())
                            .addStatement(
                                    "out.$L($T.STRUCT, count)",
                                    type instanceof dev.zerothrift.idl.schema.SetType
                                            ? "writeSetBegin"
                                            : "writeListBegin",
                                    JavaTypes.WIRE_TYPE)
                            .addStatement("written[$L] = true", f.slot())
                            .addStatement("return this")
                            .build());
        }
        if (types.isStruct(type)) {
            ClassName child = ViewNames.viewOf(types, type).nestedClass("Writer");
            String cache = f.base() + "$writer";
            spec.addField(child, cache, Modifier.PRIVATE);
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            spec.addMethod(
                    MethodSpec.methodBuilder("begin" + cap)
                            .addJavadoc(
                                    "Begins {@code $L} with its own writer (reused); write its"
                                            + " fields and {@code end()} it before the next field"
                                            + " of this one.\n",
                                    f.member().field().name())
                            .addModifiers(Modifier.PUBLIC)
                            .returns(child)
                            .addCode(unionCheck(f))
                            .addCode(flushCall())
                            .addStatement(
                                    "out.writeFieldBegin($L, $L)",
                                    types.wireType(type),
                                    f.member().field().id())
                            .addStatement("written[$L] = true", f.slot())
                            .beginControlFlow("if ($L == null)", cache)
                            .addStatement("$L = new $T()", cache, child)
                            .endControlFlow()
                            .addStatement("return $L.begin(out)", cache)
                            .build());
        }
    }

    /** Header and value of {@code f}, from {@code expr}, in either protocol. */
    private void writeField(TypeSpec.Builder spec, CodeBlock.Builder code, Field f, String expr) {
        ThriftType type = types.resolve(f.member().field().type());
        int id = f.member().field().id();
        BaseType.Kind kind = types.baseKind(type);
        if (kind == BaseType.Kind.BINARY) {
            code.addStatement("out.writeFieldBegin($L, $L)", types.wireType(type), id);
            code.beginControlFlow("if ($L.length > $T.REFERENCE_BYTES)", expr, MESSAGE_BUILDER);
            code.addStatement("out.writeBinaryLength($L.length)", expr);
            code.addStatement("out.sink().writeReference($L, 0, $L.length)", expr, expr);
            code.nextControlFlow("else");
            code.addStatement("out.writeBinary($L, 0, $L.length)", expr, expr);
            code.endControlFlow();
            return;
        }
        if (kind == BaseType.Kind.UUID) {
            code.addStatement("out.writeFieldBegin($L, $L)", types.wireType(type), id);
            code.addStatement("out.writeUuid($L)", expr);
            return;
        }
        if (kind != null) {
            // a whole field in one window, the header and the value
            String call =
                    switch (kind) {
                        case BOOL -> "writeBoolField";
                        case I8 -> "writeByteField";
                        case I16 -> "writeI16Field";
                        case I32 -> "writeI32Field";
                        case I64 -> "writeI64Field";
                        case DOUBLE -> "writeDoubleField";
                        case STRING -> "writeStringField";
                        case UUID, BINARY -> throw new AssertionError();
                    };
            code.addStatement("out.$L($L, $L)", call, id, expr);
            return;
        }
        if (types.isEnum(type)) {
            code.addStatement("out.writeI32Field($L, $L.value())", id, expr);
            return;
        }
        code.addStatement("out.writeFieldBegin($L, $L)", types.wireType(type), id);
        if (type instanceof MapType map) {
            writeMap(spec, code, f, map, expr);
            return;
        }
        ViewValueCode.write(types, code, type, expr, "out");
    }

    /**
     * A map field's value: the header, then each entry by {@code Map.forEach} with a consumer the
     * writer makes once and keeps ({@code <field>$entries}, calling {@code <field>$entry}).
     * HashMap, LinkedHashMap and TreeMap walk their entries without an iterator, and the consumer
     * is no garbage: a for-each over {@code entrySet()} leaves an iterator per map that escape
     * analysis does not always remove (an unmodifiable map's wraps another; a batch of requests
     * each with a map of attributes allocated 160 KiB per message that way).
     */
    private void writeMap(
            TypeSpec.Builder spec, CodeBlock.Builder code, Field f, MapType map, String expr) {
        TypeName key = types.boxedType(map.key());
        TypeName value = types.boxedType(map.value());
        String entries = f.base() + "$entries";
        String entry = f.base() + "$entry";
        spec.addField(
                ParameterizedTypeName.get(BI_CONSUMER, key, value), entries, Modifier.PRIVATE);
        CodeBlock.Builder body = CodeBlock.builder();
        ViewValueCode.writeEntry(types, body, map, "key", "value", "out");
        spec.addMethod(
                MethodSpec.methodBuilder(entry)
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(key, "key")
                        .addParameter(value, "value")
                        .addCode(body.build())
                        .build());
        code.addStatement(
                "out.writeMapBegin($L, $L, $L.size())",
                types.wireType(map.key()),
                types.wireType(map.value()),
                expr);
        code.beginControlFlow("if ($L == null)", entries);
        code.addStatement("$L = this::$L", entries, entry);
        code.endControlFlow();
        code.addStatement("$L.forEach($L)", expr, entries);
    }
}
