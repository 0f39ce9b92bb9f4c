package dev.zerothrift.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.idl.internal.ErrorCollector;
import dev.zerothrift.idl.internal.SyntaxBuilder;
import dev.zerothrift.idl.schema.ConstValue;
import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.syntax.DefinitionElement;
import dev.zerothrift.idl.syntax.ProgramElement;
import dev.zerothrift.idl.syntax.TypeElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** Loading several files, the syntax layer, and Apache's leniencies. */
class LoaderTest {
    @TempDir Path dir;
    Idl idl;

    @BeforeEach
    void setUp() {
        idl = new Idl(dir);
    }

    @Test
    void syntaxTreeHasLocationsAndNames() {
        Path file = Path.of("x.thrift");
        ErrorCollector errors = new ErrorCollector();
        ProgramElement program =
                SyntaxBuilder.parse(
                        file, "include \"a.thrift\"\n\nstruct S {\n  1: shared.T t\n}\n", errors);
        assertTrue(errors.diagnostics().isEmpty());
        assertEquals(new Location(file, 1, 1), program.includes().get(0).location());
        DefinitionElement.Struct s = (DefinitionElement.Struct) program.definitions().get(0);
        assertEquals(new Location(file, 3, 1), s.location());
        TypeElement.Named t = (TypeElement.Named) s.fields().get(0).type();
        assertEquals("shared.T", t.name());
        assertEquals(new Location(file, 4, 6), t.location());
        assertEquals(new Location(file, 4, 15), s.fields().get(0).location());
    }

    @Test
    void diamondIncludeLoadedOnce() {
        idl.write("base.thrift", "struct B {}");
        idl.write("left.thrift", "include \"base.thrift\"\nstruct L { 1: base.B b }");
        idl.write("right.thrift", "include \"base.thrift\"\nstruct R { 1: base.B b }");
        Schema schema =
                idl.load("include \"left.thrift\"\ninclude \"right.thrift\"\nstruct T {}")
                        .orThrow();
        assertEquals(
                List.of("base", "left", "right", "t"),
                schema.programs().stream().map(Program::name).toList());
        assertTrue(schema.find("base.B").isPresent());
    }

    @Test
    void errorsInIncludedFilesNameThatFile() {
        idl.write("inc.thrift", "struct A { 1: Missing m }");
        LoadResult result = idl.load("include \"inc.thrift\"\nstruct B { 1: Nope n }");
        assertEquals(
                List.of(
                        "inc.thrift:1:15: error: unknown type: Missing",
                        "t.thrift:2:15: error: unknown type: Nope"),
                idl.diagnostics(result));
    }

    @Test
    void includesSharingAName() {
        idl.write("x/common.thrift", "struct A {}\nstruct Both { 1: i32 x }");
        idl.write("y/common.thrift", "struct B {}\nstruct Both { 1: string y }");
        Schema schema =
                idl.load(
                                "include \"x/common.thrift\"\ninclude \"y/common.thrift\"\n"
                                        + "struct T { 1: common.A a, 2: common.B b, 3: common.Both c }")
                        .orThrow();
        StructType t = (StructType) schema.find("t.T").orElseThrow();
        List<String> dirs =
                t.fields().stream()
                        .map(
                                f ->
                                        ((NamedType) f.type())
                                                .file()
                                                .getParent()
                                                .getFileName()
                                                .toString())
                        .toList();
        // A only in x, B only in y, Both in each: the last include that defines it wins.
        assertEquals(List.of("x", "y", "y"), dirs);
    }

    @Test
    void severalRootFiles() {
        Path a = idl.write("a.thrift", "const i32 A = 1");
        Path b = idl.write("b.thrift", "include \"a.thrift\"\nconst i32 B = a.A");
        Schema schema = SchemaLoader.builder().load(a, b).orThrow();
        assertEquals(List.of("a", "b"), schema.roots().stream().map(Program::name).toList());
        Constant constant = (Constant) schema.find("b.B").orElseThrow();
        assertEquals(new ConstValue.IntValue(1), constant.value());
    }

    @Test
    void unresolvableTypedefInAnIncludedFileIsLeftOutAsApacheDoes() {
        idl.write("shared.thrift", "const i32 N = 1");
        idl.write(
                "common.thrift", "include \"shared.thrift\"\ntypedef shared.N Broken\nstruct C {}");
        LoadResult result = idl.load("include \"common.thrift\"\nstruct T { 1: common.C c }");
        assertEquals(
                List.of(
                        "common.thrift:2:9: warning: not a type: shared.N is a constant; the"
                                + " typedef is left out (Apache accepts it in an included file)"),
                idl.diagnostics(result));
        Schema schema = result.orThrow();
        assertTrue(schema.find("common.Broken").isEmpty());
        // Used, it is an error.
        assertEquals(
                List.of("t.thrift:2:15: error: unknown type: common.Broken"),
                idl.errors("include \"common.thrift\"\nstruct T { 1: common.Broken c }"));
    }

    @Test
    void apacheLeniencies() {
        Program p =
                idl.load(
                                "\uFEFFenum A { X = 1 }\nenum B { X = 2 }\n"
                                        + "struct S {\n"
                                        + "  1: B b = A.X\n" // member name looked up in B
                                        + "  2: set<i32> s = {}\n" // {} for an empty set
                                        + "  3: list<i32> cpp_type \"std::deque<int>\" l\n"
                                        + "  4: i32 & ref\n"
                                        + "  5: i32 x xsd_optional xsd_nillable\n"
                                        + "} xsd_all\n".replace("} xsd_all", "}")
                                        + "const i32 T = true\n")
                        .orThrow()
                        .roots()
                        .get(0);
        StructType s = (StructType) p.definition("S").orElseThrow();
        assertEquals(
                2, ((ConstValue.EnumValue) s.fields().get(0).defaultValue().orElseThrow()).value());
        assertEquals(
                new ConstValue.SetValue(List.of()), s.fields().get(1).defaultValue().orElseThrow());
        assertEquals(
                new ConstValue.IntValue(1), ((Constant) p.definition("T").orElseThrow()).value());
    }

    @Test
    void apacheLenienciesWarn() {
        assertEquals(
                List.of(
                        "t.thrift:3:13: warning: A.X names another enum than B: taken as B.X",
                        "t.thrift:4:12: warning: cpp_type is deprecated: use the annotation"
                                + " (cpp.template = \"x\") instead"),
                idl.warnings(
                        "enum A { X = 1 }\nenum B { X = 2 }\nconst B b = A.X\n"
                                + "const list cpp_type \"x\" <i32> l = []\n"));
    }

    @Test
    void namespaceAnnotationsKept() {
        Program p =
                idl.load("namespace java a.b (java.annotation = \"x\")\nstruct S {}")
                        .orThrow()
                        .roots()
                        .get(0);
        assertEquals(
                "x", p.namespaceAnnotations().get("java").get("java.annotation").orElseThrow());
    }

    @Test
    void stringEscapes() {
        Program p =
                idl.load(
                                "const string S = \"a\\\"b\\\\c\\n\\t\\r'\"\nconst string Q = 'say \"hi\"'")
                        .orThrow()
                        .roots()
                        .get(0);
        assertEquals(
                new ConstValue.StringValue("a\"b\\c\n\t\r'"),
                ((Constant) p.definition("S").orElseThrow()).value());
        assertEquals(
                new ConstValue.StringValue("say \"hi\""),
                ((Constant) p.definition("Q").orElseThrow()).value());
    }
}
