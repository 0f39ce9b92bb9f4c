package dev.zerothrift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

/** Every Java-first mistake is an error on the exact element (file and line), with its text. */
class JavaFirstErrorsTest {
    private static JavaFileObject source(String... lines) {
        String[] all = new String[lines.length + 3];
        all[0] = "package bad;";
        all[1] = "import dev.zerothrift.runtime.annotations.*;";
        all[2] = "import dev.zerothrift.runtime.annotations.ThriftField.Requiredness;";
        System.arraycopy(lines, 0, all, 3, lines.length);
        return JavaFileObjects.forSourceLines("bad.T", all);
    }

    private static Compilation compile(JavaFileObject source) {
        return Compiler.javac().withProcessors(new ZerothriftProcessor()).compile(source);
    }

    private static void assertOneError(JavaFileObject source, String message, int line) {
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
    }

    @Test
    void duplicateFieldIdIsAnErrorOnTheSecondField() {
        assertOneError(
                source(
                        "@ThriftStruct interface T {", // line 4
                        "    @ThriftField(id = 1) int a();",
                        "    @ThriftField(id = 1) int b();", // line 6
                        "}"),
                "duplicate field id 1 in T: a() has it too",
                6);
    }

    @Test
    void duplicateFieldName() {
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) int a();",
                        "    @ThriftField(id = 2, name = \"a\") int b();", // line 6
                        "}"),
                "duplicate field name a in T",
                6);
    }

    @Test
    void nonPositiveFieldId() {
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 0) int a();", // line 5
                        "}"),
                "field id must be positive: 0",
                5);
    }

    @Test
    void unsupportedJavaTypes() {
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) float a();", // line 5
                        "}"),
                "not a Thrift type: float (Thrift has double)",
                5);
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) java.util.List<Thread> a();", // line 5
                        "}"),
                "not a Thrift type: java.lang.Thread (annotate it with @ThriftStruct or"
                        + " @ThriftEnum, or use a supported type)",
                5);
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) int[] a();", // line 5
                        "}"),
                "not a Thrift type: int[] (use List; only byte[] is, as binary)",
                5);
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @SuppressWarnings(\"rawtypes\")",
                        "    @ThriftField(id = 1) java.util.List a();", // line 6
                        "}"),
                "raw type: java.util.List (say what the elements are)",
                6);
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) java.util.List<? extends Number> a();", // line 5
                        "}"),
                "not a Thrift type: ? extends java.lang.Number (name the element type exactly)",
                5);
    }

    @Test
    void accessorWithoutThriftField() {
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) int a();",
                        "    int b();", // line 6
                        "}"),
                "missing @ThriftField on b()",
                6);
    }

    @Test
    void accessorWithParameters() {
        assertOneError(
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) int a(int x);", // line 5
                        "}"),
                "a field accessor takes no parameters: a",
                5);
    }

    @Test
    void structOnAClass() {
        assertOneError(
                source("@ThriftStruct class T {}"),
                "@ThriftStruct goes on an interface or a record, not on a class: T",
                4);
    }

    @Test
    void genericStruct() {
        assertOneError(
                source("@ThriftStruct interface T<X> {}"),
                "a @ThriftStruct cannot be generic: T",
                4);
    }

    @Test
    void enumAnnotationOnAnInterface() {
        assertOneError(
                source("@ThriftEnum interface T {}"),
                "@ThriftEnum goes on an enum, not on an interface: T",
                4);
    }

    @Test
    void requiredUnionMember() {
        assertOneError(
                source(
                        "@ThriftStruct(kind = ThriftStruct.Kind.UNION) interface T {",
                        "    @ThriftField(id = 1, requiredness = Requiredness.REQUIRED) int a();", // 5
                        "}"),
                "a union field cannot be required: a()",
                5);
    }

    @Test
    void serviceMistakes() {
        assertOneError(
                source(
                        "@ThriftService interface T {",
                        "    void f(@ThriftField(id = 1) int a, int b);", // line 5
                        "}"),
                "missing @ThriftField on parameter b",
                5);
        assertOneError(
                source(
                        "@ThriftService interface T {",
                        "    @ThriftMethod(oneway = true) int f();", // line 5
                        "}"),
                "a oneway function must return void: f",
                5);
        assertOneError(
                source(
                        "@ThriftService interface T {",
                        "    void f() throws Exception;", // line 5
                        "}"),
                "a Java-first function cannot declare exceptions yet: f() (describe services"
                        + " with exceptions in IDL)",
                5);
        assertOneError(
                source(
                        "@ThriftService interface T {",
                        "    void f(@ThriftField(id = 1) int a, @ThriftField(id = 1) int b);", // 5
                        "}"),
                "duplicate field id 1 in f(): a has it too",
                5);
    }

    @Test
    void serviceExtendingWhatIsNotAService() {
        assertOneError(
                source("@ThriftService interface T extends Runnable {}"),
                "a Java-first service can only extend a @ThriftService: java.lang.Runnable",
                4);
    }

    @Test
    void twoPackagesOfOneProgramName() {
        JavaFileObject a =
                JavaFileObjects.forSourceLines(
                        "com.a.api.Level",
                        "package com.a.api;",
                        "@dev.zerothrift.runtime.annotations.ThriftEnum public enum Level { LOW }");
        JavaFileObject b =
                JavaFileObjects.forSourceLines(
                        "com.b.api.Mode",
                        "package com.b.api;",
                        "@dev.zerothrift.runtime.annotations.ThriftEnum public enum Mode { ON }");
        Compilation compilation =
                Compiler.javac().withProcessors(new ZerothriftProcessor()).compile(a, b);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "packages com.a.api and com.b.api both form program api (rename one with"
                                + " @ThriftProgram(name = ...) on its package)")
                .inFile(b)
                .onLine(2);
    }

    @Test
    void optionalParameterIsAWarningAsInIdl() {
        JavaFileObject source =
                source(
                        "@ThriftService interface T {",
                        "    void f(@ThriftField(id = 1, requiredness = Requiredness.OPTIONAL) int a);",
                        "}");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("optional is ignored on parameters: a")
                .inFile(source)
                .onLine(5);
    }

    @Test
    void brokenAnnotationValuesLeaveOnlyJavacsErrors() {
        JavaFileObject source =
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = NO_SUCH_CONSTANT) int a();", // line 5
                        "    @ThriftField(id = 2, requiredness = Requiredness.NOPE) int b();",
                        "    @ThriftField(id = \"3\") int c();",
                        "}");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLine(5);
        for (var error : compilation.errors()) {
            String message = error.getMessage(java.util.Locale.ROOT);
            org.junit.jupiter.api.Assertions.assertFalse(
                    message.contains("zerothrift could not generate code"), message);
        }
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        JavaFileObject source =
                source(
                        "@ThriftStruct interface T {",
                        "    @ThriftField(id = 1) float a();", // line 5
                        "    @ThriftField(id = 2) char b();", // line 6
                        "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("float").inFile(source).onLine(5);
        assertThat(compilation).hadErrorContaining("char").inFile(source).onLine(6);
    }
}
