package dev.zerothrift.codegen;

import com.palantir.javapoet.JavaFile;

import java.util.ArrayList;
import java.util.List;

/** Keeps generated files in memory, in the order written: for tests and for compiling in memory. */
public final class InMemoryOutput implements CodeOutput {
    private final List<JavaFile> files = new ArrayList<>();

    @Override
    public void write(JavaFile file) {
        files.add(file);
    }

    public List<JavaFile> files() {
        return List.copyOf(files);
    }
}
