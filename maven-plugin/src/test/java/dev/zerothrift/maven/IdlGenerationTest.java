package dev.zerothrift.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.idl.Diagnostic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

class IdlGenerationTest {
    @TempDir Path dir;
    Path src;
    Path lib;
    Path out;

    @BeforeEach
    void layout() throws IOException {
        src = Files.createDirectories(dir.resolve("src"));
        lib = Files.createDirectories(dir.resolve("lib"));
        out = dir.resolve("out");
        Files.writeString(lib.resolve("shared.thrift"), "namespace java lib\nenum Level { LOW }\n");
        Files.writeString(
                src.resolve("app.thrift"),
                "namespace java app\ninclude \"shared.thrift\"\nenum Color { RED, GREEN }\n");
    }

    private GenerationRequest request(GeneratorOptions options) throws IOException {
        return new GenerationRequest(
                new SourceScanner(List.of(), List.of()).scan(src),
                List.of(src, lib),
                options,
                false,
                out,
                dir.resolve("state/generate.state"),
                "test-1");
    }

    private GenerationOutcome run() throws IOException {
        return IdlGeneration.run(request(GeneratorOptions.defaults()));
    }

    @Test
    void generatesRootsOnlyByDefault() throws IOException {
        var generated = assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertEquals(List.of(out.resolve("app/Color.java")), generated.files());
        assertEquals(1, generated.written());
        assertFalse(Files.exists(out.resolve("lib/Level.java")));
    }

    @Test
    void generatesIncludedProgramsWhenAsked() throws IOException {
        var generated =
                assertInstanceOf(
                        GenerationOutcome.Generated.class,
                        IdlGeneration.run(
                                request(GeneratorOptions.defaults().withIncludedPrograms(true))));
        assertEquals(
                List.of(out.resolve("lib/Level.java"), out.resolve("app/Color.java")),
                generated.files());
    }

    @Test
    void secondRunIsANoOpThatTouchesNothing() throws IOException {
        run();
        Path color = out.resolve("app/Color.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(color, old);
        var upToDate = assertInstanceOf(GenerationOutcome.UpToDate.class, run());
        assertEquals(1, upToDate.outputs());
        assertEquals(2, upToDate.inputs()); // app.thrift and shared.thrift
        assertEquals(old, Files.getLastModifiedTime(color));
    }

    @Test
    void changedIncludeRegeneratesButUnchangedFilesKeepTheirTimestamp() throws IOException {
        run();
        Path color = out.resolve("app/Color.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(color, old);
        Files.writeString(
                lib.resolve("shared.thrift"), "namespace java lib\nenum Level { HIGH }\n");
        var generated = assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertEquals(0, generated.written());
        assertEquals(old, Files.getLastModifiedTime(color));
    }

    @Test
    void changedSourceRewritesItsFile() throws IOException {
        run();
        Files.writeString(src.resolve("app.thrift"), "namespace java app\nenum Color { BLUE }\n");
        var generated = assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertEquals(1, generated.written());
        assertTrue(Files.readString(out.resolve("app/Color.java")).contains("BLUE"));
    }

    @Test
    void newFileOnTheIncludePathCountsAsAChange() throws IOException {
        run();
        Files.writeString(lib.resolve("other.thrift"), "enum Other { A }\n");
        assertInstanceOf(GenerationOutcome.Generated.class, run());
    }

    @Test
    void optionsAndGeneratorVersionCountAsChanges() throws IOException {
        run();
        assertInstanceOf(
                GenerationOutcome.Generated.class,
                IdlGeneration.run(
                        request(
                                GeneratorOptions.defaults()
                                        .withFieldOrder(GeneratorOptions.FieldOrder.IDL))));
        GenerationRequest base = request(GeneratorOptions.defaults());
        run();
        GenerationRequest newer =
                new GenerationRequest(
                        base.sources(),
                        base.includePath(),
                        base.options(),
                        false,
                        out,
                        base.stateFile(),
                        "test-2");
        assertInstanceOf(GenerationOutcome.Generated.class, IdlGeneration.run(newer));
    }

    @Test
    void editedOrDeletedOutputIsRegenerated() throws IOException {
        run();
        Path color = out.resolve("app/Color.java");
        Files.writeString(color, "// edited by hand\n");
        assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertTrue(Files.readString(color).contains("enum Color"));
        Files.delete(color);
        assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertTrue(Files.exists(color));
    }

    @Test
    void typesGeneratedNoMoreAreDeleted() throws IOException {
        run();
        Files.writeString(src.resolve("app.thrift"), "namespace java app\nenum Shade { DARK }\n");
        var generated = assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertEquals(List.of(out.resolve("app/Color.java")), generated.deleted());
        assertFalse(Files.exists(out.resolve("app/Color.java")));
        assertTrue(Files.exists(out.resolve("app/Shade.java")));
    }

    @Test
    void idlErrorsAreReportedWithLocationsAndNothingIsWritten() throws IOException {
        Files.writeString(src.resolve("app.thrift"), "struct S {\n  1: Missing m\n}\n");
        var failed = assertInstanceOf(GenerationOutcome.Failed.class, run());
        Diagnostic error = failed.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, error.severity());
        assertTrue(
                error.headline().startsWith(src.resolve("app.thrift") + ":2:6: error: "),
                error.headline());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("state/generate.state")));
    }

    @Test
    void failedRunLeavesNoStateSoTheNextRunRetries() throws IOException {
        run();
        Files.writeString(src.resolve("app.thrift"), "enum Broken {");
        assertInstanceOf(GenerationOutcome.Failed.class, run());
        assertInstanceOf(GenerationOutcome.Failed.class, run());
        Files.writeString(src.resolve("app.thrift"), "namespace java app\nenum Color { RED }\n");
        assertInstanceOf(GenerationOutcome.Generated.class, run());
    }

    @Test
    void damagedStateFileMeansRegenerate() throws IOException {
        run();
        Files.writeString(dir.resolve("state/generate.state"), "garbage line\n");
        assertInstanceOf(GenerationOutcome.Generated.class, run());
        assertInstanceOf(GenerationOutcome.UpToDate.class, run());
    }
}
