package dev.zerothrift.idl.internal;

import dev.zerothrift.idl.schema.Annotation;
import dev.zerothrift.idl.schema.Annotations;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;
import dev.zerothrift.idl.schema.Typedef;
import dev.zerothrift.idl.syntax.AnnotationElement;
import dev.zerothrift.idl.syntax.DefinitionElement;
import dev.zerothrift.idl.syntax.FieldElement;
import dev.zerothrift.idl.syntax.ProgramElement;
import dev.zerothrift.idl.syntax.TypeElement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves one parsed program into a {@link Program}, against the programs it includes (linked
 * before it). Follows the Apache compiler's rules: types may be used before their definition,
 * constants and base services only after theirs; qualified names reach only direct includes.
 */
public final class Linker {
    /**
     * An include of the program being linked.
     *
     * @param program the included program, or null when it could not be loaded (already reported).
     */
    public record LinkedInclude(String written, String name, Program program) {}

    private final ProgramElement element;
    private final Path path;
    private final String name;
    private final List<LinkedInclude> includes;
    private final ErrorCollector errors;
    private final boolean allowNegativeFieldIds;
    private final Map<Path, Program> linked;

    private final Map<String, DefinitionElement> localTypes = new HashMap<>();
    private final Map<String, DefinitionElement.Service> localServices = new HashMap<>();
    private final Map<String, DefinitionElement.Const> localConstDecls = new HashMap<>();
    private final Map<String, EnumType> localEnums = new HashMap<>();
    private final Set<String> definedEnums = new HashSet<>();
    private final Map<String, ThriftType> typedefTargets = new HashMap<>();
    private final Map<String, Map<String, ThriftType>> structFieldTypes = new HashMap<>();
    private final Map<String, StructType.Kind> structKinds = new HashMap<>();
    private final Map<FieldElement, ThriftType> fieldTypes = new IdentityHashMap<>();
    private final Map<String, Constant> constants = new HashMap<>();
    private final Map<String, Service> services = new HashMap<>();
    private final ConstTyper typer;
    private final TypeResolver types;
    private final FieldLinker fieldLinker;

    public Linker(
            ProgramElement element,
            Path path,
            String name,
            List<LinkedInclude> includes,
            Map<Path, Program> linked,
            ErrorCollector errors,
            boolean allowNegativeFieldIds,
            boolean lenientTypedefs) {
        // lenientTypedefs: the program is only included, see TypeResolver.
        this.element = element;
        this.path = path;
        this.name = name;
        this.includes = includes;
        this.errors = errors;
        this.allowNegativeFieldIds = allowNegativeFieldIds;
        this.linked = linked;
        this.typer = new ConstTyper(this, errors);
        this.types = new TypeResolver(this, errors, lenientTypedefs);
        this.fieldLinker = new FieldLinker(this, typer, errors, allowNegativeFieldIds);
    }

    /** Links the program; errors go to the collector and the result then may lack parts. */
    public Program link() {
        declare();
        for (DefinitionElement d : element.definitions()) {
            if (d instanceof DefinitionElement.Enum e && localTypes.get(e.name()) == e) {
                localEnums.put(e.name(), enumType(e));
            }
        }
        for (DefinitionElement d : element.definitions()) {
            if (d instanceof DefinitionElement.Typedef t) {
                typedefTargets.put(t.name(), types.resolveTypedefTarget(t.type()));
            }
        }
        checkTypedefCycles();
        for (DefinitionElement d : element.definitions()) {
            if (d instanceof DefinitionElement.Struct s) {
                Map<String, ThriftType> types = new LinkedHashMap<>();
                for (FieldElement f : s.fields()) {
                    ThriftType t = type(f.type());
                    fieldTypes.put(f, t);
                    types.putIfAbsent(f.name(), t);
                }
                structFieldTypes.putIfAbsent(s.name(), types);
                structKinds.putIfAbsent(s.name(), kind(s.kind()));
            }
        }

        List<Definition> definitions = new ArrayList<>();
        for (DefinitionElement d : element.definitions()) {
            Definition linked = define(d);
            if (linked != null) {
                definitions.add(linked);
            }
        }
        Map<String, String> namespaces = new LinkedHashMap<>();
        Map<String, Annotations> namespaceAnnotations = new LinkedHashMap<>();
        for (ProgramElement.Namespace ns : element.namespaces()) {
            namespaces.put(ns.scope(), ns.name());
            if (!ns.annotations().isEmpty()) {
                namespaceAnnotations.put(ns.scope(), annotations(ns.annotations()));
            }
        }
        List<Program.Include> programIncludes = new ArrayList<>();
        for (LinkedInclude include : includes) {
            if (include.program() != null) {
                programIncludes.add(
                        new Program.Include(
                                include.written(), include.program().path(), include.name()));
            }
        }
        return new Program(
                path,
                name,
                element.doc(),
                namespaces,
                namespaceAnnotations,
                programIncludes,
                element.cppIncludes().stream().map(ProgramElement.CppInclude::path).toList(),
                definitions);
    }

