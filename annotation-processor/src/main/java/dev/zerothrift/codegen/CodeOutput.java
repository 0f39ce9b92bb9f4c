package dev.zerothrift.codegen;

import com.palantir.javapoet.JavaFile;

import java.io.IOException;

/**
 * Where generated Java files go. Every driver of the generator (the Maven plugin, the annotation
 * processor, the command-line tool and the tests) supplies one, so they all run the generator the
 * same way and differ only in where the files land.
 */
public interface CodeOutput {
    /** Writes one generated file. Called once per file, in a deterministic order. */
    void write(JavaFile file) throws IOException;
}
