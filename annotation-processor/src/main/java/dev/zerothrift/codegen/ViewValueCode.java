package dev.zerothrift.codegen;

import com.palantir.javapoet.CodeBlock;

import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.ThriftType;

/**
 * Code that writes a whole POJO-typed value (a struct, a container, an element) with a protocol
 * writer known only at run time: one branch per protocol, each with the final writer class, as the
 * fast codecs do ({@link ValueCode}).
 */
final class ViewValueCode {
    private ViewValueCode() {}

    /** Statements writing {@code expr} (of the field's POJO type) with the writer {@code out}. */
    static void write(
            JavaTypes types, CodeBlock.Builder code, ThriftType type, String expr, String out) {
        write(types, code, type, expr, out, true);
    }

    /**
     * Statements writing {@code expr} with the writer {@code out}: of the field's POJO type when
     * {@code field}, else of the POJO type of a container's element, key or value.
     */
    static void write(
            JavaTypes types,
            CodeBlock.Builder code,
            ThriftType type,
            String expr,
            String out,
            boolean field) {
        code.beginControlFlow("if ($L instanceof $T w)", out, JavaTypes.BINARY_WRITER);
        new ValueCode(types, false).write(code, type, expr, 0, field);
        code.nextControlFlow("else");
        code.addStatement(
                "$T w = ($T) $L", JavaTypes.COMPACT_WRITER, JavaTypes.COMPACT_WRITER, out);
        new ValueCode(types, true).write(code, type, expr, 0, field);
        code.endControlFlow();
    }

    /**
     * Statements writing one entry of a map of type {@code map}, {@code key} then {@code value},
     * with the writer {@code out}: the body of a writer's entry method (see {@code
     * ViewWriterGenerator}).
     */
    static void writeEntry(
            JavaTypes types,
            CodeBlock.Builder code,
            MapType map,
            String key,
            String value,
            String out) {
        code.beginControlFlow("if ($L instanceof $T w)", out, JavaTypes.BINARY_WRITER);
        ValueCode binary = new ValueCode(types, false);
        binary.write(code, map.key(), key, 0, false);
        binary.write(code, map.value(), value, 0, false);
        code.nextControlFlow("else");
        code.addStatement(
                "$T w = ($T) $L", JavaTypes.COMPACT_WRITER, JavaTypes.COMPACT_WRITER, out);
        ValueCode compact = new ValueCode(types, true);
        compact.write(code, map.key(), key, 0, false);
        compact.write(code, map.value(), value, 0, false);
        code.endControlFlow();
    }
}
