package dev.zerothrift.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** The exact text of every kind of error and warning. */
class ErrorMessagesTest {
    @TempDir Path dir;
    Idl idl;

    @BeforeEach
    void setUp() {
        idl = new Idl(dir);
    }

    private void assertErrors(String text, String... expected) {
        assertEquals(List.of(expected), idl.errors(text));
    }

    private void assertWarnings(String text, String... expected) {
        assertEquals(List.of(expected), idl.warnings(text));
    }

    @Test
    void syntaxError() {
        assertErrors(
                "struct S {\n  1: i32 a =\n}\n",
                "t.thrift:3:1: error: syntax error: unexpected '}'");
    }

    @Test
    void syntaxErrorAtEndOfFile() {
        assertErrors(
                "struct S {\n  1: i32 a\n",
                "t.thrift:3:1: error: syntax error: unexpected end of file");
    }

    @Test
    void unexpectedCharacter() {
        assertErrors(
                "struct S { 1: i32 a $ }", "t.thrift:1:21: error: syntax error: unexpected '$'");
    }

    @Test
    void keywordAsName() {
        assertErrors(
                "const string uuid = \"x\"",
                "t.thrift:1:14: error: syntax error: unexpected 'uuid' (a keyword, not allowed as a"
                        + " name here)");
    }

    @Test
    void structConstantKeysMustBeQuoted() {
        assertErrors(
                "struct S { 1: i32 a }\nconst S s = {a: 1}",
                "t.thrift:2:14: error: struct constant keys must be field names in quotes: a (in s)");
    }

    @Test
    void separatorAfterInclude() {
        idl.write("other.thrift", "");
        assertErrors(
                "include \"other.thrift\";\n",
                "t.thrift:1:23: error: syntax error: unexpected ';' after include");
    }

    @Test
    void headerAfterDefinition() {
        assertErrors(
                "struct S {}\nnamespace java x\n",
                "t.thrift:2:1: error: misplaced header: namespace must come before the first"
                        + " definition");
    }

    @Test
    void unterminatedComment() {
        assertErrors("struct S {}\n/* never closed\n", "t.thrift:2:1: error: unterminated comment");
    }

    @Test
    void stringLiteralOverLines() {
        assertErrors(
                "const string s = \"a\nb\"\n",
                "t.thrift:1:18: error: string literal not closed on its line");
    }

    @Test
    void badEscape() {
        assertErrors(
                "const string s = \"a\\qb\"\n",
                "t.thrift:1:20: error: bad escape in string literal: \\q");
    }

    @Test
    void unknownType() {
        assertErrors("struct S { 1: Foo f }", "t.thrift:1:15: error: unknown type: Foo");
    }

    @Test
    void unknownQualifiedType() {
        idl.write("shared.thrift", "struct A {}");
        assertErrors(
                "include \"shared.thrift\"\nstruct S { 1: shared.B b, 2: other.C c }",
                "t.thrift:2:15: error: unknown type: shared.B",
                "t.thrift:2:30: error: unknown type: other.C (no include named other)");
    }

    @Test
    void constantUsedAsType() {
        idl.write("shared.thrift", "const i32 X = 1");
        assertErrors(
                "include \"shared.thrift\"\ntypedef shared.X Y",
                "t.thrift:2:9: error: not a type: shared.X is a constant");
    }

    @Test
    void unknownInclude() {
        assertErrors(
                "include \"missing.thrift\"",
                "t.thrift:1:1: error: unknown include: missing.thrift");
    }

    @Test
    void includeCycle() {
        idl.write("a.thrift", "include \"b.thrift\"\n");
        idl.write("b.thrift", "include \"a.thrift\"\n");
        assertErrors(
                "include \"a.thrift\"\n",
                "b.thrift:1:1: error: include cycle: a.thrift -> b.thrift -> a.thrift");
    }

    @Test
    void duplicateFieldId() {
        assertErrors(
                "struct S {\n  1: i32 a\n  1: i32 b\n}",
                "t.thrift:3:3: error: duplicate field id: 1 (a and b)");
    }

    @Test
    void duplicateFieldName() {
        assertErrors(
                "struct S {\n  1: i32 a\n  2: i64 a\n}",
                "t.thrift:3:10: error: duplicate field name: a");
    }

    @Test
    void duplicateDefinition() {
        assertErrors(
                "struct A {}\nenum A { X }",
                "t.thrift:2:1: error: duplicate definition: A (first defined at line 1)");
    }

    @Test
    void duplicateConstant() {
        assertErrors(
                "const i32 A = 1\nconst i32 A = 2",
                "t.thrift:2:1: error: duplicate constant: A (first defined at line 1)");
    }

    @Test
    void typeNameCollidesWithInclude() {
        idl.write("other.thrift", "typedef string UUID");
        assertErrors(
                "include \"other.thrift\"\ntypedef string UUID",
                "t.thrift:2:1: error: duplicate definition: UUID is also defined in included"
                        + " program other, which has the same namespaces");
    }

