package dev.zerothrift.codegen;

import com.palantir.javapoet.CodeBlock;

/** IDL doc comments as Javadoc. */
final class Docs {
    private Docs() {}

    /**
     * The doc text as a Javadoc block: {@code $} is literal for JavaPoet, and a {@code *}{@code /}
     * in the IDL text must not end the comment early.
     */
    static CodeBlock of(String doc) {
        if (doc.isEmpty()) {
            return CodeBlock.of("");
        }
        String safe = doc.replace("*/", "*&#47;");
        return CodeBlock.of("$L\n", safe);
    }
}
