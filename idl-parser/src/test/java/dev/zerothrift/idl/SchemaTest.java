package dev.zerothrift.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the linker builds from valid IDL. */
class SchemaTest {
    @TempDir Path dir;
    Idl idl;

    @BeforeEach
    void setUp() {
        idl = new Idl(dir);
    }

    private Program program(String text) {
        LoadResult result = idl.load(text);
        Schema schema = result.orThrow();
        return schema.roots().get(0);
    }

    private <T> T definition(Program p, String name, Class<T> kind) {
        return kind.cast(p.definition(name).orElseThrow());
    }

    @Test
    void headers() {
        idl.write("inc/shared.thrift", "struct Thing {}");
        Program p =
                program(
                        "/** The program. */\n"
                                + "namespace java com.example\nnamespace * all\n"
                                + "namespace py.twisted tw\ninclude \"inc/shared.thrift\"\n"
                                + "cpp_include \"<vector>\"\nstruct S { 1: shared.Thing t }");
        assertEquals("t", p.name());
        assertEquals("The program.\n", p.doc());
        assertEquals(Map.of("java", "com.example", "*", "all", "py.twisted", "tw"), p.namespaces());
        assertEquals("all", p.namespace("go").orElseThrow());
        assertEquals(List.of("<vector>"), p.cppIncludes());
        assertEquals("shared", p.includes().get(0).program());
        StructType s = definition(p, "S", StructType.class);
        NamedType thing = (NamedType) s.fields().get(0).type();
        assertEquals("shared.Thing", thing.qualifiedName());
    }

    @Test
    void fields() {
        Program p =
                program(
                        "struct S {\n"
                                + "  /** Doc of a. */\n"
                                + "  1: required i32 a = 3 (x = \"y\", flag);\n"
                                + "  optional list<string> b,\n"
                                + "  -5: map<i8, set<binary>> c\n"
                                + "  byte d\n"
                                + "}");
        List<Field> fields = definition(p, "S", StructType.class).fields();
        Field a = fields.get(0);
        assertEquals(1, a.id());
        assertFalse(a.implicitId());
        assertEquals(Requiredness.REQUIRED, a.requiredness());
        assertEquals(BaseType.I32, a.type());
        assertEquals(new ConstValue.IntValue(3), a.defaultValue().orElseThrow());
        assertEquals("Doc of a.\n", a.doc());
        assertEquals("y", a.annotations().get("x").orElseThrow());
        assertEquals("1", a.annotations().get("flag").orElseThrow());
        // Apache's implicit ids: -1, -2, ... in order, a non-positive explicit id counts as none.
        assertEquals(List.of(1, -1, -2, -3), fields.stream().map(Field::id).toList());
        assertTrue(fields.get(2).implicitId());
        assertEquals(Requiredness.OPTIONAL, fields.get(1).requiredness());
        assertEquals(Requiredness.DEFAULT, fields.get(2).requiredness());
        assertEquals(
                new MapType(
                        BaseType.I8,
                        new SetType(BaseType.BINARY, dev.zerothrift.idl.schema.Annotations.NONE),
                        dev.zerothrift.idl.schema.Annotations.NONE),
                fields.get(2).type());
        assertEquals(BaseType.I8, fields.get(3).type());
    }

    @Test
    void negativeIdsKeptWhenAllowed() {
        Path file = idl.write("n.thrift", "struct S { -3: i32 a, i32 b }");
        Schema schema = SchemaLoader.builder().allowNegativeFieldIds(true).load(file).orThrow();
        StructType s = (StructType) schema.find("n.S").orElseThrow();
        assertEquals(List.of(-3, -4), s.fields().stream().map(Field::id).toList());
    }

    @Test
    void unionMembersAreOptional() {
        Program p = program("union U { 1: i32 a, 2: string b }");
        StructType u = definition(p, "U", StructType.class);
        assertEquals(StructType.Kind.UNION, u.kind());
        assertTrue(u.fields().stream().allMatch(f -> f.requiredness() == Requiredness.OPTIONAL));
    }

    @Test
    void enums() {
        Program p = program("enum E { A, B = 5, C, D = -2, E = 0x10, F }");
        EnumType e = definition(p, "E", EnumType.class);
        assertEquals(
                List.of(0, 5, 6, -2, 16, 17),
                e.members().stream().map(EnumType.Member::value).toList());
    }