    @Test
    void sameNameInIncludeWithOtherNamespaceIsFine() {
        idl.write("other.thrift", "namespace java a\ntypedef string UUID");
        assertErrors("namespace java b\ninclude \"other.thrift\"\ntypedef string UUID");
    }

    @Test
    void constantOfTheWrongType() {
        assertErrors(
                "const string s = 0\nconst i32 i = 1.0\nconst bool b = \"x\"\nconst list<i32> l = {1: 2}",
                "t.thrift:1:18: error: not a string: 0 (in s)",
                "t.thrift:2:15: error: not a i32: 1.0 (in i)",
                "t.thrift:3:16: error: not a bool: \"x\" (in b)",
                "t.thrift:4:21: error: not a list<i32>: a map (in l)");
    }

    @Test
    void valueOutOfRange() {
        assertErrors(
                "const i8 a = 128\nconst i16 b = -32769\nconst i32 c = 2147483648\nconst bool d = 2",
                "t.thrift:1:14: error: value out of range for i8: 128 (in a)",
                "t.thrift:2:15: error: value out of range for i16: -32769 (in b)",
                "t.thrift:3:15: error: value out of range for i32: 2147483648 (in c)",
                "t.thrift:4:16: error: value out of range for bool: 2 (in d)");
    }

    @Test
    void i64LiteralOutOfRange() {
        assertErrors(
                "const i64 a = 9876543210987654321\nconst i64 b = 0x8000000000000000",
                "t.thrift:1:15: error: value out of range for i64: 9876543210987654321",
                "t.thrift:2:15: error: value out of range for i64: 0x8000000000000000");
    }

    @Test
    void enumValueOutOfRange() {
        assertErrors(
                "enum E { A = 2147483648 }",
                "t.thrift:1:10: error: value out of range for i32: E.A = 2147483648");
    }

    @Test
    void unknownEnumMemberInConstant() {
        assertErrors(
                "enum E { A, B }\nconst E x = E.C\nconst i32 y = E.D\nconst E z = 7",
                "t.thrift:2:13: error: not a member of enum E: E.C (in x)",
                "t.thrift:3:15: error: unknown enum member: E.D (in y)",
                "t.thrift:4:13: error: unknown enum value: E has no member with value 7 (in z)");
    }

    @Test
    void unqualifiedEnumMember() {
        assertErrors(
                "enum E { A }\nconst E x = E.A\nconst E y = x",
                "t.thrift:3:13: error: unqualified enum member: x (write E.MEMBER)");
    }

    @Test
    void enumUsedBeforeItsDefinition() {
        assertErrors(
                "struct S { 1: E e = E.A }\nconst i32 I = E.A\nenum E { A }",
                "t.thrift:1:21: error: enum used before its definition: E (in e)",
                "t.thrift:2:15: error: enum used before its definition: E (in I)");
    }

    @Test
    void unknownConstant() {
        assertErrors(
                "const i32 a = B\nconst i32 B = 1\nconst i32 c = nothing",
                "t.thrift:1:15: error: constant used before its definition: B (in a)",
                "t.thrift:3:15: error: unknown constant: nothing (in c)");
    }

    @Test
    void unknownFieldInStructConstant() {
        assertErrors(
                "struct S { 1: i32 a }\nconst S s = {\"a\": 1, \"b\": 2}",
                "t.thrift:2:22: error: unknown field: S has no field b (in s)");
    }

    @Test
    void invalidUuid() {
        assertErrors(
                "const uuid u = \"not-a-uuid\"",
                "t.thrift:1:16: error: not a valid uuid: \"not-a-uuid\" (in u)");
    }

    @Test
    void unionWithRequiredField() {
        assertErrors(
                "union U { 1: required i32 a }",
                "t.thrift:1:27: error: union field cannot be required: a");
    }

    @Test
    void throwsNonException() {
        assertErrors(
                "struct S {}\nservice X { void f() throws (1: S s) }",
                "t.thrift:2:35: error: not an exception: t.S (in throws of f)");
    }

    @Test
    void onewayRules() {
        assertErrors(
                "exception E {}\nservice X {\n  oneway i32 f()\n  oneway void g() throws (1: E e)\n}",
                "t.thrift:3:14: error: oneway function must return void: f",
                "t.thrift:4:15: error: oneway function cannot throw: g");
    }

    @Test
    void unknownBaseService() {
        assertErrors(
                "service A extends B {}\nservice B {}\nservice C extends D {}",
                "t.thrift:1:19: error: service used before its definition: B",
                "t.thrift:3:19: error: unknown service: D");
    }

    @Test
    void duplicateFunction() {
        assertErrors(
                "service A {\n  void f()\n  void f()\n}",
                "t.thrift:3:8: error: duplicate function: A.f");
    }

