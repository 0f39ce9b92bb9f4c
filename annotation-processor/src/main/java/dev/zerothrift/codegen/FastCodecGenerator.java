package dev.zerothrift.codegen;

import static dev.zerothrift.codegen.JavaTypes.FIELDS;
import static dev.zerothrift.codegen.JavaTypes.SIZES;
import static dev.zerothrift.codegen.JavaTypes.UNKNOWN_FIELDS;
import static dev.zerothrift.codegen.JavaTypes.WIRE_TYPE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.GeneratorOptions.FieldOrder;
import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.Requiredness;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The fast codec of a struct: its exact length in each protocol, its write and read with the final
 * reader and writer classes of each protocol (so every protocol call is direct), required-field
 * checks, unknown fields, and the static {@code fastRead} factories.
 *
 * <p>{@code FIXED_FIRST} orders the binary protocol's fields only: in the compact protocol no field
 * has a fixed size (integers are varints), and a field id lower than the one before takes a long
 * header, so compact codecs always write in IDL order (libthrift's bytes, never longer).
 *
 * <p>Which fields are written: a set field always; an unset optional one never; a required one
 * unset is an error; a field of default requiredness is written when it is not null (a primitive
 * always), as libthrift does, so that in IDL order the bytes are libthrift's.
 */
final class FastCodecGenerator {
    private final JavaTypes types;
    private final StructMembers members;
    private final ClassName self;
    private final List<Member> writeOrder;
    private final List<Member> compactOrder;

    FastCodecGenerator(
            JavaTypes types, StructMembers members, ClassName self, FieldOrder fieldOrder) {
        this.types = types;
        this.members = members;
        this.self = self;
        this.writeOrder = order(types, members.members(), fieldOrder);
        this.compactOrder = members.members();
    }

    /** Fixed-size fields first (each group in IDL order), or IDL order. */
    static List<Member> order(JavaTypes types, List<Member> members, FieldOrder fieldOrder) {
        if (fieldOrder == FieldOrder.IDL) {
            return members;
        }
        List<Member> ordered = new ArrayList<>();
        for (Member m : members) {
            if (types.isFixedSize(m.field().type())) {
                ordered.add(m);
            }
        }
        for (Member m : members) {
            if (!types.isFixedSize(m.field().type())) {
                ordered.add(m);
            }
        }
        return ordered;
    }

    void addTo(TypeSpec.Builder spec) {
        spec.addMethod(length(false));
        spec.addMethod(length(true));
        spec.addMethod(referencedLength());
        spec.addMethod(write(false));
        spec.addMethod(write(true));
        spec.addMethod(encode(false));
        spec.addMethod(encode(true));
        spec.addMethod(read(false));
        spec.addMethod(read(true));
        spec.addMethod(validate());
        spec.addMethod(
                MethodSpec.methodBuilder("unknownFields")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(UNKNOWN_FIELDS)
                        .addStatement("return this.unknownFields$$")
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("fastRead")
                        .addJavadoc(
                                "Reads a $L from all of {@code bytes}, with the default limits.\n\n"
                                        + "@throws $T when the bytes are not one valid $L\n",
                                self.simpleName(),
                                ClassName.get(JavaTypes.RUNTIME + ".protocol", "ProtocolException"),
                                self.simpleName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(TypeName.get(byte[].class), "bytes")
                        .addParameter(JavaTypes.PROTOCOL, "protocol")
                        .addStatement(
                                "return $T.read(new $T(), bytes, protocol)",
                                JavaTypes.FAST_CODEC,
                                self)
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("fastRead")
                        .addJavadoc(
                                "Reads a $L from the whole of {@code source} (an array or a chain).\n",
                                self.simpleName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(JavaTypes.BYTE_SOURCE, "source")
                        .addParameter(JavaTypes.PROTOCOL, "protocol")
                        .addParameter(JavaTypes.LIMITS, "limits")
                        .addStatement(
                                "return $T.read(new $T(), source, protocol, limits)",
                                JavaTypes.FAST_CODEC,
                                self)
                        .build());
    }

    private String structName() {
        return members.struct().name();
    }

    /** Whether a write always writes {@code m} (so no presence test around it). */
    private boolean alwaysWritten(Member m) {
        return m.primitive()
                && m.field().requiredness() == Requiredness.DEFAULT
                && !members.isUnion();
    }

    /** Code that throws when a required field (or a union's field) is unset. */
    private void checkRequired(CodeBlock.Builder code) {
        if (members.isUnion()) {
            List<String> tests = new ArrayList<>();
            for (Member m : members.members()) {
                tests.add("!(" + StructMembers.presence(m) + ")");
            }
            // A union without fields is never valid; "if (true)" keeps what follows reachable.
            code.beginControlFlow("if ($L)", tests.isEmpty() ? "true" : String.join(" && ", tests));
            code.addStatement("throw $T.unionUnset($S)", FIELDS, structName());
            code.endControlFlow();
            return;
        }
        for (Member m : members.members()) {
            if (m.field().requiredness() == Requiredness.REQUIRED) {
                code.beginControlFlow("if (!($L))", StructMembers.presence(m));
                code.addStatement(
                        "throw $T.unsetOnWrite($S, $S)", FIELDS, structName(), m.field().name());
                code.endControlFlow();
            }
        }
    }

    private MethodSpec validate() {
        CodeBlock.Builder code = CodeBlock.builder();
        checkRequired(code);
        return MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addCode(code.build())
                .build();
    }

    private MethodSpec length(boolean compact) {
        ValueCode values = new ValueCode(types, compact);
        CodeBlock.Builder code = CodeBlock.builder();
        // Checked here as well as in the write: a length comes before every write, so a nested
        // struct's unset field fails before its parent's first byte is written.
        checkRequired(code);
        code.addStatement("int n = 1"); // the stop byte
        if (compact) {
            code.addStatement("int last = 0");
        }
        for (Member m : compact ? compactOrder : writeOrder) {
            boolean always = alwaysWritten(m);
            if (!always) {
                code.beginControlFlow("if ($L)", StructMembers.presence(m));
            }
            int id = m.field().id();
            if (compact) {
                code.addStatement("n += $T.compactFieldHeader(last, $L)", SIZES, id);
                code.addStatement("last = $L", id);
                if (types.baseKind(m.field().type()) != BaseType.Kind.BOOL) {
                    values.addFieldLength(
                            code, "n", m.field().type(), "this." + m.name(), where(m));
                }
            } else {
                code.addStatement("n += $L", 3);
                values.addFieldLength(code, "n", m.field().type(), "this." + m.name(), where(m));
            }
            if (!always) {
                code.endControlFlow();
            }
        }
        code.addStatement(
                compact
                        ? "n += this.unknownFields$$.compactLength(last)"
                        : "n += this.unknownFields$$.binaryLength()");
        code.addStatement("return n");
        return MethodSpec.methodBuilder(compact ? "compactLength" : "binaryLength")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(code.build())
                .build();
    }

    private ValueCode.Where where(Member m) {
        return new ValueCode.Where(structName(), m.field().name(), m.field().id());
    }

    private MethodSpec referencedLength() {
        ValueCode values = new ValueCode(types, false);
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("long n = 0");
        for (Member m : writeOrder) {
            if (!values.mayReference(m.field().type())) {
                continue;
            }
            code.beginControlFlow("if ($L)", StructMembers.presence(m));
            values.addReferenced(code, "n", m.field().type(), "this." + m.name(), 0);
            code.endControlFlow();
        }
        code.addStatement("return n");
        return MethodSpec.methodBuilder("referencedLength")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.LONG)
                .addParameter(TypeName.INT, "threshold")
                .addCode(code.build())
                .build();
    }

    private MethodSpec write(boolean compact) {
        ValueCode values = new ValueCode(types, compact);
        CodeBlock.Builder code = CodeBlock.builder();
        checkRequired(code);
        code.addStatement("w.writeStructBegin()");
        List<Member> order = compact ? compactOrder : writeOrder;
        int run = compact ? 0 : fixedRun(order);
        if (run > 0) {
            writeFixedRun(code, order.subList(0, run));
        }
        for (Member m : order.subList(run, order.size())) {
            boolean always = alwaysWritten(m);
            if (!always) {
                code.beginControlFlow("if ($L)", StructMembers.presence(m));
            }
            String expr = "this." + m.name();
            int id = m.field().id();
            if (compact && types.baseKind(m.field().type()) == BaseType.Kind.BOOL) {
                code.addStatement("w.writeBoolField($L, $L)", id, expr);
            } else {
                code.addStatement(
                        "w.writeFieldBegin($L, $L)", types.wireType(m.field().type()), id);
                values.write(code, m.field().type(), expr, 0, true);
            }
            if (!always) {
                code.endControlFlow();
            }
        }
        code.addStatement(
                compact
                        ? "this.unknownFields$$.writeCompact(w)"
                        : "this.unknownFields$$.writeBinary(w)");
        code.addStatement("w.writeFieldStop()");
        code.addStatement("w.writeStructEnd()");
        return MethodSpec.methodBuilder(compact ? "writeCompact" : "writeBinary")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(compact ? JavaTypes.COMPACT_WRITER : JavaTypes.BINARY_WRITER, "w")
                .addCode(code.build())
                .build();
    }

    /**
     * The write straight into an array ({@code encodeBinary}, {@code encodeCompact}): the same
     * fields in the same order as {@link #write}, each put at {@code b[p]} by a static method that
     * returns the offset after it, with no writer, sink or room check in between. In the compact
     * protocol the id of the field before is the local {@code last}, a constant wherever every
     * field before is always written (so that the JIT can fold those headers to a constant).
     */
    private MethodSpec encode(boolean compact) {
        ValueCode values = new ValueCode(types, compact);
        CodeBlock.Builder code = CodeBlock.builder();
        checkRequired(code);
        if (compact) {
            code.addStatement("int last = 0");
        }
        for (Member m : compact ? compactOrder : writeOrder) {
            boolean always = alwaysWritten(m);
            if (!always) {
                code.beginControlFlow("if ($L)", StructMembers.presence(m));
            }
            String expr = "this." + m.name();
            int id = m.field().id();
            if (compact) {
                if (types.baseKind(m.field().type()) == BaseType.Kind.BOOL) {
                    code.addStatement(
                            "p = $T.putBoolField(b, p, last, $L, $L)",
                            JavaTypes.COMPACT_VALUES,
                            id,
                            expr);
                } else {
                    code.addStatement(
                            "p = $T.putFieldHeader(b, p, last, $L, $L)",
                            JavaTypes.COMPACT_VALUES,
                            id,
                            values.typeCode(m.field().type()));
                    values.encode(code, m.field().type(), expr, 0, true);
                }
                code.addStatement("last = $L", id);
            } else if (fixedPut(m) != null) {
                code.addStatement(
                        "p = $T.$L(b, p, $L, $L)", JavaTypes.BINARY_FIELDS, fixedPut(m), id, expr);
            } else {
                code.addStatement(
                        "p = $T.putHeader(b, p, $L, $L)",
                        JavaTypes.BINARY_VALUES,
                        types.wireType(m.field().type()),
                        id);
                values.encode(code, m.field().type(), expr, 0, true);
            }
            if (!always) {
                code.endControlFlow();
            }
        }
        code.addStatement(
                compact
                        ? "p = this.unknownFields$$.encodeCompact(b, p, last)"
                        : "p = this.unknownFields$$.encodeBinary(b, p)");
        code.addStatement("b[p] = $T.STOP", WIRE_TYPE);
        code.addStatement("return p + 1");
        return MethodSpec.methodBuilder(compact ? "encodeCompact" : "encodeBinary")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addParameter(TypeName.get(byte[].class), "b")
                .addParameter(TypeName.INT, "p")
                .addCode(code.build())
                .build();
    }

    /** The {@code BinaryFields} method that puts {@code m} as a whole field, or null. */
    private String fixedPut(Member m) {
        BaseType.Kind kind = types.baseKind(m.field().type());
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case BOOL -> "putBool";
            case I8 -> "putByte";
            case I16 -> "putI16";
            case I32 -> "putI32";
            case I64 -> "putI64";
            case DOUBLE -> "putDouble";
            default -> null;
        };
    }

    /**
     * How many fields at the start of {@code order} are always written and of a fixed size
     * (primitives of default or required requiredness; required ones were checked first): with
     * fixed-size fields first, the binary writer puts them in one reserved run.
     */
    private int fixedRun(List<Member> order) {
        int run = 0;
        for (Member m : order) {
            boolean always =
                    alwaysWritten(m)
                            || (m.primitive()
                                    && !members.isUnion()
                                    && m.field().requiredness() == Requiredness.REQUIRED);
            if (!always || types.binaryFixedSize(m.field().type()) < 0) {
                break;
            }
            run++;
        }
        return run;
    }

    private void writeFixedRun(CodeBlock.Builder code, List<Member> run) {
        int bytes = 0;
        for (Member m : run) {
            bytes += 3 + types.binaryFixedSize(m.field().type());
        }
        code.addStatement(
                "$T sink = w.sink()", ClassName.get(JavaTypes.RUNTIME + ".io", "ByteSink"));
        code.addStatement("sink.ensure($L)", bytes);
        code.addStatement("byte[] b = sink.buffer()");
        code.addStatement("int p = sink.position()");
        ClassName fields = ClassName.get(JavaTypes.RUNTIME + ".codec", "BinaryFields");
        for (Member m : run) {
            code.addStatement(
                    "p = $T.$L(b, p, $L, this.$L)", fields, fixedPut(m), m.field().id(), m.name());
        }
        code.addStatement("sink.advance(p - sink.position())");
    }

    private MethodSpec read(boolean compact) {
        ValueCode values = new ValueCode(types, compact);
        CodeBlock.Builder code = CodeBlock.builder();
        boolean union = members.isUnion();
        if (union) {
            code.addStatement("int count = 0");
        }
        code.addStatement("r.readStructBegin()");
        code.beginControlFlow("while (true)");
        code.addStatement("byte type = r.readFieldBegin()");
        code.beginControlFlow("if (type == $T.STOP)", WIRE_TYPE);
        code.addStatement("break");
        code.endControlFlow();
        code.beginControlFlow("switch (r.fieldId())");
        for (Member m : members.members()) {
            int id = m.field().id();
            code.add("case $L:\n", id).indent();
            code.beginControlFlow("if (type == $L)", types.wireType(m.field().type()));
            String target = "this." + m.name();
            if (types.isEnum(m.field().type())) {
                ClassName enumClass = (ClassName) types.boxedType(m.field().type());
                code.addStatement("int value = r.readI32()");
                code.addStatement(
                        "$T member = $L.findByValue(value)",
                        enumClass,
                        JavaTypes.staticRef(enumClass, self.topLevelClassName().simpleName()));
                code.beginControlFlow("if (member != null)");
                code.addStatement("$L = member", target);
                code.nextControlFlow("else");
                code.addStatement(
                        "this.unknownFields$$ = $T.addI32(this.unknownFields$$, r, $L, value)",
                        UNKNOWN_FIELDS,
                        id);
                code.endControlFlow();
            } else {
                values.read(code, m.field().type(), target, 0, true);
            }
            if (m.primitive()) {
                code.addStatement(
                        "this.$L |= $L", StructMembers.word(m.bit()), StructMembers.mask(m.bit()));
            }
            if (union) {
                code.addStatement("count++");
            }
            code.nextControlFlow("else");
            code.addStatement("r.skip(type)");
            code.endControlFlow();
            code.addStatement("break");
            code.unindent();
        }
        code.add("default:\n").indent();
        code.addStatement(
                "this.unknownFields$$ = $T.read(this.unknownFields$$, r, type)", UNKNOWN_FIELDS);
        code.unindent();
        code.endControlFlow();
        code.endControlFlow();
        code.addStatement("r.readStructEnd()");
        if (union) {
            code.beginControlFlow("if (count != 1)");
            code.addStatement("throw $T.unionFieldCount(r, $S, count)", FIELDS, structName());
            code.endControlFlow();
        } else {
            for (Member m : members.members()) {
                if (m.field().requiredness() == Requiredness.REQUIRED) {
                    code.beginControlFlow("if (!($L))", StructMembers.presence(m));
                    code.addStatement(
                            "throw $T.missingOnRead(r, $S, $S, $L)",
                            FIELDS,
                            structName(),
                            m.field().name(),
                            m.field().id());
                    code.endControlFlow();
                }
            }
        }
        return MethodSpec.methodBuilder(compact ? "readCompact" : "readBinary")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(compact ? JavaTypes.COMPACT_READER : JavaTypes.BINARY_READER, "r")
                .addCode(code.build())
                .build();
    }
}