    @Test
    void constants() {
        Program p =
                program(
                        "enum E { A, B }\n"
                                + "struct P { 1: i32 x, 2: list<E> es }\n"
                                + "const i32 ONE = 1\n"
                                + "const i64 BIG = -0x10\n"
                                + "const double D = 2\n"
                                + "const bool T = true\n"
                                + "const string S = 'it\\'s'\n"
                                + "const list<i32> L = [ONE, 2; E.B]\n"
                                + "const set<string> SS = [\"a\", \"b\"]\n"
                                + "const map<string, E> M = {\"a\": E.A, \"b\": 1}\n"
                                + "const P PT = {\"x\": ONE, \"es\": [E.B]}\n"
                                + "const E EB = E.B\n"
                                + "const uuid U = \"{00112233-4455-6677-8899-aabbccddeeff}\"\n"
                                + "const list<i32> L2 = L\n");
        NamedType e = new NamedType(p.path(), "t", "E", dev.zerothrift.idl.schema.Annotations.NONE);
        assertEquals(new ConstValue.IntValue(-16), value(p, "BIG"));
        assertEquals(new ConstValue.DoubleValue(2), value(p, "D"));
        assertEquals(new ConstValue.BoolValue(true), value(p, "T"));
        assertEquals(new ConstValue.StringValue("it's"), value(p, "S"));
        assertEquals(
                new ConstValue.ListValue(
                        List.of(
                                new ConstValue.IntValue(1),
                                new ConstValue.IntValue(2),
                                new ConstValue.IntValue(1))),
                value(p, "L"));
        assertEquals(value(p, "L"), value(p, "L2"));
        assertTrue(value(p, "SS") instanceof ConstValue.SetValue);
        assertEquals(
                new ConstValue.MapValue(
                        List.of(
                                new ConstValue.Entry(
                                        new ConstValue.StringValue("a"),
                                        new ConstValue.EnumValue(e, "A", 0)),
                                new ConstValue.Entry(
                                        new ConstValue.StringValue("b"),
                                        new ConstValue.EnumValue(e, "B", 1)))),
                value(p, "M"));
        ConstValue.StructValue pt = (ConstValue.StructValue) value(p, "PT");
        assertEquals(new ConstValue.IntValue(1), pt.fields().get("x"));
        assertEquals(new ConstValue.EnumValue(e, "B", 1), value(p, "EB"));
        assertEquals(
                new ConstValue.UuidValue(UUID.fromString("00112233-4455-6677-8899-aabbccddeeff")),
                value(p, "U"));
    }

    private ConstValue value(Program p, String name) {
        return definition(p, name, Constant.class).value();
    }

    @Test
    void qualifiedConstantsAndEnumsFromIncludes() {
        idl.write("a.b.thrift", "enum Color { RED = 1 }\nconst i32 N = 7");
        Program p =
                program(
                        "include \"a.b.thrift\"\n"
                                + "const a.b.Color C = a.b.Color.RED\nconst i32 M = a.b.N\n"
                                + "const i32 R = a.b.Color.RED");
        assertEquals(1, ((ConstValue.EnumValue) value(p, "C")).value());
        assertEquals(new ConstValue.IntValue(7), value(p, "M"));
        assertEquals(new ConstValue.IntValue(1), value(p, "R"));
    }

    @Test
    void recursiveTypesAndTypedefs() {
        Program p =
                program(
                        "typedef Node Alias\n"
                                + "struct Node { 1: list<Node> children, 2: optional Alias next }");
        Schema schema =
                idl.load("typedef Node Alias\nstruct Node { 1: list<Node> children }").orThrow();
        StructType node = definition(p, "Node", StructType.class);
        ListType children = (ListType) node.fields().get(0).type();
        assertEquals("t.Node", ((NamedType) children.element()).qualifiedName());
        NamedType alias = (NamedType) node.fields().get(1).type();
        assertEquals("t.Alias", alias.qualifiedName());
        NamedType aliasInSchema =
                new NamedType(
                        schema.roots().get(0).path(),
                        "t",
                        "Alias",
                        dev.zerothrift.idl.schema.Annotations.NONE);
        assertEquals("t.Node", ((NamedType) schema.trueType(aliasInSchema)).qualifiedName());
        assertTrue(schema.struct(aliasInSchema).isPresent());
    }

