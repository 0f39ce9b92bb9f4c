package dev.zerothrift.maven;

import dev.zerothrift.idl.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/** What one {@link IdlGeneration} run did. */
sealed interface GenerationOutcome {
    /** Nothing changed since the last build: no file was read by the generator or written. */
    record UpToDate(int inputs, int outputs) implements GenerationOutcome {}

    /**
     * The code was generated.
     *
     * @param files every generated file.
     * @param written how many of them had new content.
     * @param deleted files of the previous build that are generated no more (and were deleted).
     * @param warnings the front end's warnings.
     */
    record Generated(List<Path> files, int written, List<Path> deleted, List<Diagnostic> warnings)
            implements GenerationOutcome {}

    /** The IDL has errors; nothing was written. */
    record Failed(List<Diagnostic> diagnostics) implements GenerationOutcome {}
}
