package dev.zerothrift.processor;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.idl.Location;
import dev.zerothrift.idl.schema.Annotations;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Turns Java-first types ({@code @ThriftStruct}, {@code @ThriftEnum}, {@code @ThriftService}) into
 * the same {@link Schema} model the IDL front end produces: one {@link Program} per package, the
 * definitions in the order given (the processor sorts them by name, for deterministic output).
 * Annotated types they refer to in other packages join the schema as included programs, as an IDL
 * file's includes do. Every problem is an error on the exact element.
 */
final class JavaFirstSchema {
    /**
     * The schema, or empty when an error was reported.
     *
     * @param options what to generate for each root program, by program path.
     */
    record Result(Optional<Schema> schema, Map<java.nio.file.Path, GeneratorOptions> options) {}

    private final Mirrors mirrors;
    private final Messager messager;
    private final Elements elements;
    private final JavaFirstPrograms programNames;
    private final JavaTypes types;
    private final javax.lang.model.util.Types typeUtils;

    private final Map<String, JavaFirstPrograms.ProgramName> programs = new LinkedHashMap<>();
    private final Map<String, Map<String, Definition>> definitions = new HashMap<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final Deque<TypeElement> pending = new ArrayDeque<>();
    private final Map<String, Optional<Service>> services = new HashMap<>();
    private boolean failed;

    JavaFirstSchema(
            Mirrors mirrors,
            Messager messager,
            Elements elements,
            javax.lang.model.util.Types typeUtils) {
        this.mirrors = mirrors;
        this.messager = messager;
        this.elements = elements;
        this.programNames = new JavaFirstPrograms(mirrors);
        this.types = new JavaTypes(messager, this::reference);
        this.typeUtils = typeUtils;
    }

    /** Builds the schema whose root programs hold {@code roots} (and the types they reach). */
    Result build(List<TypeElement> roots) {
        Set<String> rootPackages = new LinkedHashSet<>();
        for (TypeElement root : roots) {
            rootPackages.add(program(root).packageName());
            enqueue(root);
        }
        while (!pending.isEmpty()) {
            convert(pending.removeFirst());
        }
        if (failed) {
            return new Result(Optional.empty(), Map.of());
        }
        Map<java.nio.file.Path, GeneratorOptions> options = new LinkedHashMap<>();
        List<Program> rootPrograms = new ArrayList<>();
        List<Program> all = new ArrayList<>();
        for (JavaFirstPrograms.ProgramName name : programs.values()) {
            Program program = program(name);
            if (rootPackages.contains(name.packageName())) {
                rootPrograms.add(program);
                options.put(program.path(), name.options());
            } else {
                all.add(program); // included programs come before the programs including them
            }
        }
        all.addAll(rootPrograms);
        return new Result(Optional.of(new Schema(rootPrograms, all)), options);
    }

    private Program program(JavaFirstPrograms.ProgramName name) {
        List<Definition> defs =
                new ArrayList<>(definitions.getOrDefault(name.packageName(), Map.of()).values());
        List<Program.Include> includes = new ArrayList<>();
        for (JavaFirstPrograms.ProgramName other : programs.values()) {
            if (!other.equals(name) && references(defs, other)) {
                includes.add(
                        new Program.Include(other.name() + ".thrift", other.path(), other.name()));
            }
        }
        return new Program(
                name.path(),
                name.name(),
                "",
                Map.of("java", name.javaPackage()),
                Map.of(),
                includes,
                List.of(),
                defs);
    }

    /** Whether a field, parameter or result of {@code defs} names a type of {@code other}. */
    private static boolean references(List<Definition> defs, JavaFirstPrograms.ProgramName other) {
        List<ThriftType> used = new ArrayList<>();
        for (Definition d : defs) {
            if (d instanceof StructType struct) {
                struct.fields().forEach(f -> used.add(f.type()));
            } else if (d instanceof Service service) {
                if (service.base().isPresent()
                        && service.base().get().program().equals(other.name())) {
                    return true;
                }
                for (Service.Function f : service.functions()) {
                    f.returnType().ifPresent(used::add);
                    f.params().forEach(p -> used.add(p.type()));
                }
            }
        }
        return used.stream().anyMatch(t -> names(t, other.path()));
    }

    private static boolean names(ThriftType type, java.nio.file.Path program) {
        if (type instanceof NamedType named) {
            return named.file().equals(program);
        } else if (type instanceof dev.zerothrift.idl.schema.ListType list) {
            return names(list.element(), program);
        } else if (type instanceof dev.zerothrift.idl.schema.SetType set) {
            return names(set.element(), program);
        } else if (type instanceof dev.zerothrift.idl.schema.MapType map) {
            return names(map.key(), program) || names(map.value(), program);
        }
        return false;
    }

