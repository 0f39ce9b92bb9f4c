package dev.zerothrift.processor;

import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.StructType;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A schema as text, everything that decides the generated code and the wire format (programs,
 * namespaces, includes, definitions, ids, requiredness, types) and nothing that cannot be the same
 * for a Java-first schema and its IDL twin (file paths, source locations, doc comments).
 * Definitions are sorted by name: their order decides only the order files are written in.
 */
final class SchemaText {
    private SchemaText() {}

    static String of(Schema schema) {
        StringBuilder out = new StringBuilder();
        for (Program program : schema.roots()) {
            out.append("program ").append(program.name()).append('\n');
            program.namespaces()
                    .forEach(
                            (k, v) ->
                                    out.append("  namespace ")
                                            .append(k)
                                            .append(' ')
                                            .append(v)
                                            .append('\n'));
            for (Program.Include include : program.includes()) {
                out.append("  include ").append(include.program()).append('\n');
            }
            List<Definition> definitions =
                    program.definitions().stream()
                            .sorted(Comparator.comparing(Definition::name))
                            .toList();
            for (Definition d : definitions) {
                out.append(definition(d));
            }
        }
        return out.toString();
    }

    private static String definition(Definition d) {
        if (d instanceof StructType s) {
            return "  "
                    + s.kind()
                    + " "
                    + s.program()
                    + "."
                    + s.name()
                    + "\n"
                    + s.fields().stream()
                            .map(f -> "    " + field(f) + "\n")
                            .collect(Collectors.joining());
        }
        if (d instanceof EnumType e) {
            return "  enum "
                    + e.qualifiedName()
                    + e.members().stream()
                            .map(m -> " " + m.name() + "=" + m.value())
                            .collect(Collectors.joining())
                    + "\n";
        }
        if (d instanceof Service s) {
            StringBuilder out =
                    new StringBuilder(
                            "  service "
                                    + s.qualifiedName()
                                    + s.base().map(b -> " extends " + b.qualifiedName()).orElse("")
                                    + "\n");
            for (Service.Function f : s.functions()) {
                out.append("    ")
                        .append(f.oneway() ? "oneway " : "")
                        .append(f.returnType().map(t -> t.describe()).orElse("void"))
                        .append(' ')
                        .append(f.name())
                        .append('(')
                        .append(
                                f.params().stream()
                                        .map(SchemaText::field)
                                        .collect(Collectors.joining(", ")))
                        .append(") throws (")
                        .append(
                                f.exceptions().stream()
                                        .map(SchemaText::field)
                                        .collect(Collectors.joining(", ")))
                        .append(")\n");
            }
            return out.toString();
        }
        return "  " + d.getClass().getSimpleName() + " " + d.qualifiedName() + "\n";
    }

    private static String field(Field f) {
        return f.id()
                + (f.implicitId() ? " (implicit)" : "")
                + ": "
                + f.requiredness()
                + " "
                + f.type().describe()
                + " "
                + f.name()
                + f.defaultValue().map(v -> " = " + v).orElse("")
                + (f.annotations().isEmpty() ? "" : " " + f.annotations());
    }
}
