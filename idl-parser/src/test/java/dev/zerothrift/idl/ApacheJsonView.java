package dev.zerothrift.idl;

import dev.zerothrift.idl.schema.Annotations;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;
import dev.zerothrift.idl.schema.Typedef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our schema of one program in the shape {@code thrift --gen json} prints it. */
final class ApacheJsonView {
    private final Schema schema;
    private final Program program;

    private ApacheJsonView(Schema schema, Program program) {
        this.schema = schema;
        this.program = program;
    }

    static Map<String, Object> of(Schema schema, Program program) {
        return new ApacheJsonView(schema, program).program();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> program() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", program.name());
        if (!program.doc().isEmpty()) {
            json.put("doc", program.doc());
        }
        json.put("namespaces", new LinkedHashMap<>(program.namespaces()));
        json.put("includes", program.includes().stream().map(Program.Include::program).toList());
        List<Object> enums = new ArrayList<>();
        for (EnumType e : program.enums()) {
            List<Object> members = new ArrayList<>();
            for (EnumType.Member m : e.members()) {
                members.add(doc(map("name", m.name(), "value", (long) m.value()), m.doc()));
            }
            enums.add(
                    annotated(
                            doc(map("name", e.name(), "members", members), e.doc()),
                            e.annotations()));
        }
        json.put("enums", enums);
        List<Object> typedefs = new ArrayList<>();
        for (Typedef t : program.typedefs()) {
            Map<String, Object> typedef =
                    annotated(doc(map("name", t.name()), t.doc()), t.annotations());
            type(typedef, "typeId", "type", t.type());
            typedefs.add(typedef);
        }
        json.put("typedefs", typedefs);
        List<Object> structs = new ArrayList<>();
        for (StructType s : program.structs()) {
            structs.add(
                    doc(
                            map(
                                    "name",
                                    s.name(),
                                    "isException",
                                    s.kind() == StructType.Kind.EXCEPTION,
                                    "isUnion",
                                    s.kind() == StructType.Kind.UNION,
                                    "fields",
                                    fields(s.fields())),
                            s.doc()));
            annotated((Map<String, Object>) structs.get(structs.size() - 1), s.annotations());
        }
        json.put("structs", structs);
        List<Object> constants = new ArrayList<>();
        for (Constant c : program.constants()) {
            Map<String, Object> constant = doc(map("name", c.name()), c.doc());
            type(constant, "typeId", "type", c.type());
            constant.put("value", value(c.value()));
            constants.add(constant);
        }
        json.put("constants", constants);
        List<Object> services = new ArrayList<>();
        for (Service s : program.services()) {
            Map<String, Object> service =
                    annotated(doc(map("name", s.name()), s.doc()), s.annotations());
            s.base().ifPresent(b -> service.put("extends", className(b)));
            List<Object> functions = new ArrayList<>();
            for (Service.Function f : s.functions()) {
                Map<String, Object> function =
                        annotated(doc(map("name", f.name()), f.doc()), f.annotations());
                if (f.returnType().isPresent()) {
                    type(function, "returnTypeId", "returnType", f.returnType().get());
                } else {
                    function.put("returnTypeId", "void");
                }
                function.put("oneway", f.oneway());
                function.put("arguments", fields(f.params()));
                function.put("exceptions", fields(f.exceptions()));
                functions.add(function);
            }
            service.put("functions", functions);
            services.add(service);
        }
        json.put("services", services);
        return json;
    }

    private List<Object> fields(List<Field> fields) {
        List<Object> list = new ArrayList<>();
        for (Field f : fields) {
            Map<String, Object> field =
                    annotated(
                            doc(map("key", (long) f.id(), "name", f.name()), f.doc()),
                            f.annotations());
            type(field, "typeId", "type", f.type());
            field.put(
                    "required",
                    switch (f.requiredness()) {
                        case REQUIRED -> "required";
                        case OPTIONAL -> "optional";
                        case DEFAULT -> "req_out";
                    });
            f.defaultValue().ifPresent(v -> field.put("default", value(v)));
            list.add(field);
        }
        return list;
    }

    /** Apache writes {@code idKey} always and {@code typeKey} for structs and containers. */
    private void type(Map<String, Object> json, String idKey, String typeKey, ThriftType type) {
        ThriftType t = schema.trueType(type);
        String id = typeId(t);
        json.put(idKey, id);
        if (t instanceof NamedType
                || t instanceof ListType
                || t instanceof SetType
                || t instanceof MapType) {
            if (!id.equals("i32")) {
                json.put(typeKey, typeSpec(t));
            }
        }
    }

    private Map<String, Object> typeSpec(ThriftType t) {
        Map<String, Object> spec = map("typeId", typeId(t));
        if (!(t instanceof NamedType)) {
            annotated(spec, t.annotations());
        }
        if (t instanceof NamedType n) {
            Definition d = schema.resolve(n);
            spec.put("class", className(d));
            annotated(spec, d.annotations());
        } else if (t instanceof ListType l) {
            type(spec, "elemTypeId", "elemType", l.element());
        } else if (t instanceof SetType s) {
            type(spec, "elemTypeId", "elemType", s.element());
        } else if (t instanceof MapType m) {
            type(spec, "keyTypeId", "keyType", m.key());
            type(spec, "valueTypeId", "valueType", m.value());
        }
        return spec;
    }

    private String className(Definition d) {
        return d.program().equals(program.name()) ? d.name() : d.program() + "." + d.name();
    }

    private String typeId(ThriftType t) {
        if (t instanceof BaseType b) {
            return b.kind().idlName();
        } else if (t instanceof ListType) {
            return "list";
        } else if (t instanceof SetType) {
            return "set";
        } else if (t instanceof MapType) {
            return "map";
        }
        Definition d = schema.resolve((NamedType) t);
        if (d instanceof EnumType) {
            return "i32";
        }
        return switch (((StructType) d).kind()) {
            case EXCEPTION -> "exception";
            case UNION -> "union";
            default -> "struct";
        };
    }

    static Object value(ConstValue v) {
        if (v instanceof ConstValue.BoolValue b) {
            return b.value() ? 1L : 0L;
        } else if (v instanceof ConstValue.IntValue i) {
            return i.value();
        } else if (v instanceof ConstValue.DoubleValue d) {
            return d.value();
        } else if (v instanceof ConstValue.StringValue s) {
            return s.value();
        } else if (v instanceof ConstValue.UuidValue u) {
            return u.value().toString();
        } else if (v instanceof ConstValue.EnumValue e) {
            return (long) e.value();
        } else if (v instanceof ConstValue.ListValue l) {
            return l.elements().stream().map(ApacheJsonView::value).toList();
        } else if (v instanceof ConstValue.SetValue s) {
            return s.elements().stream().map(ApacheJsonView::value).toList();
        } else if (v instanceof ConstValue.MapValue m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (ConstValue.Entry e : m.entries()) {
                map.put(String.valueOf(value(e.key())), value(e.value()));
            }
            return map;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((ConstValue.StructValue) v).fields().forEach((k, f) -> map.put(k, value(f)));
        return map;
    }

    /** Apache prints annotations as a map (the last value of a repeated name wins). */
    private static Map<String, Object> annotated(
            Map<String, Object> json, Annotations annotations) {
        if (!annotations.isEmpty()) {
            Map<String, Object> map = new LinkedHashMap<>();
            annotations.list().forEach(a -> map.put(a.name(), a.value()));
            json.put("annotations", map);
        }
        return json;
    }

    private static Map<String, Object> doc(Map<String, Object> json, String doc) {
        if (!doc.isEmpty()) {
            json.put("doc", doc);
        }
        return json;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
