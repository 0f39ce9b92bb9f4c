package dev.zerothrift.idl.internal;

import dev.zerothrift.idl.Location;
import dev.zerothrift.idl.schema.Annotations;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;
import dev.zerothrift.idl.schema.Typedef;
import dev.zerothrift.idl.syntax.TypeElement;

import java.util.Optional;

/**
 * Resolves type elements of one program: base types, containers, and names looked up among the
 * program's own types (in any order, as Apache allows) or a direct include's ({@code inc.Name}).
 */
final class TypeResolver {
    private final Linker linker;
    private final ErrorCollector errors;
    private final boolean lenientTypedefs;
    private boolean inTypedef;
    private boolean byteWarned;

    /**
     * @param lenientTypedefs whether the program is only included: there, as in Apache, a typedef
     *     that cannot be resolved is a warning (the typedef is left out) rather than an error.
     */
    TypeResolver(Linker linker, ErrorCollector errors, boolean lenientTypedefs) {
        this.linker = linker;
        this.errors = errors;
        this.lenientTypedefs = lenientTypedefs;
    }

    /** Resolves the target of a typedef. */
    ThriftType resolveTypedefTarget(TypeElement t) {
        inTypedef = true;
        try {
            return resolve(t);
        } finally {
            inTypedef = false;
        }
    }

    /** The type a type element names; null when it names none (reported). */
    ThriftType resolve(TypeElement t) {
        Annotations annotations = Linker.annotations(t.annotations());
        if (t instanceof TypeElement.Base base) {
            if (base.keyword().equals("byte") && !byteWarned) {
                byteWarned = true;
                errors.warning(base.location(), "byte is an alias of i8: use i8 instead");
            }
            BaseType.Kind kind =
                    switch (base.keyword()) {
                        case "bool" -> BaseType.Kind.BOOL;
                        case "byte", "i8" -> BaseType.Kind.I8;
                        case "i16" -> BaseType.Kind.I16;
                        case "i32" -> BaseType.Kind.I32;
                        case "i64" -> BaseType.Kind.I64;
                        case "double" -> BaseType.Kind.DOUBLE;
                        case "binary" -> BaseType.Kind.BINARY;
                        case "uuid" -> BaseType.Kind.UUID;
                        default -> BaseType.Kind.STRING;
                    };
            return new BaseType(kind, annotations);
        } else if (t instanceof TypeElement.ListOf list) {
            ThriftType element = resolve(list.element());
            return element == null ? null : new ListType(element, annotations);
        } else if (t instanceof TypeElement.SetOf set) {
            ThriftType element = resolve(set.element());
            return element == null ? null : new SetType(element, annotations);
        } else if (t instanceof TypeElement.MapOf map) {
            ThriftType key = resolve(map.key());
            ThriftType value = resolve(map.value());
            return key == null || value == null ? null : new MapType(key, value, annotations);
        }
        return named((TypeElement.Named) t, annotations);
    }

    private ThriftType named(TypeElement.Named t, Annotations annotations) {
        String typeName = t.name();
        if (linker.localTypes().containsKey(typeName)) {
            return new NamedType(linker.path(), linker.name(), typeName, annotations);
        }
        int dot = typeName.indexOf('.');
        if (dot > 0) {
            Linker.LinkedInclude include = linker.includeOf(typeName);
            if (include != null) {
                String rest = typeName.substring(include.name().length() + 1);
                if (include.program() == null) {
                    return null; // its load failed, already reported
                }
                Optional<Definition> d = include.program().definition(rest);
                if (d.isPresent() && isType(d.get())) {
                    return new NamedType(
                            include.program().path(), include.program().name(), rest, annotations);
                }
                if (d.isPresent()) {
                    typeError(t.location(), "not a type: %s is a %s", typeName, kindName(d.get()));
                } else {
                    typeError(t.location(), "unknown type: %s", typeName);
                }
                return null;
            }
            typeError(
                    t.location(),
                    "unknown type: %s (no include named %s)",
                    typeName,
                    typeName.substring(0, dot));
            return null;
        }
        if (linker.constDecls().containsKey(typeName)) {
            typeError(t.location(), "not a type: %s is a constant", typeName);
        } else if (linker.localServices().containsKey(typeName)) {
            typeError(t.location(), "not a type: %s is a service", typeName);
        } else {
            typeError(t.location(), "unknown type: %s", typeName);
        }
        return null;
    }

    /**
     * Reports a type that cannot be resolved. In a typedef of a file that is only included, the
     * Apache compiler never resolves it unless used, so there it is a warning and the typedef is
     * left out of the schema (a use of it then is an unknown type).
     */
    private void typeError(Location location, String format, Object... args) {
        if (inTypedef && lenientTypedefs) {
            errors.warning(
                    location,
                    "%s; the typedef is left out (Apache accepts it in an included file)",
                    String.format(format, args));
        } else {
            errors.error(location, format, args);
        }
    }

    private static boolean isType(Definition d) {
        return d instanceof StructType || d instanceof EnumType || d instanceof Typedef;
    }

    private static String kindName(Definition d) {
        if (d instanceof Constant) {
            return "constant";
        } else if (d instanceof Service) {
            return "service";
        }
        return "type";
    }
}
