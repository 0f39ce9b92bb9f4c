package dev.zerothrift.idl.internal;

import dev.zerothrift.idl.Location;
import dev.zerothrift.idl.schema.Annotations;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.ThriftType;
import dev.zerothrift.idl.syntax.ConstValueElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a constant value as written against its declared type and produces the typed value.
 * Follows the Apache compiler: {@code true}/{@code false} are the integers 1 and 0, an integer is a
 * valid double, enum values are written {@code Enum.MEMBER} (or as a declared integer value), and a
 * constant may name only constants defined before it. Unlike Apache, integers must fit their type.
 */
final class ConstTyper {
    private static final Pattern UUID_TEXT =
            Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Linker linker;
    private final ErrorCollector errors;

    ConstTyper(Linker linker, ErrorCollector errors) {
        this.linker = linker;
        this.errors = errors;
    }

    /** A reference to a constant or an enum member. */
    private sealed interface Ref {}

    private record ConstRef(Constant constant, ThriftType trueType) implements Ref {}

    private record MemberRef(NamedType enumType, EnumType.Member member) implements Ref {}

    /** The typed value, or null when it does not fit (reported). */
    ConstValue value(ConstValueElement v, ThriftType declared, String context) {
        ThriftType type = linker.trueType(declared);
        if (type == null) {
            return null;
        }
        EnumType enumType = type instanceof NamedType n ? linker.enumOf(n) : null;
        if (enumType != null) {
            return enumValue(v, ((NamedType) type).bare(), enumType, context);
        }
        if (v instanceof ConstValueElement.Identifier id) {
            Ref ref = resolve(id, context);
            if (ref == null) {
                return null;
            }
            ConstValue source =
                    ref instanceof ConstRef c
                            ? c.constant().value()
                            : new ConstValue.IntValue(((MemberRef) ref).member().value());
            ConstValue converted = convert(source, type);
            return converted != null ? converted : wrongType(v, type.describe(), context);
        }
        if (type instanceof BaseType base) {
            return base(v, base.kind(), context);
        } else if (type instanceof ListType list) {
            if (v instanceof ConstValueElement.ListLiteral literal) {
                List<ConstValue> elements = elements(literal, list.element(), context);
                return elements == null ? null : new ConstValue.ListValue(elements);
            }
            if (isEmptyMap(v)) {
                return new ConstValue.ListValue(List.of());
            }
        } else if (type instanceof SetType set) {
            if (v instanceof ConstValueElement.ListLiteral literal) {
                List<ConstValue> elements = elements(literal, set.element(), context);
                return elements == null ? null : new ConstValue.SetValue(elements);
            }
            if (isEmptyMap(v)) {
                return new ConstValue.SetValue(List.of());
            }
        } else if (type instanceof MapType map) {
            if (v instanceof ConstValueElement.MapLiteral literal) {
                // As Apache's std::map: a key written twice keeps its last value.
                Map<ConstValue, ConstValue> entries = new LinkedHashMap<>();
                boolean ok = true;
                for (ConstValueElement.Entry e : literal.entries()) {
                    ConstValue key = value(e.key(), map.key(), context);
                    ConstValue value = value(e.value(), map.value(), context);
                    ok &= key != null && value != null;
                    if (key != null && entries.containsKey(key)) {
                        errors.warning(
                                e.key().location(),
                                "duplicate key in map constant: %s (the last value is kept)",
                                describe(e.key()));
                    }
                    if (ok) {
                        entries.put(key, value);
                    }
                }
                if (!ok) {
                    return null;
                }
                List<ConstValue.Entry> list = new ArrayList<>();
                entries.forEach((key, value) -> list.add(new ConstValue.Entry(key, value)));
                return new ConstValue.MapValue(list);
            }
            if (v instanceof ConstValueElement.ListLiteral l && l.elements().isEmpty()) {
                return new ConstValue.MapValue(List.of()); // Apache accepts [] for an empty map
            }
        } else if (type instanceof NamedType named && linker.structKindOf(named) != null) {
            if (v instanceof ConstValueElement.MapLiteral literal) {
                return struct(literal, named.bare(), context);
            }
        } else {
            return null; // an unresolved type, already reported
        }
        return wrongType(v, type.describe(), context);
    }