    // ---- Names ----

    private void declare() {
        for (DefinitionElement d : element.definitions()) {
            if (d instanceof DefinitionElement.Const c) {
                DefinitionElement.Const previous = localConstDecls.putIfAbsent(c.name(), c);
                if (previous != null) {
                    errors.error(
                            c.location(),
                            "duplicate constant: %s (first defined at line %d)",
                            c.name(),
                            previous.location().line());
                }
                continue;
            }
            DefinitionElement previous =
                    localTypes.containsKey(d.name())
                            ? localTypes.get(d.name())
                            : localServices.get(d.name());
            if (previous != null) {
                errors.error(
                        d.location(),
                        "duplicate definition: %s (first defined at line %d)",
                        d.name(),
                        previous.location().line());
                continue;
            }
            if (d instanceof DefinitionElement.Service s) {
                localServices.put(s.name(), s);
            } else {
                localTypes.put(d.name(), d);
            }
            for (LinkedInclude include : includes) {
                Program other = include.program();
                if (other != null
                        && other.definition(d.name())
                                .filter(o -> !(o instanceof Constant))
                                .isPresent()
                        && sameNamespaces(other)) {
                    // Apache rejects this: generated code of the two would collide.
                    errors.error(
                            d.location(),
                            "duplicate definition: %s is also defined in included program %s, which"
                                    + " has the same namespaces",
                            d.name(),
                            other.name());
                }
            }
        }
    }

    /** Apache's test for names that would collide: every namespace either declares agrees. */
    private boolean sameNamespaces(Program other) {
        Map<String, String> mine = new LinkedHashMap<>();
        element.namespaces().forEach(ns -> mine.put(ns.scope(), ns.name()));
        for (var entry : other.namespaces().entrySet()) {
            String ours =
                    mine.containsKey(entry.getKey()) ? mine.get(entry.getKey()) : mine.get("*");
            if (!entry.getValue().equals(ours)) {
                return false;
            }
        }
        for (var entry : mine.entrySet()) {
            if (!entry.getValue().equals(other.namespace(entry.getKey()).orElse(null))) {
                return false;
            }
        }
        return true;
    }

    LinkedInclude include(String programName) {
        for (LinkedInclude include : includes) {
            if (include.name().equals(programName)) {
                return include;
            }
        }
        return null;
    }

    /**
     * The include a qualified name starts with ({@code inc.Name}; program names may contain dots,
     * as {@code a.b.c} for {@code a.b.c.thrift}), the longest name that matches; null if none.
     * Several includes may share a name (same base name, other directories): as in Apache's merged
     * scope, the last of them that defines the name wins.
     */
    LinkedInclude includeOf(String qualified) {
        int longest = -1;
        for (LinkedInclude include : includes) {
            if (qualified.startsWith(include.name() + ".")) {
                longest = Math.max(longest, include.name().length());
            }
        }
        if (longest < 0) {
            return null;
        }
        String rest = qualified.substring(longest + 1);
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        LinkedInclude chosen = null;
        for (LinkedInclude include : includes) {
            if (include.name().length() != longest || !qualified.startsWith(include.name() + ".")) {
                continue;
            }
            if (chosen == null
                    || (include.program() != null
                            && include.program().definition(first).isPresent())) {
                chosen = include;
            }
        }
        return chosen;
    }

    Path path() {
        return path;
    }

    String name() {
        return name;
    }

    Map<String, Constant> constants() {
        return constants;
    }

    Map<String, DefinitionElement.Const> constDecls() {
        return localConstDecls;
    }

    Map<String, EnumType> localEnums() {
        return localEnums;
    }

    /**
     * Whether a local enum's definition has been passed: as in Apache, a constant or default may
     * name an enum's members only after it.
     */
    boolean enumDefined(String name) {
        return definedEnums.contains(name);
    }

    // ---- Types ----

    ThriftType type(TypeElement t) {
        return types.resolve(t);
    }

    Map<String, DefinitionElement> localTypes() {
        return localTypes;
    }

    Map<String, DefinitionElement.Service> localServices() {
        return localServices;
    }

