package dev.zerothrift.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The IDL files of a source directory that match the includes and none of the excludes, in a stable
 * order (sorted by relative path), so generation never depends on the file system's order.
 */
final class SourceScanner {
    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;

    SourceScanner(List<String> includes, List<String> excludes) {
        this.includes = compile(includes.isEmpty() ? List.of("**/*.thrift") : includes);
        this.excludes = compile(excludes);
    }

    /** The matching files under {@code dir}, absolute; none when {@code dir} does not exist. */
    List<Path> scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path root = dir.toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file) && selected(relative(root, file))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private boolean selected(String relative) {
        return includes.stream().anyMatch(p -> p.matches(relative))
                && excludes.stream().noneMatch(p -> p.matches(relative));
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<AntPattern> compile(List<String> patterns) {
        return patterns.stream().map(AntPattern::compile).toList();
    }
}