    /** {@code {}}: Apache accepts it for an empty list or set. */
    private static boolean isEmptyMap(ConstValueElement v) {
        return v instanceof ConstValueElement.MapLiteral m && m.entries().isEmpty();
    }

    private List<ConstValue> elements(
            ConstValueElement.ListLiteral literal, ThriftType elementType, String context) {
        List<ConstValue> elements = new ArrayList<>();
        boolean ok = true;
        for (ConstValueElement e : literal.elements()) {
            ConstValue value = value(e, elementType, context);
            ok &= value != null;
            elements.add(value);
        }
        return ok ? elements : null;
    }

    /** A literal of a base type. */
    private ConstValue base(ConstValueElement v, BaseType.Kind kind, String context) {
        switch (kind) {
            case BOOL, I8, I16, I32, I64 -> {
                if (!(v instanceof ConstValueElement.IntLiteral i)) {
                    return wrongType(v, kind.idlName(), context);
                }
                ConstValue value = convert(new ConstValue.IntValue(i.value()), kind);
                if (value == null) {
                    errors.error(
                            v.location(),
                            "value out of range for %s: %s (in %s)",
                            kind.idlName(),
                            i.text(),
                            context);
                }
                return value;
            }
            case DOUBLE -> {
                if (v instanceof ConstValueElement.IntLiteral i) {
                    return new ConstValue.DoubleValue(i.value());
                } else if (v instanceof ConstValueElement.DoubleLiteral d) {
                    return new ConstValue.DoubleValue(d.value());
                }
                return wrongType(v, "double", context);
            }
            case STRING, BINARY -> {
                if (v instanceof ConstValueElement.StringLiteral s) {
                    return new ConstValue.StringValue(s.value());
                }
                return wrongType(v, kind.idlName(), context);
            }
            default -> {
                if (!(v instanceof ConstValueElement.StringLiteral s)) {
                    return wrongType(v, "uuid", context);
                }
                String text = s.value();
                if (text.length() == 38 && text.startsWith("{") && text.endsWith("}")) {
                    text = text.substring(1, 37);
                }
                if (!UUID_TEXT.matcher(text).matches()) {
                    errors.error(
                            v.location(), "not a valid uuid: \"%s\" (in %s)", s.value(), context);
                    return null;
                }
                return new ConstValue.UuidValue(UUID.fromString(text));
            }
        }
    }

    /**
     * The value of a referenced constant (or an enum member's integer) as a value of another type,
     * as Apache copies it; null when it does not fit.
     */
    private ConstValue convert(ConstValue value, ThriftType target) {
        ThriftType type = linker.trueType(target);
        if (type instanceof BaseType base) {
            return convert(value, base.kind());
        } else if (type instanceof ListType list) {
            List<ConstValue> elements = convertAll(elementsOf(value), list.element());
            return elements == null ? null : new ConstValue.ListValue(elements);
        } else if (type instanceof SetType set) {
            List<ConstValue> elements = convertAll(elementsOf(value), set.element());
            return elements == null ? null : new ConstValue.SetValue(elements);
        } else if (type instanceof MapType map) {
            if (!(value instanceof ConstValue.MapValue m)) {
                return null;
            }
            List<ConstValue.Entry> entries = new ArrayList<>();
            for (ConstValue.Entry e : m.entries()) {
                ConstValue key = convert(e.key(), map.key());
                ConstValue val = convert(e.value(), map.value());
                if (key == null || val == null) {
                    return null;
                }
                entries.add(new ConstValue.Entry(key, val));
            }
            return new ConstValue.MapValue(entries);
        } else if (type instanceof NamedType named) {
            if (value instanceof ConstValue.EnumValue e && e.enumType().equals(named.bare())) {
                return e;
            } else if (value instanceof ConstValue.StructValue s && s.type().equals(named.bare())) {
                return s;
            }
        }
        return null;
    }