    private void checkTypedefCycles() {
        for (DefinitionElement d : element.definitions()) {
            if (d instanceof DefinitionElement.Typedef t && typedefTargets.get(t.name()) != null) {
                Set<String> seen = new HashSet<>();
                ThriftType target = typedefTargets.get(t.name());
                seen.add(t.name());
                while (target instanceof NamedType n
                        && n.file().equals(path)
                        && typedefTargets.containsKey(n.name())) {
                    if (!seen.add(n.name())) {
                        errors.error(t.location(), "typedef cycle: %s", t.name());
                        typedefTargets.put(t.name(), null);
                        break;
                    }
                    target = typedefTargets.get(n.name());
                }
            }
        }
    }

    /** The type with typedefs seen through; null for a broken typedef. */
    ThriftType trueType(ThriftType type) {
        ThriftType t = type;
        for (int guard = 0; guard < 1000 && t instanceof NamedType n; guard++) {
            if (n.file().equals(path)) {
                if (!typedefTargets.containsKey(n.name())) {
                    return t;
                }
                t = typedefTargets.get(n.name());
            } else {
                Definition d = definitionIn(n);
                if (!(d instanceof Typedef typedef)) {
                    return t;
                }
                t = typedef.type();
            }
        }
        return t;
    }

    private Definition definitionIn(NamedType n) {
        Program program = linked.get(n.file());
        return program == null ? null : program.definition(n.name()).orElse(null);
    }

    /** The enum a (true) named type is, or null. */
    EnumType enumOf(NamedType n) {
        if (n.file().equals(path)) {
            return localEnums.get(n.name());
        }
        return definitionIn(n) instanceof EnumType e ? e : null;
    }

    /** The kind of struct a (true) named type is, or null. */
    StructType.Kind structKindOf(NamedType n) {
        if (n.file().equals(path)) {
            return structKinds.get(n.name());
        }
        return definitionIn(n) instanceof StructType s ? s.kind() : null;
    }

    /** Field name to type of a struct, union or exception. */
    Map<String, ThriftType> structFields(NamedType n) {
        if (n.file().equals(path)) {
            return structFieldTypes.getOrDefault(n.name(), Map.of());
        }
        Map<String, ThriftType> fields = new LinkedHashMap<>();
        if (definitionIn(n) instanceof StructType s) {
            for (Field f : s.fields()) {
                fields.putIfAbsent(f.name(), f.type());
            }
        }
        return fields;
    }

    // ---- Definitions ----

    private Definition define(DefinitionElement d) {
        if (d instanceof DefinitionElement.Const c) {
            if (localConstDecls.get(c.name()) != c) {
                return null;
            }
            ThriftType type = type(c.type());
            if (type == null) {
                return null;
            }
            ConstValue value = typer.value(c.value(), type, c.name());
            if (value == null) {
                return null;
            }
            Constant constant =
                    new Constant(
                            c.name(),
                            name,
                            type,
                            value,
                            c.doc(),
                            annotations(c.annotations()),
                            c.location());
            constants.put(c.name(), constant);
            return constant;
        }
        boolean first = localTypes.get(d.name()) == d || localServices.get(d.name()) == d;
        if (!first) {
            return null;
        }
        if (d instanceof DefinitionElement.Typedef t) {
            ThriftType target = typedefTargets.get(t.name());
            return target == null
                    ? null
                    : new Typedef(
                            t.name(),
                            name,
                            target,
                            t.doc(),
                            annotations(t.annotations()),
                            t.location());
        } else if (d instanceof DefinitionElement.Enum e) {
            definedEnums.add(e.name());
            return localEnums.get(e.name());
        } else if (d instanceof DefinitionElement.Struct s) {
            StructType.Kind kind = kind(s.kind());
            FieldLinker.Kind list =
                    switch (kind) {
                        case UNION -> FieldLinker.Kind.UNION;
                        case EXCEPTION -> FieldLinker.Kind.EXCEPTION;
                        default -> FieldLinker.Kind.STRUCT;
                    };
            return new StructType(
                    kind,
                    s.name(),
                    name,
                    fieldLinker.fields(s.fields(), list),
                    s.doc(),
                    annotations(s.annotations()),
                    s.location());
        }
        return service((DefinitionElement.Service) d);
    }

    private static StructType.Kind kind(DefinitionElement.StructKind kind) {
        return switch (kind) {
            case UNION -> StructType.Kind.UNION;
            case EXCEPTION -> StructType.Kind.EXCEPTION;
            default -> StructType.Kind.STRUCT;
        };
    }

