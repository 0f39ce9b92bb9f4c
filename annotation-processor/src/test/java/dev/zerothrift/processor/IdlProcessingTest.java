package dev.zerothrift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

class IdlProcessingTest {
    @TempDir Path dir;

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new ZerothriftProcessor()).compile(sources);
    }

    private static final JavaFileObject USES_COLOR =
            JavaFileObjects.forSourceLines(
                    "app.UsesColor",
                    "package app;",
                    "",
                    "public class UsesColor {",
                    "    public static com.example.colors.Color red() {",
                    "        return com.example.colors.Color.findByValue(1);",
                    "    }",
                    "}");

    @Test
    void packageAnnotationGeneratesTheIdlFoundOnTheClassPath() {
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "app.package-info",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"idl/com/example/colors.thrift\")",
                        "package app;");
        Compilation compilation = compile(pkg, USES_COLOR);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com/example/colors/Color")
                .contentsAsUtf8String()
                .contains("Primary colours.");
        // An included program gets no code unless asked.
        assertEquals(
                false,
                compilation
                        .generatedFile(
                                StandardLocation.SOURCE_OUTPUT, "com/example/levels/Level.java")
                        .isPresent());
    }

    @Test
    void typeAnnotationWithIncludedProgramsAndOptions() {
        JavaFileObject type =
                JavaFileObjects.forSourceLines(
                        "app.Schema",
                        "package app;",
                        "",
                        "import dev.zerothrift.runtime.annotations.ThriftIdl;",
                        "",
                        "@ThriftIdl(value = \"idl/com/example/colors.thrift\", generateIncluded = true,",
                        "        fieldOrder = ThriftIdl.FieldOrder.IDL)",
                        "final class Schema {}");
        Compilation compilation = compile(type, USES_COLOR);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com/example/colors/Color");
        assertThat(compilation).generatedSourceFile("com/example/levels/Level");
    }

    @Test
    void includesMayBeWrittenFromTheResourceRoot() {
        // The constant's type is the included program's enum, and nothing else in this
        // compilation provides its class: the included program is generated too, as a user would
        // ask for (without it the generated constant could not compile).
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "app.package-info",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(value ="
                                + " \"idl/com/example/rooted.thrift\", generateIncluded = true)",
                        "package app;");
        Compilation compilation = compile(pkg);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com/example/rooted/Rooted");
        assertThat(compilation).generatedSourceFile("com/example/rooted/RootedConstants");
        assertThat(compilation).generatedSourceFile("com/example/levels/Level");
    }

    @Test
    void idlOnTheSourcePathIsFound() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/defs"));
        Files.writeString(
                src.resolve("modes.thrift"), "namespace java defs\nenum Mode { ON, OFF }\n");
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "app.package-info",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"defs/modes.thrift\")",
                        "package app;");
        Compilation compilation =
                Compiler.javac()
                        .withProcessors(new ZerothriftProcessor())
                        .withOptions("-sourcepath", dir.resolve("src").toString())
                        .compile(pkg);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("defs/Mode");
    }

    @Test
    void idlInsideAJarOnTheClassPathIsFoundWithItsIncludes() throws IOException {
        Path jar = dir.resolve("shipped-idl.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("shipped/api.thrift"));
            out.write(
                    "namespace java shipped\ninclude \"base.thrift\"\nenum Api { V1 }\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("shipped/base.thrift"));
            out.write(
                    "namespace java shipped.base\nenum Base { B }\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<java.io.File> classPath = new java.util.ArrayList<>();
        for (String entry :
                System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(new java.io.File(entry));
        }
        classPath.add(jar.toFile());
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "app.package-info",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(value = \"shipped/api.thrift\","
                                + " generateIncluded = true)",
                        "package app;");
        Compilation compilation =
                Compiler.javac()
                        .withProcessors(new ZerothriftProcessor())
                        .withClasspath(classPath)
                        .compile(pkg);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("shipped/Api");
        assertThat(compilation).generatedSourceFile("shipped/base/Base");
    }

    @Test
    void missingFileIsAnErrorOnTheAnnotation() {
        JavaFileObject type =
                JavaFileObjects.forSourceLines(
                        "app.Schema",
                        "package app;",
                        "",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl({",
                        "        \"idl/com/example/colors.thrift\",",
                        "        \"idl/nowhere.thrift\"})",
                        "final class Schema {}");
        Compilation compilation = compile(type);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "IDL file not found on the source path, class output or class path:"
                                + " idl/nowhere.thrift")
                .inFile(type)
                .onLine(3);
    }

    @Test
    void idlErrorIsReportedWithItsIdlLocationOnTheAnnotation() {
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "app.package-info",
                        "// the annotation is on line 2",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"idl/com/example/broken.thrift\")",
                        "package app;");
        Compilation compilation = compile(pkg);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("broken.thrift:4:6: error: unknown type: Nowhere")
                .inFile(pkg)
                .onLine(2);
    }

    @Test
    void sameIdlNamedTwiceIsGeneratedOnce() {
        JavaFileObject a =
                JavaFileObjects.forSourceLines(
                        "app.A",
                        "package app;",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"idl/com/example/colors.thrift\")",
                        "final class A {}");
        JavaFileObject b =
                JavaFileObjects.forSourceLines(
                        "app.B",
                        "package app;",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"idl/com/example/colors.thrift\")",
                        "final class B {}");
        assertThat(compile(a, b)).succeededWithoutWarnings();
    }

    @Test
    void twoSchemasClaimingOneClassIsAnError() {
        JavaFileObject a =
                JavaFileObjects.forSourceLines(
                        "app.A",
                        "package app;",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"idl/clash/a.thrift\")",
                        "final class A {}");
        JavaFileObject b =
                JavaFileObjects.forSourceLines(
                        "app.B",
                        "package app;",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(\"idl/clash/b.thrift\")",
                        "final class B {}");
        Compilation compilation = compile(a, b);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "two schemas generate different code for clash.E (give their programs"
                                + " different Java namespaces)")
                .inFile(b)
                .onLine(3);
    }

    @Test
    void outputIsDeterministic() throws IOException {
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "app.package-info",
                        "@dev.zerothrift.runtime.annotations.ThriftIdl(value ="
                                + " \"idl/com/example/colors.thrift\", generateIncluded = true)",
                        "package app;");
        Compilation first = compile(pkg);
        Compilation second = compile(pkg);
        assertEquals(first.generatedSourceFiles().size(), second.generatedSourceFiles().size());
        for (int i = 0; i < first.generatedSourceFiles().size(); i++) {
            assertEquals(
                    first.generatedSourceFiles().get(i).toUri(),
                    second.generatedSourceFiles().get(i).toUri());
            assertEquals(
                    first.generatedSourceFiles().get(i).getCharContent(false).toString(),
                    second.generatedSourceFiles().get(i).getCharContent(false).toString());
        }
    }
}
