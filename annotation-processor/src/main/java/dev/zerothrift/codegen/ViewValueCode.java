package dev.zerothrift.codegen;

import com.palantir.javapoet.CodeBlock;

import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.function.Consumer;

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
        perProtocol(types, code, out, values -> values.write(code, type, expr, 0, field));
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
        perProtocol(
                types,
                code,
                out,
                values -> {
                    values.write(code, map.key(), key, 0, false);
                    values.write(code, map.value(), value, 0, false);
                });
    }

    /**
     * One branch per protocol on the writer {@code out}, each declaring {@code w} as the final
     * writer class and holding what {@code body} writes with that protocol's {@link ValueCode}.
     */
    private static void perProtocol(
            JavaTypes types, CodeBlock.Builder code, String out, Consumer<ValueCode> body) {
        code.beginControlFlow("if ($L instanceof $T w)", out, JavaTypes.BINARY_WRITER);
        body.accept(new ValueCode(types, false));
        code.nextControlFlow("else");
        code.addStatement(
                "$T w = ($T) $L", JavaTypes.COMPACT_WRITER, JavaTypes.COMPACT_WRITER, out);
        body.accept(new ValueCode(types, true));
        code.endControlFlow();
    }
}