    private JavaFirstPrograms.ProgramName program(TypeElement type) {
        PackageElement pkg = elements.getPackageOf(type);
        String key = pkg.getQualifiedName().toString();
        JavaFirstPrograms.ProgramName known = programs.get(key);
        if (known != null) {
            return known;
        }
        JavaFirstPrograms.ProgramName name = programNames.of(pkg);
        for (JavaFirstPrograms.ProgramName other : programs.values()) {
            if (other.name().equals(name.name())) {
                // Type references name programs: two of one name would be ambiguous.
                error(
                        type,
                        "packages "
                                + other.packageName()
                                + " and "
                                + name.packageName()
                                + " both form program "
                                + name.name()
                                + " (rename one with @ThriftProgram(name = ...) on its package)");
            }
        }
        programs.put(key, name);
        return name;
    }

    private void enqueue(TypeElement type) {
        if (queued.add(type.getQualifiedName().toString())) {
            pending.addLast(type);
        }
    }

    /** A reference to an annotated type from a field: converted too, named by program. */
    private Optional<ThriftType> reference(TypeElement type) {
        enqueue(type);
        JavaFirstPrograms.ProgramName program = program(type);
        return Optional.of(
                new NamedType(program.path(), program.name(), thriftName(type), Annotations.NONE));
    }

    private void convert(TypeElement type) {
        JavaFirstPrograms.ProgramName program = program(type);
        Optional<? extends Definition> definition;
        Optional<AnnotationMirror> struct = Mirrors.find(type, AnnotationNames.STRUCT);
        Optional<AnnotationMirror> enumType = Mirrors.find(type, AnnotationNames.ENUM);
        Optional<AnnotationMirror> service = Mirrors.find(type, AnnotationNames.SERVICE);
        if (struct.isPresent()) {
            definition = new StructConverter(program, struct.get()).convert(type);
        } else if (enumType.isPresent()) {
            definition = enumType(type, enumType.get(), program);
        } else if (service.isPresent()) {
            definition = service(type, service.get());
        } else {
            return;
        }
        if (definition.isEmpty()) {
            failed = true;
            return;
        }
        Map<String, Definition> defs =
                definitions.computeIfAbsent(program.packageName(), k -> new LinkedHashMap<>());
        Definition previous = defs.putIfAbsent(definition.get().name(), definition.get());
        if (previous != null) {
            failed = true;
            error(
                    type,
                    "duplicate Thrift name "
                            + definition.get().name()
                            + " in program "
                            + program.name());
        }
    }

    String thriftName(TypeElement type) {
        for (String annotation :
                List.of(AnnotationNames.STRUCT, AnnotationNames.ENUM, AnnotationNames.SERVICE)) {
            Optional<AnnotationMirror> mirror = Mirrors.find(type, annotation);
            if (mirror.isPresent()) {
                String name = mirrors.string(mirror.get(), "name");
                return name.isEmpty() ? type.getSimpleName().toString() : name;
            }
        }
        return type.getSimpleName().toString();
    }

    private Location location(JavaFirstPrograms.ProgramName program) {
        return new Location(program.path(), 1, 1);
    }

    private String doc(Element element) {
        String doc = elements.getDocComment(element);
        return doc == null ? "" : doc.strip();
    }

    /** Converts one {@code @ThriftStruct}: its fields from accessors or record components. */
    private final class StructConverter {
        private final JavaFirstPrograms.ProgramName program;
        private final AnnotationMirror mirror;

        StructConverter(JavaFirstPrograms.ProgramName program, AnnotationMirror mirror) {
            this.program = program;
            this.mirror = mirror;
        }

        Optional<StructType> convert(TypeElement type) {
            StructType.Kind kind = StructType.Kind.valueOf(mirrors.enumConstant(mirror, "kind"));
            List<? extends Element> members;
            if (type.getKind() == ElementKind.INTERFACE) {
                List<Element> accessors = new ArrayList<>();
                for (ExecutableElement method :
                        ElementFilter.methodsIn(type.getEnclosedElements())) {
                    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
                        accessors.add(method);
                    }
                }
                members = accessors;
            } else if (type.getKind() == ElementKind.RECORD) {
                members = ElementFilter.recordComponentsIn(type.getEnclosedElements());
            } else {
                return error(
                        type,
                        mirror,
                        "@ThriftStruct goes on an interface or a record, not on "
                                + article(type.getKind())
                                + ": "
                                + type.getSimpleName());
            }
            if (!type.getTypeParameters().isEmpty()) {
                return error(
                        type, mirror, "a @ThriftStruct cannot be generic: " + type.getSimpleName());
            }
            Fields fields =
                    new Fields(
                            type.getSimpleName().toString(),
                            location(program),
                            kind == StructType.Kind.UNION ? FieldList.UNION : FieldList.STRUCT);
            boolean ok = true;
            for (Element member : members) {
                ok &= field(member, fields);
            }
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(
                    new StructType(
                            kind,
                            thriftName(type),
                            program.name(),
                            fields.list,
                            doc(type),
                            Annotations.NONE,
                            location(program)));
        }

