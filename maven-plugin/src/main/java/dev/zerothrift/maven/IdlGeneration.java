package dev.zerothrift.maven;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.codegen.ThriftGenerator;
import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the code of a {@link GenerationRequest}, or does nothing when nothing changed.
 *
 * <p>How a change is detected: the build state ({@link BuildState}) records the settings (the
 * generator's identity, the options, the sources, the include path, the output directory), the
 * SHA-256 of every input (each source, each {@code .thrift} file in any include directory, and each
 * file the last load actually read, so includes reached through relative paths count too) and of
 * every generated file. The run is skipped only when all of them are the same now; otherwise the
 * state is deleted first (so an interrupted run regenerates next time), everything is loaded and
 * generated again, files whose content is unchanged are left alone, files generated no more are
 * deleted, and the new state is written.
 */
final class IdlGeneration {
    private IdlGeneration() {}

    static GenerationOutcome run(GenerationRequest request) throws IOException {
        Map<String, String> settings = settings(request);
        Map<Path, String> scanned = scannedInputs(request);
        Optional<BuildState> previous = BuildState.read(request.stateFile());
        if (previous.isPresent() && unchanged(previous.get(), settings, scanned)) {
            return new GenerationOutcome.UpToDate(
                    previous.get().inputs().size(), previous.get().outputs().size());
        }
        Files.deleteIfExists(request.stateFile());

        LoadResult result =
                SchemaLoader.builder()
                        .includePath(request.includePath())
                        .allowNegativeFieldIds(request.allowNegativeFieldIds())
                        .build()
                        .load(request.sources());
        if (result.hasErrors()) {
            return new GenerationOutcome.Failed(result.diagnostics());
        }
        Schema schema = result.schema().orElseThrow();
        Map<Path, String> inputs = new TreeMap<>(scanned);
        for (Program program : schema.programs()) {
            inputs.put(program.path(), ContentHash.of(program.path()));
        }

        SourceTreeOutput output = new SourceTreeOutput(request.outputDirectory());
        new ThriftGenerator(request.options()).generate(schema, output);

        List<Path> deleted = new ArrayList<>();
        if (previous.isPresent()) {
            for (Path old : previous.get().outputs().keySet()) {
                if (!output.files().containsKey(old) && Files.deleteIfExists(old)) {
                    deleted.add(old);
                }
            }
        }
        new BuildState(settings, inputs, output.files()).write(request.stateFile());
        return new GenerationOutcome.Generated(
                List.copyOf(output.files().keySet()), output.written(), deleted, result.warnings());
    }

    private static boolean unchanged(
            BuildState previous, Map<String, String> settings, Map<Path, String> scanned)
            throws IOException {
        if (!previous.settings().equals(settings)) {
            return false;
        }
        for (Map.Entry<Path, String> input : scanned.entrySet()) {
            if (!input.getValue().equals(previous.inputs().get(input.getKey()))) {
                return false; // a new or changed file in a source or include directory
            }
        }
        for (Map.Entry<Path, String> input : previous.inputs().entrySet()) {
            if (!scanned.containsKey(input.getKey())
                    && !ContentHash.ofIfPresent(input.getKey()).equals(input.getValue())) {
                return false; // an include reached by a relative path changed or went away
            }
        }
        for (Map.Entry<Path, String> output : previous.outputs().entrySet()) {
            if (!ContentHash.ofIfPresent(output.getKey()).equals(output.getValue())) {
                return false; // a generated file was edited or deleted
            }
        }
        return true;
    }

    private static Map<String, String> settings(GenerationRequest request) {
        GeneratorOptions options = request.options();
        Map<String, String> settings = new TreeMap<>();
        settings.put("generator", request.generatorIdentity());
        settings.put(
                "artifacts",
                options.artifacts().stream()
                        .map(Enum::name)
                        .sorted()
                        .collect(Collectors.joining(",")));
        settings.put("fieldOrder", options.fieldOrder().name());
        settings.put("includedPrograms", String.valueOf(options.includedPrograms()));
        settings.put("allowNegativeFieldIds", String.valueOf(request.allowNegativeFieldIds()));
        settings.put("sources", join(request.sources()));
        settings.put("includePath", join(request.includePath()));
        settings.put("outputDirectory", request.outputDirectory().toString());
        return settings;
    }

    /** Every source and every {@code .thrift} file in an include directory, with its hash. */
    private static Map<Path, String> scannedInputs(GenerationRequest request) throws IOException {
        Map<Path, String> inputs = new TreeMap<>();
        for (Path source : request.sources()) {
            inputs.put(source, ContentHash.ofIfPresent(source));
        }
        for (Path dir : request.includePath()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (file.toString().endsWith(".thrift") && Files.isRegularFile(file)) {
                        inputs.put(file.toAbsolutePath().normalize(), ContentHash.of(file));
                    }
                }
            }
        }
        return inputs;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
