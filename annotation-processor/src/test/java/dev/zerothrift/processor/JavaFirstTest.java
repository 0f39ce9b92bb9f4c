package dev.zerothrift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;
import dev.zerothrift.idl.schema.Schema;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaFileObject;

/** Java-first types: the schema they make, the code they get, and the errors they can have. */
class JavaFirstTest {
    private static final String IMPORTS =
            "import dev.zerothrift.runtime.annotations.*;\n"
                    + "import dev.zerothrift.runtime.annotations.ThriftField.Requiredness;\n"
                    + "import java.util.*;\n";

    private static JavaFileObject source(String name, String body) {
        int dot = name.lastIndexOf('.');
        return JavaFileObjects.forSourceString(
                name, "package " + name.substring(0, dot) + ";\n" + IMPORTS + body);
    }

    /** The twin of resources/twins/shapes.thrift. */
    static final List<JavaFileObject> SHAPES =
            List.of(
                    source(
                            "com.example.shapes.Kind",
                            """
                            @ThriftEnum
                            public enum Kind {
                                @ThriftEnumValue(1) CIRCLE,
                                SQUARE,
                                @ThriftEnumValue(10) TRIANGLE
                            }
                            """),
                    source(
                            "com.example.shapes.Point",
                            """
                            @ThriftStruct
                            public interface Point {
                                @ThriftField(id = 1, requiredness = Requiredness.REQUIRED) int x();
                                @ThriftField(id = 2) int y();
                                @ThriftField(id = 3, requiredness = Requiredness.OPTIONAL)
                                String label();
                                /** Not a field: default methods are the user's own. */
                                default int sum() { return x() + y(); }
                            }
                            """),
                    source(
                            "com.example.shapes.Shape",
                            """
                            @ThriftStruct
                            public record Shape(
                                    @ThriftField(id = 1, requiredness = Requiredness.REQUIRED) Kind kind,
                                    @ThriftField(id = 2) List<Point> points,
                                    @ThriftField(id = 3) Map<String, Double> attributes,
                                    @ThriftField(id = 4) Set<Long> tags,
                                    @ThriftField(id = 5) java.nio.ByteBuffer data,
                                    @ThriftField(id = 6, requiredness = Requiredness.OPTIONAL) UUID id,
                                    @ThriftField(id = 7) boolean filled,
                                    @ThriftField(id = 8) byte layer,
                                    @ThriftField(id = 9) Short weight,
                                    @ThriftField(id = 10) List<Map<String, List<byte[]>>> nested) {}
                            """),
                    source(
                            "com.example.shapes.Fill",
                            """
                            @ThriftStruct(kind = ThriftStruct.Kind.UNION)
                            public interface Fill {
                                @ThriftField(id = 1) String color();
                                @ThriftField(id = 2) byte[] pattern();
                            }
                            """),
                    source(
                            "com.example.shapes.ShapeError",
                            """
                            @ThriftStruct(kind = ThriftStruct.Kind.EXCEPTION)
                            public interface ShapeError {
                                @ThriftField(id = 1) String message();
                                @ThriftField(id = 2) int code();
                            }
                            """),
                    source(
                            "com.example.shapes.Shapes",
                            """
                            @ThriftService
                            public interface Shapes extends Versioned {
                                Shape get(@ThriftField(id = 1) int id);
                                void put(@ThriftField(id = 1) Shape shape,
                                        @ThriftField(id = 2) boolean replace);
                                @ThriftMethod(oneway = true) void ping();
                            }
                            """),
                    source(
                            "com.example.shapes.Versioned",
                            """
                            @ThriftService
                            public interface Versioned {
                                int version();
                            }
                            """));

    private static Schema idlTwin() throws URISyntaxException {
        Path file = Path.of(JavaFirstTest.class.getResource("/twins/shapes.thrift").toURI());
        LoadResult result = SchemaLoader.builder().load(file);
        assertTrue(result.diagnostics().isEmpty(), () -> result.format(true));
        return result.schema().orElseThrow();
    }

