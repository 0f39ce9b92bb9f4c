package dev.zerothrift.codegen;

import com.palantir.javapoet.CodeBlock;

import dev.zerothrift.idl.schema.ThriftType;

/**
 * Code that writes or reads a whole POJO-typed value (a struct, a container) with a protocol writer
 * or reader known only at run time: one branch per protocol, each with the final writer or reader
 * class, as the fast codecs do ({@link ValueCode}).
 */
final class ViewValueCode {
    private ViewValueCode() {}

    /** Statements writing {@code expr} (of the field's POJO type) with the writer {@code out}. */
    static void write(
            JavaTypes types, CodeBlock.Builder code, ThriftType type, String expr, String out) {
        code.beginControlFlow("if ($L instanceof $T w)", out, JavaTypes.BINARY_WRITER);
        new ValueCode(types, false).write(code, type, expr, 0, true);
        code.nextControlFlow("else");
        code.addStatement(
                "$T w = ($T) $L", JavaTypes.COMPACT_WRITER, JavaTypes.COMPACT_WRITER, out);
        new ValueCode(types, true).write(code, type, expr, 0, true);
        code.endControlFlow();
    }

    /**
     * Statements reading a value of the field's POJO type into {@code target} from the bytes {@code
     * [from, to)} of {@code chain}, in {@code protocol}.
     */
    static void read(
            JavaTypes types,
            CodeBlock.Builder code,
            ThriftType type,
            String target,
            String chain,
            String from,
            String to,
            String protocol) {
        code.beginControlFlow("if ($L == $T.BINARY)", protocol, JavaTypes.PROTOCOL);
        code.addStatement(
                "$T r = new $T($L.source($L, $L - $L), $T.DEFAULT, false)",
                JavaTypes.BINARY_READER,
                JavaTypes.BINARY_READER,
                chain,
                from,
                to,
                from,
                JavaTypes.LIMITS);
        new ValueCode(types, false).read(code, type, target, 0, true);
        code.nextControlFlow("else");
        code.addStatement(
                "$T r = new $T($L.source($L, $L - $L), $T.DEFAULT)",
                JavaTypes.COMPACT_READER,
                JavaTypes.COMPACT_READER,
                chain,
                from,
                to,
                from,
                JavaTypes.LIMITS);
        new ValueCode(types, true).read(code, type, target, 0, true);
        code.endControlFlow();
    }
}