    private EnumType enumType(DefinitionElement.Enum e) {
        List<EnumType.Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long next = -1;
        for (DefinitionElement.EnumValue v : e.values()) {
            if (v.value() != null) {
                if (v.value() < Integer.MIN_VALUE || v.value() > Integer.MAX_VALUE) {
                    errors.error(
                            v.location(),
                            "value out of range for i32: %s.%s = %d",
                            e.name(),
                            v.name(),
                            v.value());
                    continue;
                }
                next = v.value();
            } else {
                if (next == Integer.MAX_VALUE) {
                    errors.error(
                            v.location(), "value out of range for i32: %s.%s", e.name(), v.name());
                    continue;
                }
                next++;
            }
            if (!names.add(v.name())) {
                errors.error(v.location(), "duplicate enum member: %s.%s", e.name(), v.name());
                continue;
            }
            members.add(
                    new EnumType.Member(
                            v.name(),
                            (int) next,
                            v.doc(),
                            annotations(v.annotations()),
                            v.location()));
        }
        return new EnumType(
                e.name(), name, members, e.doc(), annotations(e.annotations()), e.location());
    }

    private Service service(DefinitionElement.Service s) {
        Optional<Service> base = Optional.empty();
        if (s.extendsName() != null) {
            Service found = baseService(s);
            if (found == null) {
                return null;
            }
            base = Optional.of(found);
        }
        List<Service.Function> functions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DefinitionElement.Function f : s.functions()) {
            if (!names.add(f.name())) {
                errors.error(f.location(), "duplicate function: %s.%s", s.name(), f.name());
                continue;
            }
            Optional<ThriftType> returnType = Optional.empty();
            if (f.returnType() != null) {
                ThriftType t = type(f.returnType());
                if (t == null) {
                    continue;
                }
                returnType = Optional.of(t);
            }
            for (FieldElement p : f.params()) {
                fieldTypes.put(p, type(p.type()));
            }
            for (FieldElement x : f.throwsFields()) {
                ThriftType t = type(x.type());
                fieldTypes.put(x, t);
                if (t != null
                        && !(trueType(t) instanceof NamedType n
                                && structKindOf(n) == StructType.Kind.EXCEPTION)) {
                    errors.error(
                            x.location(),
                            "not an exception: %s (in throws of %s)",
                            t.describe(),
                            f.name());
                }
            }
            if (f.oneway() && returnType.isPresent()) {
                errors.error(f.location(), "oneway function must return void: %s", f.name());
            }
            if (f.oneway() && !f.throwsFields().isEmpty()) {
                errors.error(f.location(), "oneway function cannot throw: %s", f.name());
            }
            functions.add(
                    new Service.Function(
                            f.name(),
                            f.oneway(),
                            returnType,
                            fieldLinker.fields(f.params(), FieldLinker.Kind.ARGS),
                            fieldLinker.fields(f.throwsFields(), FieldLinker.Kind.THROWS),
                            f.doc(),
                            annotations(f.annotations()),
                            f.location()));
        }
        Service service =
                new Service(
                        s.name(),
                        name,
                        base,
                        functions,
                        s.doc(),
                        annotations(s.annotations()),
                        s.location());
        services.put(s.name(), service);
        return service;
    }

    private Service baseService(DefinitionElement.Service s) {
        String baseName = s.extendsName();
        if (services.containsKey(baseName)) {
            return services.get(baseName);
        }
        if (localServices.containsKey(baseName)) {
            errors.error(s.extendsLocation(), "service used before its definition: %s", baseName);
            return null;
        }
        LinkedInclude include = includeOf(baseName);
        if (include != null) {
            if (include.program() == null) {
                return null;
            }
            if (include.program()
                            .definition(baseName.substring(include.name().length() + 1))
                            .orElse(null)
                    instanceof Service found) {
                return found;
            }
        }
        errors.error(s.extendsLocation(), "unknown service: %s", baseName);
        return null;
    }

    static Annotations annotations(List<AnnotationElement> elements) {
        if (elements.isEmpty()) {
            return Annotations.NONE;
        }
        List<Annotation> list = new ArrayList<>();
        for (AnnotationElement a : elements) {
            list.add(new Annotation(a.name(), a.value(), a.location()));
        }
        return new Annotations(list);
    }

    /** The type of a field, resolved once (structs' fields are resolved before constants). */
    ThriftType fieldType(FieldElement f) {
        return fieldTypes.containsKey(f) ? fieldTypes.get(f) : type(f.type());
    }
}
