package dev.zerothrift.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared directory beside the repository: the IDL corpus and the benchmark workloads. */
final class Shared {
    private Shared() {}

    static Path root() {
        String property = System.getProperty("zerothrift.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("../shared/corpus"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("shared directory not found: set -Dzerothrift.shared");
        }
        return dir.resolve("../shared").normalize();
    }

    static Path workloads() {
        return root().resolve("bench/workloads.thrift");
    }
}