    private static List<ConstValue> elementsOf(ConstValue value) {
        if (value instanceof ConstValue.ListValue l) {
            return l.elements();
        } else if (value instanceof ConstValue.SetValue s) {
            return s.elements();
        }
        return null;
    }

    private List<ConstValue> convertAll(List<ConstValue> values, ThriftType elementType) {
        if (values == null) {
            return null;
        }
        List<ConstValue> converted = new ArrayList<>();
        for (ConstValue v : values) {
            ConstValue c = convert(v, elementType);
            if (c == null) {
                return null;
            }
            converted.add(c);
        }
        return converted;
    }

    private static ConstValue convert(ConstValue value, BaseType.Kind kind) {
        Long integer = null;
        if (value instanceof ConstValue.IntValue i) {
            integer = i.value();
        } else if (value instanceof ConstValue.BoolValue b) {
            integer = b.value() ? 1L : 0L;
        } else if (value instanceof ConstValue.EnumValue e) {
            integer = (long) e.value();
        }
        switch (kind) {
            case BOOL:
                return integer != null && (integer == 0 || integer == 1)
                        ? new ConstValue.BoolValue(integer == 1)
                        : null;
            case I8, I16, I32, I64:
                return integer != null && fits(integer, kind)
                        ? new ConstValue.IntValue(integer)
                        : null;
            case DOUBLE:
                if (value instanceof ConstValue.DoubleValue) {
                    return value;
                }
                return integer != null ? new ConstValue.DoubleValue(integer) : null;
            case STRING, BINARY:
                return value instanceof ConstValue.StringValue ? value : null;
            default:
                return value instanceof ConstValue.UuidValue ? value : null;
        }
    }

    private static boolean fits(long value, BaseType.Kind kind) {
        return switch (kind) {
            case I8 -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case I16 -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case I32 -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            default -> true;
        };
    }

    private ConstValue enumValue(
            ConstValueElement v, NamedType named, EnumType enumType, String context) {
        if (v instanceof ConstValueElement.IntLiteral i) {
            for (EnumType.Member m : enumType.members()) {
                if (m.value() == i.value()) {
                    return new ConstValue.EnumValue(named, m.name(), m.value());
                }
            }
            errors.error(
                    v.location(),
                    "unknown enum value: %s has no member with value %d (in %s)",
                    enumType.name(),
                    i.value(),
                    context);
            return null;
        }
        if (!(v instanceof ConstValueElement.Identifier id)) {
            return wrongType(v, enumType.name(), context);
        }
        if (named.file().equals(linker.path()) && !linker.enumDefined(named.name())) {
            errors.error(
                    v.location(),
                    "enum used before its definition: %s (in %s)",
                    named.name(),
                    context);
            return null;
        }
        if (!id.name().contains(".")) {
            // Apache requires the qualified form, even for a constant of the enum's type.
            errors.error(
                    v.location(),
                    "unqualified enum member: %s (write %s.MEMBER)",
                    id.name(),
                    enumType.name());
            return null;
        }
        // As Apache: only the member name (after the last dot) counts, looked up in the declared
        // enum, even when the prefix names another enum.
        String member = id.name().substring(id.name().lastIndexOf('.') + 1);
        var found = enumType.member(member);
        if (found.isEmpty()) {
            errors.error(
                    v.location(),
                    "not a member of enum %s: %s (in %s)",
                    enumType.name(),
                    id.name(),
                    context);
            return null;
        }
        String prefix = id.name().substring(0, id.name().length() - member.length() - 1);
        if (!prefix.equals(enumType.name()) && !prefix.equals(named.qualifiedName())) {
            errors.warning(
                    v.location(),
                    "%s names another enum than %s: taken as %s.%s",
                    id.name(),
                    enumType.name(),
                    enumType.name(),
                    member);
        }
        return new ConstValue.EnumValue(named, member, found.get().value());
    }

