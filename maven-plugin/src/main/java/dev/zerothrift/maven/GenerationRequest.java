package dev.zerothrift.maven;

import dev.zerothrift.codegen.GeneratorOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * One run of the generator as a goal asks for it.
 *
 * @param sources the IDL files to generate code for (absolute).
 * @param includePath directories searched for includes, in order, after the including file's own.
 * @param options what to generate.
 * @param allowNegativeFieldIds keep explicit non-positive field ids (Apache's {@code
 *     --allow-neg-keys}).
 * @param outputDirectory the source root the code goes into.
 * @param stateFile where the build state of this goal is kept between builds.
 * @param generatorIdentity the plugin's version and, for snapshots, a hash of its jars: a new
 *     generator regenerates everything.
 */
record GenerationRequest(
        List<Path> sources,
        List<Path> includePath,
        GeneratorOptions options,
        boolean allowNegativeFieldIds,
        Path outputDirectory,
        Path stateFile,
        String generatorIdentity) {
    GenerationRequest {
        sources = List.copyOf(sources);
        includePath = List.copyOf(includePath);
    }
}
