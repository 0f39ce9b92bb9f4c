package dev.zerothrift.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the IDL files {@code @ThriftIdl} names: as resources relative to the root of the source
 * path, then the class output, then the class path. A file inside a jar is opened through the zip
 * file system, so its includes (relative to it, inside the jar) resolve as on disk.
 */
final class IdlFiles implements AutoCloseable {
    private static final List<JavaFileManager.Location> SEARCHED =
            List.of(
                    StandardLocation.SOURCE_PATH,
                    StandardLocation.CLASS_OUTPUT,
                    StandardLocation.CLASS_PATH);

    private final Filer filer;
    private final List<FileSystem> opened = new ArrayList<>();

    IdlFiles(Filer filer) {
        this.filer = filer;
    }

    /** The file at {@code resource}, or empty when no searched location has it. */
    Optional<Path> find(String resource) {
        String relative = resource.startsWith("/") ? resource.substring(1) : resource;
        for (JavaFileManager.Location location : SEARCHED) {
            Optional<Path> path = find(location, relative);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }

    private Optional<Path> find(JavaFileManager.Location location, String relative) {
        FileObject file;
        try {
            file = filer.getResource(location, "", relative);
            // A file manager may hand out objects for files that do not exist (CLASS_OUTPUT does).
            InputStream in = file.openInputStream();
            in.close();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty(); // not there, or a location this compiler does not have
        }
        return toPath(file.toUri());
    }

    private Optional<Path> toPath(URI uri) {
        try {
            if ("file".equals(uri.getScheme())) {
                return Optional.of(Path.of(uri));
            }
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened.add(fs);
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                Path path = fs.provider().getPath(uri);
                return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The directory that {@code resource} is relative to: the root of the source path, class output
     * or class path entry it was found in, so includes can also be written from there.
     */
    static Path rootOf(Path file, String resource) {
        Path root = file;
        int segments =
                Path.of(resource.startsWith("/") ? resource.substring(1) : resource).getNameCount();
        for (int i = 0; i < segments && root != null; i++) {
            root = root.getParent();
        }
        return root != null ? root : file.getRoot();
    }

    /** Closes the jar file systems opened for lookups. */
    @Override
    public void close() {
        for (FileSystem fs : opened) {
            try {
                fs.close();
            } catch (IOException e) {
                // a read-only zip file system has nothing to flush
            }
        }
        opened.clear();
    }
}