    private ConstValue struct(
            ConstValueElement.MapLiteral literal, NamedType named, String context) {
        Map<String, ThriftType> fieldTypes = linker.structFields(named);
        Map<String, ConstValue> fields = new LinkedHashMap<>();
        boolean ok = true;
        for (ConstValueElement.Entry e : literal.entries()) {
            if (!(e.key() instanceof ConstValueElement.StringLiteral key)) {
                errors.error(
                        e.key().location(),
                        "struct constant keys must be field names in quotes: %s (in %s)",
                        describe(e.key()),
                        context);
                ok = false;
                continue;
            }
            ThriftType fieldType = fieldTypes.get(key.value());
            if (fieldType == null) {
                errors.error(
                        e.key().location(),
                        "unknown field: %s has no field %s (in %s)",
                        named.name(),
                        key.value(),
                        context);
                ok = false;
                continue;
            }
            ConstValue value = value(e.value(), fieldType, context);
            ok &= value != null;
            fields.put(key.value(), value);
        }
        return ok ? new ConstValue.StructValue(named, fields) : null;
    }

    private ConstValue wrongType(ConstValueElement v, String expected, String context) {
        errors.error(v.location(), "not a %s: %s (in %s)", expected, describe(v), context);
        return null;
    }

    private static String describe(ConstValueElement v) {
        if (v instanceof ConstValueElement.IntLiteral i) {
            return i.text();
        } else if (v instanceof ConstValueElement.DoubleLiteral d) {
            return d.text();
        } else if (v instanceof ConstValueElement.StringLiteral s) {
            return "\"" + s.value() + "\"";
        } else if (v instanceof ConstValueElement.Identifier id) {
            return id.name();
        } else if (v instanceof ConstValueElement.ListLiteral) {
            return "a list";
        }
        return "a map";
    }

    /** Finds what an identifier names; null when it names nothing (reported). */
    private Ref resolve(ConstValueElement.Identifier id, String context) {
        String name = id.name();
        Constant local = linker.constants().get(name);
        if (local != null) {
            return new ConstRef(local, linker.trueType(local.type()));
        }
        Location location = id.location();
        int dot = name.indexOf('.');
        if (dot > 0) {
            String head = name.substring(0, dot);
            String rest = name.substring(dot + 1);
            EnumType localEnum = linker.localEnums().get(head);
            if (localEnum != null && !rest.contains(".")) {
                if (!linker.enumDefined(head)) {
                    errors.error(
                            location, "enum used before its definition: %s (in %s)", head, context);
                    return null;
                }
                var member = localEnum.member(rest);
                if (member.isPresent()) {
                    return new MemberRef(
                            new NamedType(linker.path(), linker.name(), head, Annotations.NONE),
                            member.get());
                }
                errors.error(location, "unknown enum member: %s (in %s)", name, context);
                return null;
            }
            Linker.LinkedInclude include = linker.includeOf(name);
            if (include != null) {
                if (include.program() == null) {
                    return null;
                }
                String inInclude = name.substring(include.name().length() + 1);
                int second = inInclude.indexOf('.');
                String first = second < 0 ? inInclude : inInclude.substring(0, second);
                Definition d = include.program().definition(first).orElse(null);
                if (second < 0 && d instanceof Constant c) {
                    return new ConstRef(c, linker.trueType(c.type()));
                }
                if (second > 0 && d instanceof EnumType e) {
                    var member = e.member(inInclude.substring(second + 1));
                    if (member.isPresent()) {
                        return new MemberRef(
                                new NamedType(
                                        include.program().path(),
                                        include.program().name(),
                                        e.name(),
                                        Annotations.NONE),
                                member.get());
                    }
                    errors.error(location, "unknown enum member: %s (in %s)", name, context);
                    return null;
                }
            }
        }
        if (linker.constDecls().containsKey(name)) {
            errors.error(
                    location, "constant used before its definition: %s (in %s)", name, context);
        } else {
            errors.error(location, "unknown constant: %s (in %s)", name, context);
        }
        return null;
    }
}
