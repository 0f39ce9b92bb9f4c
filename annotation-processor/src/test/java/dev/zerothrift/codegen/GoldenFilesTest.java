package dev.zerothrift.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generated code of {@code src/test/golden/golden.thrift}, checked in under {@code
 * src/test/golden/expected} (as {@code .java.golden}, which the build's formatter leaves as
 * JavaPoet wrote them), so that a change to the generator shows as a readable diff. When the change
 * is meant, regenerate (the command is in golden.thrift) and commit the new files.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src/test/golden");
    static final Path EXPECTED = GOLDEN.resolve("expected");
    static final boolean REGENERATE = Boolean.getBoolean("zerothrift.regenerateGolden");

    @Test
    void generatedCodeMatchesTheGoldenFiles() throws IOException {
        List<JavaFile> files =
                new ThriftGenerator(GeneratorOptions.defaults())
                        .generate(Generated.load(GOLDEN.resolve("golden.thrift"), List.of()));
        List<Path> generated = new ArrayList<>();
        for (JavaFile file : files) {
            Path path =
                    EXPECTED.resolve(file.packageName().replace('.', '/'))
                            .resolve(file.typeSpec().name() + ".java.golden");
            generated.add(path);
            String source = file.toString();
            if (REGENERATE) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, source);
            } else {
                assertTrue(Files.exists(path), () -> "no golden file " + path + ": regenerate");
                assertEquals(Files.readString(path), source, () -> path + " is stale: regenerate");
            }
        }
        try (Stream<Path> existing = Files.walk(EXPECTED)) {
            List<Path> stale =
                    existing.filter(p -> p.toString().endsWith(".java.golden"))
                            .filter(p -> !generated.contains(p))
                            .toList();
            if (REGENERATE) {
                for (Path p : stale) {
                    Files.delete(p);
                }
            } else {
                assertEquals(List.of(), stale, "golden files the generator no longer writes");
            }
        }
        assertTrue(
                files.size() == 9,
                () -> "expected 9 files (3 of them views, 1 service), got " + files.size());
    }
}