        private boolean field(Element member, Fields fields) {
            if (member instanceof ExecutableElement method && !method.getParameters().isEmpty()) {
                error(
                        member,
                        "a field accessor takes no parameters: "
                                + member.getSimpleName()
                                + " (a @ThriftStruct interface has only accessors and"
                                + " default methods)");
                return false;
            }
            Optional<AnnotationMirror> field = Mirrors.find(member, AnnotationNames.FIELD);
            if (field.isEmpty()) {
                error(member, "missing @ThriftField on " + JavaTypes.describe(member));
                return false;
            }
            var type =
                    member instanceof ExecutableElement method
                            ? method.getReturnType()
                            : member.asType();
            if (type.getKind() == TypeKind.VOID) {
                error(member, "a field accessor returns a value: " + JavaTypes.describe(member));
                return false;
            }
            return fields.add(member, field.get(), type).isPresent();
        }
    }

    /** What a field list belongs to: its requiredness rules differ, as in the IDL front end. */
    private enum FieldList {
        STRUCT,
        /** Members are optional; required is an error. */
        UNION,
        /** Parameters: optional is ignored, with a warning. */
        PARAMETERS
    }

    /** A field list being built: ids and names checked for uniqueness as fields are added. */
    private final class Fields {
        private final String owner;
        private final Location location;
        private final FieldList kind;
        private final List<Field> list = new ArrayList<>();
        private final Map<Integer, Element> ids = new HashMap<>();
        private final Map<String, Element> names = new HashMap<>();

        Fields(String owner, Location location, FieldList kind) {
            this.owner = owner;
            this.location = location;
            this.kind = kind;
        }

        Optional<Field> add(
                Element member, AnnotationMirror field, javax.lang.model.type.TypeMirror type) {
            int id = mirrors.integer(field, "id");
            String name = mirrors.string(field, "name");
            if (name.isEmpty()) {
                name = member.getSimpleName().toString();
            }
            var idValue = Mirrors.written(field, "id").orElse(null);
            if (id <= 0) {
                messager.printMessage(
                        Kind.ERROR, "field id must be positive: " + id, member, field, idValue);
                return Optional.empty();
            }
            Element sameId = ids.putIfAbsent(id, member);
            if (sameId != null) {
                messager.printMessage(
                        Kind.ERROR,
                        "duplicate field id "
                                + id
                                + " in "
                                + owner
                                + ": "
                                + JavaTypes.describe(sameId)
                                + " has it too",
                        member,
                        field,
                        idValue);
                return Optional.empty();
            }
            Element sameName = names.putIfAbsent(name, member);
            if (sameName != null) {
                messager.printMessage(
                        Kind.ERROR, "duplicate field name " + name + " in " + owner, member, field);
                return Optional.empty();
            }
            Requiredness requiredness =
                    Requiredness.valueOf(mirrors.enumConstant(field, "requiredness"));
            if (kind == FieldList.UNION) {
                if (requiredness == Requiredness.REQUIRED) {
                    messager.printMessage(
                            Kind.ERROR,
                            "a union field cannot be required: " + JavaTypes.describe(member),
                            member,
                            field);
                    return Optional.empty();
                }
                requiredness = Requiredness.OPTIONAL; // as in IDL: union members are optional
            } else if (kind == FieldList.PARAMETERS && requiredness == Requiredness.OPTIONAL) {
                messager.printMessage(
                        Kind.WARNING, "optional is ignored on parameters: " + name, member, field);
                requiredness = Requiredness.DEFAULT;
            }
            Optional<ThriftType> thriftType = types.map(type, member);
            if (thriftType.isEmpty()) {
                return Optional.empty();
            }
            Field result =
                    new Field(
                            id,
                            false,
                            name,
                            requiredness,
                            thriftType.get(),
                            Optional.empty(),
                            doc(member),
                            Annotations.NONE,
                            location);
            list.add(result);
            return Optional.of(result);
        }
    }

    private Optional<EnumType> enumType(
            TypeElement type, AnnotationMirror mirror, JavaFirstPrograms.ProgramName program) {
        if (type.getKind() != ElementKind.ENUM) {
            return error(
                    type,
                    mirror,
                    "@ThriftEnum goes on an enum, not on "
                            + article(type.getKind())
                            + ": "
                            + type.getSimpleName());
        }
        List<EnumType.Member> members = new ArrayList<>();
        int next = 0;
        for (Element constant : type.getEnclosedElements()) {
            if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            Optional<AnnotationMirror> value = Mirrors.find(constant, AnnotationNames.ENUM_VALUE);
            int v = value.isPresent() ? mirrors.integer(value.get(), "value") : next;
            members.add(
                    new EnumType.Member(
                            constant.getSimpleName().toString(),
                            v,
                            doc(constant),
                            Annotations.NONE,
                            location(program)));
            next = v + 1;
        }
        return Optional.of(
                new EnumType(
                        thriftName(type),
                        program.name(),
                        members,
                        doc(type),
                        Annotations.NONE,
                        location(program)));
    }

    /** The service of {@code type}, converted once however often it is reached (as a base too). */
    private Optional<Service> service(TypeElement type, AnnotationMirror mirror) {
        String key = type.getQualifiedName().toString();
        if (!services.containsKey(key)) {
            services.put(key, convertService(type, mirror, program(type)));
        }
        return services.get(key);
    }

    private Optional<Service> convertService(
            TypeElement type, AnnotationMirror mirror, JavaFirstPrograms.ProgramName program) {
        if (type.getKind() != ElementKind.INTERFACE) {
            return error(
                    type,
                    mirror,
                    "@ThriftService goes on an interface, not on "
                            + article(type.getKind())
                            + ": "
                            + type.getSimpleName());
        }
        Optional<Service> base = Optional.empty();
        if (type.getInterfaces().size() > 1) {
            return error(
                    type,
                    mirror,
                    "a Java-first service extends at most one service: " + type.getSimpleName());
        }
        if (type.getInterfaces().size() == 1) {
            TypeElement parent = (TypeElement) typeUtils.asElement(type.getInterfaces().get(0));
            Optional<AnnotationMirror> parentService =
                    parent == null
                            ? Optional.empty()
                            : Mirrors.find(parent, AnnotationNames.SERVICE);
            if (parentService.isEmpty()) {
                return error(
                        type,
                        mirror,
                        "a Java-first service can only extend a @ThriftService: "
                                + type.getInterfaces().get(0));
            }
            enqueue(parent); // the base is a definition of its own program too
            base = service(parent, parentService.get());
            if (base.isEmpty()) {
                failed = true;
                return Optional.empty();
            }
        }
        List<Service.Function> functions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean ok = true;
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            Optional<Service.Function> function = function(method, program);
            if (function.isPresent() && !names.add(function.get().name())) {
                error(method, "duplicate function name " + function.get().name());
                function = Optional.empty();
            }
            ok &= function.isPresent();
            function.ifPresent(functions::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(
                new Service(
                        thriftName(type),
                        program.name(),
                        base,
                        functions,
                        doc(type),
                        Annotations.NONE,
                        location(program)));
    }

    private Optional<Service.Function> function(
            ExecutableElement method, JavaFirstPrograms.ProgramName program) {
        if (!method.getThrownTypes().isEmpty()) {
            return error(
                    method,
                    "a Java-first function cannot declare exceptions yet: "
                            + method.getSimpleName()
                            + "() (describe services with exceptions in IDL)");
        }
        Optional<AnnotationMirror> details = Mirrors.find(method, AnnotationNames.METHOD);
        String name = method.getSimpleName().toString();
        boolean oneway = false;
        if (details.isPresent()) {
            String written = mirrors.string(details.get(), "name");
            name = written.isEmpty() ? name : written;
            oneway = mirrors.bool(details.get(), "oneway");
        }
        Optional<ThriftType> returnType = Optional.empty();
        if (method.getReturnType().getKind() != TypeKind.VOID) {
            if (oneway) {
                return error(method, details.get(), "a oneway function must return void: " + name);
            }
            returnType = types.map(method.getReturnType(), method);
            if (returnType.isEmpty()) {
                return Optional.empty();
            }
        }
        Fields params = new Fields(name + "()", location(program), FieldList.PARAMETERS);
        boolean ok = true;
        for (var param : method.getParameters()) {
            Optional<AnnotationMirror> field = Mirrors.find(param, AnnotationNames.FIELD);
            if (field.isEmpty()) {
                error(param, "missing @ThriftField on parameter " + param.getSimpleName());
                ok = false;
                continue;
            }
            ok &= params.add(param, field.get(), param.asType()).isPresent();
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(
                new Service.Function(
                        name,
                        oneway,
                        returnType,
                        params.list,
                        List.of(),
                        doc(method),
                        Annotations.NONE,
                        location(program)));
    }

    private <T> Optional<T> error(Element element, String message) {
        messager.printMessage(Kind.ERROR, message, element);
        failed = true;
        return Optional.empty();
    }

    private <T> Optional<T> error(Element element, AnnotationMirror mirror, String message) {
        messager.printMessage(Kind.ERROR, message, element, mirror);
        failed = true;
        return Optional.empty();
    }

    private static String article(ElementKind kind) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
