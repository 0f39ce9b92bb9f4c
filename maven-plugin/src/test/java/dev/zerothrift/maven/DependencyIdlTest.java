package dev.zerothrift.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

class DependencyIdlTest {
    @TempDir Path dir;

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void extractsOnlyIdlAndOnlyFromJarsThatHaveIt() throws IOException {
        Path withIdl =
                jar(
                        "lib.jar",
                        Map.of(
                                "com/example/common.thrift", "enum E { A }",
                                "com/example/E.class", "not idl"));
        Path without = jar("plain.jar", Map.of("x/Y.class", "bytes"));
        List<Path> dirs =
                new DependencyIdl(dir.resolve("deps"))
                        .includeDirectories(
                                List.of(
                                        new DependencyIdl.Dependency("g", "plain", without),
                                        new DependencyIdl.Dependency("g", "lib", withIdl)));
        Path libDir = dir.resolve("deps/g/lib");
        assertEquals(List.of(libDir), dirs);
        assertEquals("enum E { A }", Files.readString(libDir.resolve("com/example/common.thrift")));
        assertFalse(Files.exists(libDir.resolve("com/example/E.class")));
    }

    @Test
    void filesTheJarNoLongerHasAreRemoved() throws IOException {
        Path target = dir.resolve("deps/g/lib");
        DependencyIdl.extract(jar("v1.jar", Map.of("a.thrift", "1", "b.thrift", "2")), target);
        DependencyIdl.extract(jar("v2.jar", Map.of("a.thrift", "1")), target);
        assertTrue(Files.exists(target.resolve("a.thrift")));
        assertFalse(Files.exists(target.resolve("b.thrift")));
    }

    @Test
    void entryEscapingTheTargetIsRefused() throws IOException {
        Path evil = jar("evil.jar", Map.of("../../escape.thrift", "enum E { A }"));
        IOException e =
                assertThrows(
                        IOException.class,
                        () -> DependencyIdl.extract(evil, dir.resolve("deps/g/evil")));
        assertTrue(
                e.getMessage()
                        .startsWith("entry outside the jar's directory: ../../escape.thrift"));
        assertFalse(Files.exists(dir.resolve("escape.thrift")));
    }

    @Test
    void hugeEntryIsRefusedWithoutReadingItAll() throws IOException {
        Path jar = dir.resolve("bomb.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("big.thrift"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i <= DependencyIdl.MAX_IDL_BYTES >> 20; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        IOException e =
                assertThrows(
                        IOException.class,
                        () -> DependencyIdl.extract(jar, dir.resolve("deps/g/bomb")));
        assertEquals("IDL file larger than 16 MiB: big.thrift in " + jar, e.getMessage());
        assertFalse(Files.exists(dir.resolve("deps/g/bomb/big.thrift")));
    }

    @Test
    void classesDirectoryWithIdlIsUsedInPlace() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("module/target/classes/idl"));
        Files.writeString(classes.resolve("x.thrift"), "enum X { A }");
        List<Path> dirs =
                new DependencyIdl(dir.resolve("deps"))
                        .includeDirectories(
                                List.of(
                                        new DependencyIdl.Dependency(
                                                "g",
                                                "module",
                                                dir.resolve("module/target/classes"))));
        assertEquals(List.of(dir.resolve("module/target/classes")), dirs);
    }
}
