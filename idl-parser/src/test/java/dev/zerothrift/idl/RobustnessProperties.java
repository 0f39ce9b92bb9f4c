package dev.zerothrift.idl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.idl.internal.ErrorCollector;
import dev.zerothrift.idl.internal.SyntaxBuilder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.List;

/** Whatever the input, the parser reports diagnostics and never throws. */
class RobustnessProperties {
    private static final List<String> TOKENS =
            List.of(
                    "struct",
                    "union",
                    "exception",
                    "enum",
                    "const",
                    "typedef",
                    "service",
                    "extends",
                    "throws",
                    "oneway",
                    "void",
                    "required",
                    "optional",
                    "include",
                    "namespace",
                    "list",
                    "set",
                    "map",
                    "i32",
                    "string",
                    "binary",
                    "uuid",
                    "senum",
                    "slist",
                    "@",
                    "package",
                    "stream",
                    "interaction",
                    "A",
                    "b.C",
                    "{",
                    "}",
                    "(",
                    ")",
                    "<",
                    ">",
                    "[",
                    "]",
                    ":",
                    ";",
                    ",",
                    "=",
                    "1",
                    "-2",
                    "0x1F",
                    "1.5",
                    "\"s\"",
                    "'t'",
                    "/** doc */",
                    "// c\n",
                    "\n",
                    "*",
                    "&",
                    "$",
                    "\"open",
                    "/* open",
                    "java_package x\n");

    @Provide
    Arbitrary<String> idl() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(tokens -> String.join(" ", tokens));
    }

    @Property(tries = 300)
    void parsingNeverThrows(@ForAll("idl") String text) {
        ErrorCollector errors = new ErrorCollector();
        SyntaxBuilder.parse(Path.of("p.thrift"), text, errors);
        assertTrue(errors.diagnostics() != null);
    }

    @Property(tries = 200)
    void linkingNeverThrows(@ForAll("idl") String text) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("zt");
        try {
            Path file = java.nio.file.Files.writeString(dir.resolve("p.thrift"), text);
            LoadResult result = SchemaLoader.builder().load(file);
            assertTrue(result.hasErrors() || result.schema().isPresent());
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