    @Test
    void services() {
        idl.write("base.thrift", "service Base { void ping() }");
        Program p =
                program(
                        "include \"base.thrift\"\n"
                                + "exception Oops { 1: string why }\n"
                                + "/** A service. */\n"
                                + "service S extends base.Base {\n"
                                + "  /** Adds. */\n"
                                + "  i32 add(1: i32 a, i32 b) throws (1: Oops oops),\n"
                                + "  oneway void fire(),\n"
                                + "} (svc.annotation = \"v\")");
        Service s = definition(p, "S", Service.class);
        assertEquals("A service.\n", s.doc());
        assertEquals("Base", s.base().orElseThrow().name());
        assertEquals(3, s.allFunctions().size());
        Service.Function add = s.functions().get(0);
        assertEquals("Adds.\n", add.doc());
        assertEquals(BaseType.I32, add.returnType().orElseThrow());
        assertEquals(List.of(1, -1), add.params().stream().map(Field::id).toList());
        assertEquals("oops", add.exceptions().get(0).name());
        assertTrue(s.functions().get(1).oneway());
        assertTrue(s.functions().get(1).returnType().isEmpty());
        assertEquals("v", s.annotations().get("svc.annotation").orElseThrow());
    }

    @Test
    void includeSearchOrder() {
        // Relative to the including file first, then each -I directory in order.
        idl.write("main/x.thrift", "const i32 WHERE = 1");
        idl.write("i1/x.thrift", "const i32 WHERE = 2");
        idl.write("i2/y.thrift", "const i32 WHERE = 3");
        idl.write("i1/y.thrift", "const i32 WHERE = 4");
        Path main =
                idl.write(
                        "main/m.thrift",
                        "include \"x.thrift\"\ninclude \"y.thrift\"\n"
                                + "const i32 A = x.WHERE\nconst i32 B = y.WHERE");
        Schema schema =
                SchemaLoader.builder()
                        .includePath(dir.resolve("i1"), dir.resolve("i2"))
                        .load(main)
                        .orThrow();
        Program m = schema.roots().get(0);
        assertEquals(new ConstValue.IntValue(1), value(m, "A"));
        assertEquals(new ConstValue.IntValue(4), value(m, "B"));
    }

    @Test
    void separatorsAndComments() {
        Program p =
                program(
                        "# hash comment\n// line comment\n/* block */\n/**/\n"
                                + "struct S { 1: i32 a; 2: i32 b, 3: i32 c }\n"
                                + "enum E { A; B, C }\n"
                                + "const list<i32> L = [1; 2, 3]\n"
                                + "const map<i32,i32> M = {1: 2; 3: 4, 5: 6}\n");
        assertEquals(3, definition(p, "S", StructType.class).fields().size());
        assertEquals(3, definition(p, "E", EnumType.class).members().size());
    }

    @Test
    void docCommentsAreCleaned() {
        Program p =
                program(
                        "namespace java x\n"
                                + "/**\n * First line.\n *   indented\n */\nstruct S {}\n"
                                + "/** one line */\nenum E {\n  /** member */\n  A\n}");
        // Apache: a doc comment right after the first header, a namespace, documents the program
        // too (its parser reads one token past a namespace declaration).
        assertEquals("First line.\n  indented\n", p.doc());
        assertEquals("First line.\n  indented\n", definition(p, "S", StructType.class).doc());
        EnumType e = definition(p, "E", EnumType.class);
        assertEquals("one line\n", e.doc());
        assertEquals("member\n", e.members().get(0).doc());
    }

    @Test
    void docCommentsAsApacheAssignsThem() {
        idl.write("i.thrift", "");
        Program p =
                program(
                        "include \"i.thrift\"\n/** not the program's */\nstruct A {\n"
                                + "  1: i32 a\n  /** dangling: documents B */\n}\nstruct B {}");
        assertEquals("", p.doc());
        assertEquals("not the program's\n", definition(p, "A", StructType.class).doc());
        assertEquals("dangling: documents B\n", definition(p, "B", StructType.class).doc());
    }

    @Test
    void keywordsAsFieldNames() {
        Program p =
                program(
                        "struct S { 1: string type, 2: i32 service, 3: bool required,\n"
                                + "  4: string java_package_name, 5: i32 senum_count }");
        assertEquals(
                List.of("type", "service", "required", "java_package_name", "senum_count"),
                definition(p, "S", StructType.class).fields().stream().map(Field::name).toList());
    }
}
