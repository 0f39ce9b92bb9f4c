package dev.zerothrift.maven;

import com.palantir.javapoet.JavaFile;

import dev.zerothrift.codegen.CodeOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes generated files under a source root, one directory per package, leaving a file untouched
 * (timestamp included) when its content is already what would be written, so that {@code javac}'s
 * own staleness check sees only real changes.
 */
final class SourceTreeOutput implements CodeOutput {
    private final Path root;
    private final Map<Path, String> files = new LinkedHashMap<>();
    private int written;

    SourceTreeOutput(Path root) {
        this.root = root;
    }

    @Override
    public void write(JavaFile file) throws IOException {
        Path path = root;
        if (!file.packageName().isEmpty()) {
            for (String part : file.packageName().split("\\.")) {
                path = path.resolve(part);
            }
        }
        path = path.resolve(file.typeSpec().name() + ".java");
        String content = file.toString();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (!(Files.isRegularFile(path)
                && java.util.Arrays.equals(Files.readAllBytes(path), bytes))) {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            written++;
        }
        files.put(path, ContentHash.of(content));
    }

    /** Content hash of every file generated, by path, in the order generated. */
    Map<Path, String> files() {
        return files;
    }

    /** How many files had new content (the others were already up to date). */
    int written() {
        return written;
    }
}
