package dev.zerothrift.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;

import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;
import dev.zerothrift.idl.schema.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Generated code for tests: generated, compiled in memory and loaded. */
final class Generated {
    final Schema schema;
    final List<JavaFile> files;
    final Compilation compilation;

    private Generated(Schema schema, List<JavaFile> files, Compilation compilation) {
        this.schema = schema;
        this.files = files;
        this.compilation = compilation;
    }

    static Schema load(Path file, List<Path> includePath) {
        LoadResult result = SchemaLoader.builder().includePath(includePath).load(file);
        assertTrue(result.schema().isPresent(), () -> result.format(false));
        return result.schema().orElseThrow();
    }

    static Generated of(Schema schema, GeneratorOptions options) {
        List<JavaFile> files = new ThriftGenerator(options).generate(schema);
        Compilation compilation =
                Compiler.javac()
                        .withOptions("-Xlint:all", "-Xlint:-serial")
                        .compile(files.stream().map(JavaFile::toJavaFileObject).toList());
        return new Generated(schema, files, compilation);
    }

    boolean compiled() {
        return compilation.status() == Compilation.Status.SUCCESS;
    }

    /** Errors and warnings, with the generated source of each file that has one. */
    String report() {
        StringBuilder b = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            b.append(d.getKind()).append(": ").append(d).append('\n');
        }
        b.append(
                files.stream()
                        .map(
                                f ->
                                        "// ---- "
                                                + f.packageName()
                                                + "."
                                                + f.typeSpec().name()
                                                + "\n"
                                                + f)
                        .collect(Collectors.joining("\n")));
        return b.toString();
    }

    /** A class loader over the compiled classes (parent: the test's). */
    ClassLoader classLoader() {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String name = file.getName(); // /CLASS_OUTPUT/a/b/C.class
            String binary =
                    name.substring(name.indexOf('/', 1) + 1, name.length() - ".class".length())
                            .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(binary, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ClassLoader(Generated.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }
}
