package dev.zerothrift.idl;

import java.nio.file.Path;

/**
 * A place in an IDL file.
 *
 * @param file the file, as it was named when loaded or found on the include path.
 * @param line 1-based line.
 * @param column 1-based column, counted in characters.
 */
public record Location(Path file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
