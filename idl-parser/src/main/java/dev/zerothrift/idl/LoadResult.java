package dev.zerothrift.idl;

import dev.zerothrift.idl.schema.Schema;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SchemaLoader#load} found: the schema when there were no errors, and every diagnostic
 * (errors and warnings) in the order found.
 */
public record LoadResult(Optional<Schema> schema, List<Diagnostic> diagnostics) {
    /** Sorts the diagnostics by file (in the order first seen), line and column. */
    public LoadResult {
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!files.contains(d.location().file())) {
                files.add(d.location().file());
            }
        }
        diagnostics =
                diagnostics.stream()
                        .sorted(
                                java.util.Comparator.comparingInt(
                                                (Diagnostic d) ->
                                                        files.indexOf(d.location().file()))
                                        .thenComparingInt(d -> d.location().line())
                                        .thenComparingInt(d -> d.location().column()))
                        .toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream()
                .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                .toList();
    }

    /** The schema; throws with every error formatted when there were errors. */
    public Schema orThrow() {
        return schema.orElseThrow(() -> new IllegalStateException(format(false)));
    }

    /** Every diagnostic formatted with its source line and caret; warnings only if asked. */
    public String format(boolean withWarnings) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (withWarnings || d.severity() == Diagnostic.Severity.ERROR) {
                out.append(d.format());
            }
        }
        return out.toString();
    }
}