    @Test
    void duplicateEnumMember() {
        assertErrors("enum E { A, A }", "t.thrift:1:13: error: duplicate enum member: E.A");
    }

    @Test
    void typedefCycle() {
        assertErrors("typedef B A\ntypedef A B", "t.thrift:1:1: error: typedef cycle: A");
    }

    @Test
    void fieldIdOutOfRange() {
        assertErrors(
                "struct S { 40000: i32 a }", "t.thrift:1:12: error: field id out of range: 40000");
    }

    @Test
    void dottedName() {
        assertErrors("struct a.b {}", "t.thrift:1:8: error: name cannot contain a dot: a.b");
    }

    @Test
    void legacyNamespaces() {
        assertErrors(
                "cpp_namespace foo\njava_package com.foo\nsmalltalk_category Thrift-Tutorial\nphp_namespace Foo",
                "t.thrift:1:1: error: cpp_namespace is no longer supported: use 'namespace cpp'"
                        + " instead",
                "t.thrift:2:1: error: java_package is no longer supported: use 'namespace java'"
                        + " instead",
                "t.thrift:3:1: error: smalltalk_category is no longer supported: use 'namespace st'"
                        + " instead",
                "t.thrift:4:1: error: php_namespace is no longer supported: use 'namespace php'"
                        + " instead");
    }

    @Test
    void senumAndSlist() {
        assertErrors(
                "senum S { \"a\", \"b\" }\nstruct T { 1: slist s }",
                "t.thrift:1:1: error: senum is no longer supported: use an enum, or string"
                        + " constants",
                "t.thrift:2:15: error: slist is no longer supported: use string instead");
    }

    @Test
    void fbthriftSyntax() {
        assertErrors(
                "package \"meta.com/x\"\n@cpp.Foo{a = 1}\nstruct S {}\n"
                        + "interaction I { void f() }\n"
                        + "service X {\n  performs I;\n  stream<i32> s();\n  S, stream<i32> t();\n}\n"
                        + "safe exception E {}\n",
                "t.thrift:1:1: error: fbthrift syntax is not supported: package (use namespace"
                        + " declarations)",
                "t.thrift:2:1: error: fbthrift syntax is not supported: structured annotation"
                        + " @cpp.Foo (use (name = \"value\") annotations)",
                "t.thrift:4:1: error: fbthrift syntax is not supported: interaction I",
                "t.thrift:6:3: error: fbthrift syntax is not supported: performs I",
                "t.thrift:7:3: error: fbthrift syntax is not supported: stream responses",
                "t.thrift:8:3: error: fbthrift syntax is not supported: several return types"
                        + " (S,stream<i32>)",
                "t.thrift:8:6: error: fbthrift syntax is not supported: stream responses",
                "t.thrift:10:1: error: fbthrift syntax is not supported: qualifier safe");
    }

    @Test
    void errorsAreAllReportedTogether() {
        assertErrors(
                "struct S { 1: Foo a, 1: Bar b }\nconst i8 x = 300",
                "t.thrift:1:15: error: unknown type: Foo",
                "t.thrift:1:22: error: duplicate field id: 1 (a and b)",
                "t.thrift:1:25: error: unknown type: Bar",
                "t.thrift:2:14: error: value out of range for i8: 300 (in x)");
    }

    @Test
    void formattedWithSourceLineAndCaret() {
        LoadResult result = idl.load("struct S {\n\t1: Foo a\n}\n");
        assertEquals(
                dir.resolve("t.thrift") + ":2:5: error: unknown type: Foo\n\t1: Foo a\n\t   ^\n",
                result.format(false));
    }

    @Test
    void implicitFieldIdWarning() {
        assertWarnings(
                "struct S { i32 a, i32 b }",
                "t.thrift:1:16: warning: no field id for a: Apache assigns -1, which may conflict"
                        + " or break compatibility when fields change",
                "t.thrift:1:23: warning: no field id for b: Apache assigns -2, which may conflict"
                        + " or break compatibility when fields change");
    }

    @Test
    void duplicateMapKeyWarning() {
        assertWarnings(
                "const map<string, i32> M = {\"a\": 1, \"a\": 2}",
                "t.thrift:1:37: warning: duplicate key in map constant: \"a\" (the last value is"
                        + " kept)");
    }

    @Test
    void otherWarnings() {
        assertWarnings(
                "struct S { 0: byte a }\nservice X { async void f(1: optional i32 a) }",
                "t.thrift:1:12: warning: field id must be positive: 0 (Apache assigns a the id -1)",
                "t.thrift:1:15: warning: byte is an alias of i8: use i8 instead",
                "t.thrift:2:13: warning: async is deprecated: use oneway instead",
                "t.thrift:2:42: warning: optional is ignored in argument lists: a");
    }
}
