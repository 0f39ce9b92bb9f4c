package dev.zerothrift.codegen;

import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

/**
 * Java code in a package cannot name a class of the unnamed package. A program with a {@code
 * namespace java} whose structs use a type of an included program without one would generate code
 * that cannot compile, so the generator says so instead, with the fix.
 */
final class UnnamedPackageCheck {
    private UnnamedPackageCheck() {}

    static void check(Schema schema, Program program) {
        if (JavaNames.packageOf(program).isEmpty()) {
            return;
        }
        for (StructType struct : program.structs()) {
            for (Field field : struct.fields()) {
                check(schema, program, struct, field, field.type());
            }
        }
    }

    private static void check(
            Schema schema, Program program, StructType struct, Field field, ThriftType type) {
        ThriftType t = schema.trueType(type);
        if (t instanceof ListType list) {
            check(schema, program, struct, field, list.element());
        } else if (t instanceof SetType set) {
            check(schema, program, struct, field, set.element());
        } else if (t instanceof MapType map) {
            check(schema, program, struct, field, map.key());
            check(schema, program, struct, field, map.value());
        } else if (t instanceof NamedType named) {
            Program other = schema.program(named.file()).orElseThrow();
            if (JavaNames.packageOf(other).isEmpty()) {
                throw new GeneratorException(
                        program.path()
                                + ": field '"
                                + field.name()
                                + "' of "
                                + struct.name()
                                + " has type "
                                + named.qualifiedName()
                                + ", from "
                                + other.path()
                                + ", which has no 'namespace java': Java code in package "
                                + JavaNames.packageOf(program)
                                + " cannot refer to the unnamed package; add a 'namespace java'"
                                + " to "
                                + other.path().getFileName());
            }
        }
    }
}
