package dev.zerothrift.idl.internal;

import dev.zerothrift.idl.Diagnostic;
import dev.zerothrift.idl.Diagnostic.Severity;
import dev.zerothrift.idl.Location;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects every diagnostic of a load, with the source line each points at. */
public final class ErrorCollector {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Path, String[]> sources = new HashMap<>();

    /** Remembers a file's text so that diagnostics can quote its lines. */
    public void addSource(Path file, String text) {
        sources.put(file, text.split("\r\n|\r|\n", -1));
    }

    public void error(Location location, String format, Object... args) {
        add(Severity.ERROR, location, String.format(format, args));
    }

    public void warning(Location location, String format, Object... args) {
        add(Severity.WARNING, location, String.format(format, args));
    }

    private void add(Severity severity, Location location, String message) {
        String line = "";
        String[] lines = sources.get(location.file());
        if (lines != null && location.line() >= 1 && location.line() <= lines.length) {
            line = lines[location.line() - 1];
        }
        diagnostics.add(new Diagnostic(severity, location, message, line));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
