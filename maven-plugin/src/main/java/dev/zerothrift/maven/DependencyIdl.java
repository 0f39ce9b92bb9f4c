package dev.zerothrift.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code .thrift} files that dependencies ship, made into include directories: a library can
 * put its IDL in its jar, and a project that depends on it includes that IDL by the path it has in
 * the jar ({@code include "com/example/common.thrift"}).
 *
 * <p>Each jar's IDL is extracted to a directory of its own under {@code root}, so that the include
 * path keeps the dependencies' class-path order (the first jar that has a path wins, as on the
 * class path). A dependency that is a directory (a reactor module's {@code target/classes}) is used
 * as it is.
 */
final class DependencyIdl {
    /** One dependency: a display name and its file (a jar, or a classes directory). */
    record Dependency(String groupId, String artifactId, Path file) {}

    /** No IDL file is this large; a jar entry that is would be a zip bomb or a mistake. */
    static final int MAX_IDL_BYTES = 16 << 20;

    private final Path root;

    DependencyIdl(Path root) {
        this.root = root;
    }

    /** The include directories holding the dependencies' IDL, in the dependencies' order. */
    List<Path> includeDirectories(List<Dependency> dependencies) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            Path file = dependency.file();
            if (file == null) {
                continue;
            }
            if (Files.isDirectory(file)) {
                if (containsIdl(file)) {
                    dirs.add(file.toAbsolutePath().normalize());
                }
            } else if (Files.isRegularFile(file) && file.toString().endsWith(".jar")) {
                Path target =
                        root.resolve(dependency.groupId())
                                .resolve(dependency.artifactId())
                                .toAbsolutePath()
                                .normalize();
                if (extract(file, target)) {
                    dirs.add(target);
                }
            }
        }
        return dirs;
    }

    /**
     * Copies the jar's {@code .thrift} entries under {@code target} (rewriting only changed files,
     * removing ones the jar no longer has); true when it had any.
     */
    static boolean extract(Path jar, Path target) throws IOException {
        Set<Path> kept = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".thrift")) {
                    continue;
                }
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException(
                            "entry outside the jar's directory: " + entry.getName() + " in " + jar);
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readNBytes(MAX_IDL_BYTES + 1);
                }
                if (bytes.length > MAX_IDL_BYTES) {
                    throw new IOException(
                            "IDL file larger than "
                                    + (MAX_IDL_BYTES >> 20)
                                    + " MiB: "
                                    + entry.getName()
                                    + " in "
                                    + jar);
                }
                if (!(Files.isRegularFile(out) && Arrays.equals(Files.readAllBytes(out), bytes))) {
                    Files.createDirectories(out.getParent());
                    Files.write(out, bytes);
                }
                kept.add(out);
            }
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.walk(target)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file) && !kept.contains(file)) {
                        Files.delete(file);
                    }
                }
            }
        }
        return !kept.isEmpty();
    }

    private static boolean containsIdl(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".thrift") && Files.isRegularFile(f));
        }
    }
}
