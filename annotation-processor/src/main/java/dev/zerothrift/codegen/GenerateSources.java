package dev.zerothrift.codegen;

import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;
import dev.zerothrift.idl.schema.Schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small command-line entry for builds that run the generator as a step of their own (the {@code
 * codegen-tests} and {@code benchmarks} modules run it with {@code exec-maven-plugin} at {@code
 * generate-sources}, in Maven's JVM, which may be Java 17):
 *
 * <pre>
 * GenerateSources --out DIR [-I DIR]... [--field-order FIXED_FIRST|IDL] [--included]
 *                 [--package FROM=TO]... FILE...
 * </pre>
 *
 * Throws (so that the build step fails with the front end's messages) when the IDL has errors;
 * never calls {@code System.exit}, which would end the Maven JVM it runs in.
 */
public final class GenerateSources {
    private GenerateSources() {}

    public static void main(String[] args) throws IOException {
        Path out = null;
        List<Path> includes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String[]> renames = new ArrayList<>();
        GeneratorOptions options = GeneratorOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "-I" -> includes.add(Path.of(args[++i]));
                case "--field-order" ->
                        options =
                                options.withFieldOrder(
                                        GeneratorOptions.FieldOrder.valueOf(args[++i]));
                case "--included" -> options = options.withIncludedPrograms(true);
                case "--package" -> {
                    String[] rename = args[++i].split("=", 2);
                    if (rename.length != 2) {
                        throw new IllegalArgumentException("not FROM=TO: " + args[i]);
                    }
                    renames.add(rename);
                }
                default -> files.add(Path.of(args[i]));
            }
        }
        if (out == null || files.isEmpty()) {
            throw new IllegalArgumentException(
                    "usage: GenerateSources --out DIR [-I DIR]... [--field-order FIXED_FIRST|IDL]"
                            + " [--included] [--package FROM=TO]... FILE...");
        }
        LoadResult result = SchemaLoader.builder().includePath(includes).build().load(files);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("IDL errors:\n" + result.format(false));
        }
        Schema schema = result.schema().orElseThrow();
        for (String[] rename : renames) {
            schema = JavaPackages.rename(schema, rename[0], rename[1]);
        }
        new ThriftGenerator(options).generate(schema, new DirectoryOutput(out));
    }
}
