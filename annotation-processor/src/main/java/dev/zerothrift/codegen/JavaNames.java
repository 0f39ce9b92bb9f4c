package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;

import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;

import java.nio.file.Path;
import java.util.Set;

import javax.lang.model.SourceVersion;

/**
 * Java names for IDL elements: packages from {@code namespace java} (or {@code *}), and identifiers
 * that are Java keywords escaped. The schema never holds Java names; this class is where they are
 * decided.
 */
public final class JavaNames {
    private final Schema schema;

    public JavaNames(Schema schema) {
        this.schema = schema;
    }

    /**
     * The package of a program's code: its {@code java} namespace, else its {@code *} one, else the
     * unnamed package (as the Apache compiler does).
     */
    public static String packageOf(Program program) {
        return program.namespace("java").orElse("");
    }

    /** The class generated for a top-level definition of the program at {@code file}. */
    public ClassName className(Path file, String name) {
        Program program =
                schema.program(file)
                        .orElseThrow(
                                () -> new IllegalArgumentException("not in the schema: " + file));
        return ClassName.get(packageOf(program), identifier(name));
    }

    /** The class generated for {@code definition}, a definition of {@code program}. */
    public static ClassName className(Program program, Definition definition) {
        return ClassName.get(packageOf(program), identifier(definition.name()));
    }

    /** {@code name} as a Java identifier: a keyword or literal gets a trailing underscore. */
    public static String identifier(String name) {
        return SourceVersion.isKeyword(name) || RESTRICTED.contains(name) ? name + "_" : name;
    }

    /** The methods every Java object has: no generated member may take their names. */
    static final Set<String> OBJECT_METHODS =
            Set.of(
                    "equals",
                    "hashCode",
                    "toString",
                    "getClass",
                    "notify",
                    "notifyAll",
                    "wait",
                    "clone",
                    "finalize");

    /** Names that are not keywords but cannot name a type or would be confusing as one. */
    private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "_");
}
