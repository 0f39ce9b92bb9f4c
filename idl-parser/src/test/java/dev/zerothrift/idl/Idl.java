package dev.zerothrift.idl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes inline IDL to a directory and loads it. */
final class Idl {
    private final Path dir;

    Idl(Path dir) {
        this.dir = dir;
    }

    /** Writes a file (creating directories) and returns its path. */
    Path write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load(String text) {
        return SchemaLoader.builder().load(write("t.thrift", text));
    }

    /** Every diagnostic as {@code file:line:col: severity: message}, file relative to the dir. */
    List<String> diagnostics(LoadResult result) {
        return result.diagnostics().stream()
                .map(d -> d.headline().replace(dir.toString() + "/", ""))
                .toList();
    }

    /** The errors of loading {@code t.thrift} with this text, without warnings. */
    List<String> errors(String text) {
        LoadResult result = load(text);
        return result.errors().stream()
                .map(d -> d.headline().replace(dir.toString() + "/", ""))
                .toList();
    }

    List<String> warnings(String text) {
        LoadResult result = load(text);
        return result.warnings().stream()
                .map(d -> d.headline().replace(dir.toString() + "/", ""))
                .toList();
    }
}
