package dev.zerothrift.codegen;

import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves generated code to other packages than the IDL's {@code namespace java} says, for a build
 * that already has classes in that package (the benchmarks hold libthrift's classes for the same
 * IDL in {@code bench.workloads}).
 */
public final class JavaPackages {
    private JavaPackages() {}

    /**
     * The schema with every program whose Java package is {@code from} given {@code to} instead
     * (the {@code java} namespace set, so that it wins over {@code *}).
     */
    public static Schema rename(Schema schema, String from, String to) {
        Map<Program, Program> renamed = new LinkedHashMap<>();
        for (Program program : schema.programs()) {
            if (JavaNames.packageOf(program).equals(from)) {
                Map<String, String> namespaces = new LinkedHashMap<>(program.namespaces());
                namespaces.put("java", to);
                renamed.put(
                        program,
                        new Program(
                                program.path(),
                                program.name(),
                                program.doc(),
                                namespaces,
                                program.namespaceAnnotations(),
                                program.includes(),
                                program.cppIncludes(),
                                program.definitions()));
            } else {
                renamed.put(program, program);
            }
        }
        List<Program> roots = new ArrayList<>();
        for (Program root : schema.roots()) {
            roots.add(renamed.get(root));
        }
        return new Schema(roots, List.copyOf(renamed.values()));
    }
}
