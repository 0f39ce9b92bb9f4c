package dev.zerothrift.codegen;

import com.palantir.javapoet.JavaFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated files under a source root, one directory per package, as {@code javac} expects.
 * Remembers what it wrote, so a driver can report or clean up the files.
 */
public final class DirectoryOutput implements CodeOutput {
    private final Path root;
    private final List<Path> written = new ArrayList<>();

    public DirectoryOutput(Path root) {
        this.root = root;
    }

    @Override
    public void write(JavaFile file) throws IOException {
        written.add(file.writeToPath(root));
    }

    /** The source root. */
    public Path root() {
        return root;
    }

    /** Every file written so far, in the order written. */
    public List<Path> written() {
        return List.copyOf(written);
    }
}