    @Test
    void javaFirstTypesMakeTheSameSchemaAsTheirIdlTwin() throws URISyntaxException {
        SchemaCapture capture = new SchemaCapture();
        Compilation compilation = Compiler.javac().withProcessors(capture).compile(SHAPES);
        assertThat(compilation).succeededWithoutWarnings();
        Schema javaFirst = capture.schema.orElseThrow();
        assertEquals(SchemaText.of(idlTwin()), SchemaText.of(javaFirst));
        // And the named types resolve through the schema, as the generator resolves them.
        var shape = javaFirst.roots().get(0).definition("Shape").orElseThrow();
        var kindField = ((dev.zerothrift.idl.schema.StructType) shape).field(1).orElseThrow();
        assertEquals("Kind", javaFirst.enumType(kindField.type()).orElseThrow().name());
    }

    @Test
    void javaFirstTypesGetTheCodeTheirIdlTwinGets() throws URISyntaxException {
        Compilation compilation =
                Compiler.javac().withProcessors(new ZerothriftProcessor()).compile(SHAPES);
        assertThat(compilation).succeededWithoutWarnings();
        var twinFiles =
                new dev.zerothrift.codegen.ThriftGenerator(
                                dev.zerothrift.codegen.GeneratorOptions.defaults())
                        .generate(idlTwin());
        assertTrue(!twinFiles.isEmpty());
        for (var file : twinFiles) {
            String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name();
            // The same source, but for the file comment naming where it came from.
            assertThat(compilation)
                    .generatedSourceFile(path)
                    .contentsAsUtf8String()
                    .contains(withoutFileComment(file.toString()));
        }
    }

    private static String withoutFileComment(String source) {
        return source.substring(source.indexOf("package "));
    }

    @Test
    void programNameAndPackageFromThriftProgram() {
        JavaFileObject pkg =
                JavaFileObjects.forSourceLines(
                        "com.example.geo.package-info",
                        "@dev.zerothrift.runtime.annotations.ThriftProgram(name = \"geometry\","
                                + " javaPackage = \"com.example.geo.wire\", views = false,"
                                + " fieldOrder ="
                                + " dev.zerothrift.runtime.annotations.ThriftIdl.FieldOrder.IDL)",
                        "package com.example.geo;");
        JavaFileObject unit =
                source(
                        "com.example.geo.Unit",
                        "@ThriftEnum(name = \"LengthUnit\") public enum Unit { METRE, FOOT }");
        SchemaCapture capture = new SchemaCapture();
        assertThat(Compiler.javac().withProcessors(capture).compile(pkg, unit))
                .succeededWithoutWarnings();
        assertEquals(
                "program geometry\n"
                        + "  namespace java com.example.geo.wire\n"
                        + "  enum geometry.LengthUnit METRE=0 FOOT=1\n",
                SchemaText.of(capture.schema.orElseThrow()));
        assertEquals(
                java.util.Map.of(
                        Path.of("com/example/geo/geometry"),
                        new dev.zerothrift.codegen.GeneratorOptions(
                                java.util.EnumSet.of(
                                        dev.zerothrift.codegen.GeneratorOptions.Artifact
                                                .FAST_CODECS,
                                        dev.zerothrift.codegen.GeneratorOptions.Artifact.SERVICES),
                                dev.zerothrift.codegen.GeneratorOptions.FieldOrder.IDL,
                                false)),
                capture.options);
        Compilation compilation =
                Compiler.javac().withProcessors(new ZerothriftProcessor()).compile(pkg, unit);
        assertThat(compilation).generatedSourceFile("com/example/geo/wire/LengthUnit");
    }

    @Test
    void typesFromAnotherPackageAreAnIncludedProgram() {
        JavaFileObject level =
                source("com.example.common.Level", "@ThriftEnum public enum Level { LOW, HIGH }");
        JavaFileObject event =
                source(
                        "com.example.events.Event",
                        """
                        @ThriftStruct public interface Event {
                            @ThriftField(id = 1) com.example.common.Level level();
                        }
                        """);
        SchemaCapture capture = new SchemaCapture();
        assertThat(Compiler.javac().withProcessors(capture).compile(level, event))
                .succeededWithoutWarnings();
        Schema schema = capture.schema.orElseThrow();
        assertEquals(
                "program common\n"
                        + "  namespace java com.example.common.thrift\n"
                        + "  enum common.Level LOW=0 HIGH=1\n"
                        + "program events\n"
                        + "  namespace java com.example.events.thrift\n"
                        + "  include common\n"
                        + "  STRUCT events.Event\n"
                        + "    1: DEFAULT common.Level level\n",
                SchemaText.of(schema));
    }
}
