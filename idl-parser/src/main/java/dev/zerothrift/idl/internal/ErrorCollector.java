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
    private final Map<Path, String> sources = new HashMap<>();
    private final Map<Path, int[]> lineStarts = new HashMap<>();

    /** Remembers a file's text so that diagnostics can quote its lines. */
    public void addSource(Path file, String text) {
        sources.put(file, text);
    }

    public void error(Location location, String format, Object... args) {
        add(Severity.ERROR, location, String.format(format, args));
    }

    public void warning(Location location, String format, Object... args) {
        add(Severity.WARNING, location, String.format(format, args));
    }

    private void add(Severity severity, Location location, String message) {
        diagnostics.add(
                new Diagnostic(
                        severity, location, message, line(location.file(), location.line())));
    }

    /** The text of a 1-based line (ANTLR counts \n only), or empty when unknown. */
    private String line(Path file, int number) {
        String text = sources.get(file);
        if (text == null) {
            return "";
        }
        int[] starts = lineStarts.computeIfAbsent(file, f -> lineStarts(text));
        if (number < 1 || number > starts.length) {
            return "";
        }
        int start = starts[number - 1];
        int end = number < starts.length ? starts[number] - 1 : text.length();
        String line = text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
