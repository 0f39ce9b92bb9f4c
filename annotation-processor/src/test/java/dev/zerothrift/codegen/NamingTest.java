package dev.zerothrift.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.idl.schema.Schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Java names for IDL names that are keywords, collide, or shadow the types the code uses. */
class NamingTest {
    @TempDir Path dir;

    private Schema load(String name, String idl) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, idl);
        return Generated.load(file, List.of());
    }

    private static Set<String> methods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void keywordsAndCollisionsGetDistinctValidNames() throws Exception {
        Schema schema =
                load(
                        "names.thrift",
                        """
                        namespace java com.example.names
                        enum type { A = 1 }
                        struct S {
                          1: i32 class
                          2: i32 foo
                          3: i32 Foo
                          4: string getFoo
                          5: bool hashCode
                          6: type type
                          7: string fastWrite
                          8: i64 unknownFields
                        }
                        exception E { 1: i32 message, 2: string cause }
                        exception M { 1: string message }
                        """);
        Generated g = Generated.of(schema, GeneratorOptions.defaults());
        assertTrue(g.compiled(), g::report);
        assertTrue(g.compilation.warnings().isEmpty(), g::report);
        ClassLoader loader = g.classLoader();
        Set<String> s = methods(loader.loadClass("com.example.names.S"));
        for (String expected :
                List.of(
                        "getClass_",
                        "setClass_",
                        "getFoo",
                        "getFoo_",
                        "getGetFoo",
                        "isHashCode",
                        "getType",
                        "getFastWrite",
                        "getUnknownFields",
                        "unknownFields")) {
            assertTrue(s.contains(expected), () -> expected + " not in " + s);
        }
        Set<String> e = methods(loader.loadClass("com.example.names.E"));
        assertTrue(e.contains("getMessage_") && e.contains("getCause_"), e::toString);
        // A string field "message" is the exception's message, as in libthrift.
        Class<?> m = loader.loadClass("com.example.names.M");
        Object value = m.getConstructor().newInstance();
        m.getMethod("setMessage", String.class).invoke(value, "boom");
        assertEquals("boom", ((Exception) value).getMessage());
    }

    @Test
    void typesNamedLikeJavaLangOrImportedClassesAreQualified() throws IOException {
        Schema schema =
                load(
                        "clash.thrift",
                        """
                        namespace java com.example.clash
                        struct String { 1: i32 x }
                        struct List { 1: string s }
                        struct Fields { 1: list<string> names }
                        struct Uses {
                          1: String a
                          2: List b
                          3: string c
                          4: list<i32> d
                          5: Fields e
                        }
                        """);
        Generated g = Generated.of(schema, GeneratorOptions.defaults());
        assertTrue(g.compiled(), g::report);
    }

    @Test
    void aTypeOfTheUnnamedPackageUsedFromAPackageIsAnError() throws IOException {
        Files.writeString(dir.resolve("plain.thrift"), "struct P { 1: i32 x }");
        Schema schema =
                load(
                        "main.thrift",
                        "namespace java com.example\ninclude \"plain.thrift\"\n"
                                + "struct S { 1: list<plain.P> ps }\n");
        GeneratorException e =
                assertThrows(
                        GeneratorException.class,
                        () -> new ThriftGenerator(GeneratorOptions.defaults()).generate(schema));
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "field 'ps' of S has type plain.P, from "
                                        + dir.resolve("plain.thrift")
                                        + ", which has no 'namespace java': Java code in package"
                                        + " com.example cannot refer to the unnamed package; add a"
                                        + " 'namespace java' to plain.thrift"),
                e::getMessage);
    }

    @Test
    void docsAndDeprecationAreCarried() throws IOException {
        Schema schema =
                load(
                        "docs.thrift",
                        """
                        namespace java com.example.docs
                        /** A documented struct. */
                        struct D {
                          /** The id. */
                          1: i32 id
                          2: i32 old (deprecated = "use id")
                        }
                        """);
        Generated g = Generated.of(schema, GeneratorOptions.defaults());
        assertTrue(g.compiled(), g::report);
        String source = g.files.get(0).toString();
        assertTrue(source.contains("A documented struct"), source);
        assertTrue(source.contains("The id."), source);
        assertTrue(source.contains("@Deprecated\n  public int getOld()"), source);
    }
}
