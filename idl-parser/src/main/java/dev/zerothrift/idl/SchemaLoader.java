package dev.zerothrift.idl;

import dev.zerothrift.idl.internal.ErrorCollector;
import dev.zerothrift.idl.internal.Linker;
import dev.zerothrift.idl.internal.SyntaxBuilder;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.syntax.ProgramElement;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads IDL files and everything they include into a {@link Schema}.
 *
 * <pre>{@code
 * LoadResult result = SchemaLoader.builder().includePath(List.of(dir)).build().load(file);
 * }</pre>
 *
 * <p>An include is looked up as the Apache compiler does: relative to the including file's
 * directory, then in each include directory in order. A file reached twice is loaded once.
 */
public final class SchemaLoader {
    private final List<Path> includePath;
    private final boolean allowNegativeFieldIds;

    private SchemaLoader(Builder builder) {
        this.includePath = List.copyOf(builder.includePath);
        this.allowNegativeFieldIds = builder.allowNegativeFieldIds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a {@link SchemaLoader}. */
    public static final class Builder {
        private final List<Path> includePath = new ArrayList<>();
        private boolean allowNegativeFieldIds;

        private Builder() {}

        /** Adds directories searched for includes, after the including file's directory. */
        public Builder includePath(List<Path> dirs) {
            includePath.addAll(dirs);
            return this;
        }

        public Builder includePath(Path... dirs) {
            return includePath(List.of(dirs));
        }

        /**
         * Keeps explicit non-positive field ids, as Apache's {@code --allow-neg-keys}; by default
         * they are replaced by implicit ids, with a warning, as Apache does.
         */
        public Builder allowNegativeFieldIds(boolean allow) {
            allowNegativeFieldIds = allow;
            return this;
        }

        public SchemaLoader build() {
            return new SchemaLoader(this);
        }

        /** Shorthand for {@code build().load(files)}. */
        public LoadResult load(Path... files) {
            return build().load(List.of(files));
        }
    }

    public LoadResult load(Path... files) {
        return load(List.of(files));
    }

    /** Loads the files (and their includes); never throws for problems in the IDL. */
    public LoadResult load(List<Path> files) {
        return new Load().run(files);
    }

    /** The state of one load. */
    private final class Load {
        private final ErrorCollector errors = new ErrorCollector();
        private final Map<Path, ProgramElement> parsed = new HashMap<>();
        private final Map<Path, Program> linked = new LinkedHashMap<>();
        private final List<Path> stack = new ArrayList<>();
        private final java.util.Set<Path> roots = new java.util.HashSet<>();

        LoadResult run(List<Path> files) {
            for (Path file : files) {
                Path real = realPath(file);
                if (real != null) {
                    this.roots.add(real);
                }
            }
            List<Program> roots = new ArrayList<>();
            for (Path file : files) {
                Path real = realPath(file);
                if (real == null) {
                    errors.error(new Location(file, 1, 1), "cannot read file: %s", file);
                    continue;
                }
                Program program = visit(file, real);
                if (program != null && !roots.contains(program)) {
                    roots.add(program);
                }
            }
            Schema schema =
                    errors.hasErrors() ? null : new Schema(roots, new ArrayList<>(linked.values()));
            return new LoadResult(java.util.Optional.ofNullable(schema), errors.diagnostics());
        }

        private Program visit(Path shown, Path real) {
            if (linked.containsKey(real)) {
                return linked.get(real);
            }
            ProgramElement element = parsed.get(real);
            if (element == null) {
                String text;
                try {
                    text = read(real);
                } catch (IOException e) {
                    errors.error(new Location(shown, 1, 1), "cannot read file: %s", shown);
                    return null;
                }
                element = SyntaxBuilder.parse(shown, text, errors);
                parsed.put(real, element);
            }
            stack.add(real);
            List<Linker.LinkedInclude> includes = new ArrayList<>();
            for (ProgramElement.Include include : element.includes()) {
                String name = programName(include.path());
                Path found = find(shown, include.path());
                Program program = null;
                if (found == null) {
                    errors.error(include.location(), "unknown include: %s", include.path());
                } else {
                    Path foundReal = realPath(found);
                    int index = stack.indexOf(foundReal);
                    if (index >= 0) {
                        StringBuilder cycle = new StringBuilder();
                        for (Path p : stack.subList(index, stack.size())) {
                            cycle.append(p.getFileName()).append(" -> ");
                        }
                        cycle.append(foundReal.getFileName());
                        errors.error(include.location(), "include cycle: %s", cycle);
                    } else {
                        program = visit(found, foundReal);
                    }
                }
                includes.add(new Linker.LinkedInclude(include.path(), name, program));
            }
            stack.remove(stack.size() - 1);
            Program program =
                    new Linker(
                                    element,
                                    real,
                                    programName(real.toString()),
                                    includes,
                                    linked,
                                    errors,
                                    allowNegativeFieldIds,
                                    !roots.contains(real))
                            .link();
            linked.put(real, program);
            return program;
        }

        /** Apache's search: absolute as is, else the including file's directory, then -I. */
        private Path find(Path includingFile, String written) {
            Path candidate = Path.of(written);
            if (candidate.isAbsolute()) {
                return Files.isRegularFile(candidate) ? candidate : null;
            }
            Path dir = includingFile.toAbsolutePath().getParent();
            List<Path> dirs = new ArrayList<>();
            dirs.add(dir);
            dirs.addAll(includePath);
            for (Path d : dirs) {
                Path p = d.resolve(written).normalize();
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
            return null;
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The file's base name up to its last dot, as Apache names programs. */
    static String programName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        var decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }
}
