package dev.zerothrift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.CompactWriter;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/** {@code zerothrift inspect}: the JSON form to the letter, and every error of JSON-FORM.md. */
class InspectCommandTest {
    static final String IDL =
            """
            enum Status { ACTIVE = 1, SUSPENDED = 2, ALSO_ACTIVE = 1 }
            struct Inner { 1: i32 a, 2: optional string s }
            union U { 1: i32 x, 2: string y }
            struct T {
              1: bool b, 2: i8 by, 3: double d, 4: string str, 5: binary bin, 6: uuid id,
              7: Status st, 8: Status st2, 9: set<string> ss, 10: map<Inner, list<double>> m,
              11: U u, 12: required i32 req
            }
            """;

    @TempDir Path dir;
    Path idl;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {}

    @BeforeEach
    void writeIdl() throws IOException {
        idl = dir.resolve("t.thrift");
        Files.writeString(idl, IDL);
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new ByteArrayInputStream(stdin), out, err, args);
        return new Run(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run inspect(Protocol protocol, byte[] bytes, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "inspect";
        args[1] = "--idl";
        args[2] = idl.toString();
        args[3] = "--type";
        args[4] = "T";
        args[5] = "--protocol=" + protocol.name().toLowerCase();
        System.arraycopy(more, 0, args, 6, more.length);
        return run(bytes, args);
    }

    static byte[] write(Protocol protocol, Consumer<ProtocolWriter> calls) {
        ArraySink sink = new ArraySink(16);
        ProtocolWriter w =
                protocol == Protocol.COMPACT ? new CompactWriter(sink) : new BinaryWriter(sink);
        calls.accept(w);
        return sink.toByteArray();
    }

    /** Field 12 (required) and the stop byte: what every message below ends with. */
    private static void end(ProtocolWriter w) {
        w.writeFieldBegin(WireType.I32, 12);
        w.writeI32(0);
        w.writeFieldStop();
    }

    private static byte[] message(Protocol protocol, Consumer<ProtocolWriter> fields) {
        return write(
                protocol,
                w -> {
                    fields.accept(w);
                    end(w);
                });
    }

    /** Exit 1 and one line on stderr naming the path and offset. */
    private static void assertError(Run run, String path, String what) {
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        String line = run.err();
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
        assertTrue(line.startsWith("zerothrift inspect: " + path + ": "), line);
        assertTrue(line.contains(what), line);
        assertTrue(line.matches("(?s).* at byte \\d+.*"), line);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void printsTheJsonFormToTheLetter(Protocol protocol) {
        byte[] bytes =
                write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.BOOL, 1);
                            w.writeBool(true);
                            w.writeFieldBegin(WireType.BYTE, 2);
                            w.writeByte((byte) -128);
                            w.writeFieldBegin(WireType.DOUBLE, 3);
                            w.writeDouble(1.0E-5);
                            w.writeFieldBegin(WireType.STRING, 4);
                            w.writeString("tab\there \"q\" \\ ß 😀 \u0001");
                            w.writeFieldBegin(WireType.STRING, 5);
                            w.writeBinary(new byte[] {0, 1, 2, (byte) 0xff});
                            w.writeFieldBegin(WireType.UUID, 6);
                            w.writeUuid(UUID.fromString("00112233-4455-6677-8899-AABBCCDDEEFF"));
                            w.writeFieldBegin(WireType.I32, 7);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.I32, 8);
                            w.writeI32(7);
                            w.writeFieldBegin(WireType.SET, 9);
                            w.writeSetBegin(WireType.STRING, 2);
                            w.writeString("b");
                            w.writeString("a");
                            w.writeFieldBegin(WireType.MAP, 10);
                            w.writeMapBegin(WireType.STRUCT, WireType.LIST, 1);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(3);
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeListBegin(WireType.DOUBLE, 4);
                            w.writeDouble(-0.0);
                            w.writeDouble(Double.NaN);
                            w.writeDouble(Double.NEGATIVE_INFINITY);
                            w.writeDouble(1.0E10);
                            w.writeFieldBegin(WireType.STRUCT, 11);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.STRING, 2);
                            w.writeString("why");
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeFieldBegin(WireType.I32, 12);
                            w.writeI32(-9);
                            w.writeFieldBegin(WireType.I64, 20);
                            w.writeI64(Long.MIN_VALUE);
                            w.writeFieldBegin(WireType.STRUCT, 22);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.BOOL, 1);
                            w.writeBool(false);
                            w.writeFieldBegin(WireType.STRING, 2);
                            w.writeString("s");
                            w.writeFieldBegin(WireType.MAP, 3);
                            w.writeMapBegin(WireType.I16, WireType.UUID, 1);
                            w.writeI16((short) 5);
                            w.writeUuid(new UUID(0, 1));
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeFieldStop();
                        });
        Run run = inspect(protocol, bytes);
        assertEquals(
                """
                {
                  "b" : true,
                  "by" : -128,
                  "d" : 1.0E-5,
                  "str" : "tab\\there \\"q\\" \\\\ ß 😀 \\u0001",
                  "bin" : "AAEC/w==",
                  "id" : "00112233-4455-6677-8899-aabbccddeeff",
                  "st" : "ACTIVE",
                  "st2" : 7,
                  "ss" : [
                    "b",
                    "a"
                  ],
                  "m" : [
                    [
                      {
                        "a" : 3
                      },
                      [
                        -0.0,
                        "NaN",
                        "-Infinity",
                        1.0E10
                      ]
                    ]
                  ],
                  "u" : {
                    "y" : "why"
                  },
                  "req" : -9,
                  "_unknown" : {
                    "20" : -9223372036854775808,
                    "22" : {
                      "1" : false,
                      "2" : "cw==",
                      "3" : [
                        [
                          5,
                          "00000000-0000-0000-0000-000000000001"
                        ]
                      ]
                    }
                  }
                }
                """,
                run.out());
        assertEquals(new Run(0, run.out(), ""), run);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void readsAFileOrStandardInput(Protocol protocol) throws IOException {
        byte[] bytes = message(protocol, w -> {});
        Path file = dir.resolve("m.bin");
        Files.write(file, bytes);
        Run fromFile = inspect(protocol, new byte[0], file.toString());
        Run fromStdin = inspect(protocol, bytes);
        assertEquals(new Run(0, "{\n  \"req\" : 0\n}\n", ""), fromFile);
        assertEquals(fromFile, fromStdin);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void trailingBytes(Protocol protocol) {
        byte[] bytes = message(protocol, w -> {});
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        assertError(
                inspect(protocol, longer),
                "$",
                "2 trailing bytes after the struct at byte " + bytes.length);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void truncation(Protocol protocol) {
        byte[] bytes =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.SET, 9);
                            w.writeSetBegin(WireType.STRING, 2);
                            w.writeString("abc");
                            w.writeString("defgh");
                        });
        int tail = protocol == Protocol.COMPACT ? 3 : 8; // field 12 and the stop byte
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - tail - 2);
        assertError(inspect(protocol, cut), "$.ss[1]", "");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void wrongWireTypeOfAKnownField(Protocol protocol) {
        byte[] bytes =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.I32, 2);
                            w.writeI32(5);
                        });
        assertError(
                inspect(protocol, bytes),
                "$.by",
                "field by (id 2) has wire type i32, expected byte");
        Run lenient = inspect(protocol, bytes, "--lenient");
        assertEquals(
                new Run(0, "{\n  \"req\" : 0,\n  \"_unknown\" : {\n    \"2\" : 5\n  }\n}\n", ""),
                lenient);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void repeatedFieldId(Protocol protocol) {
        byte[] bytes =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.BYTE, 2);
                            w.writeByte((byte) 1);
                            w.writeFieldBegin(WireType.BYTE, 2);
                            w.writeByte((byte) 2);
                        });
        assertError(inspect(protocol, bytes), "$.by", "repeated");
        assertEquals(
                new Run(0, "{\n  \"by\" : 2,\n  \"req\" : 0\n}\n", ""),
                inspect(protocol, bytes, "--lenient"));
        byte[] unknownTwice =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.BYTE, 40);
                            w.writeByte((byte) 1);
                            w.writeFieldBegin(WireType.BYTE, 40);
                            w.writeByte((byte) 2);
                        });
        assertError(inspect(protocol, unknownTwice), "$._unknown.40", "repeated");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void missingRequiredField(Protocol protocol) {
        byte[] bytes = write(protocol, ProtocolWriter::writeFieldStop);
        assertError(inspect(protocol, bytes), "$", "required field req (id 12) of T is missing");
        assertError(inspect(protocol, bytes, "--lenient"), "$", "required field req");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void unionWithOtherThanOneField(Protocol protocol) {
        byte[] none =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.STRUCT, 11);
                            w.writeStructBegin();
                            w.writeFieldStop();
                            w.writeStructEnd();
                        });
        assertError(inspect(protocol, none), "$.u", "union U has 0 fields set");
        byte[] two =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.STRUCT, 11);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.STRING, 2);
                            w.writeString("y");
                            w.writeFieldStop();
                            w.writeStructEnd();
                        });
        assertError(inspect(protocol, two), "$.u", "union U has 2 fields set");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void containerElementsOfAnotherType(Protocol protocol) {
        byte[] bytes =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.SET, 9);
                            w.writeSetBegin(WireType.I32, 1);
                            w.writeI32(1);
                        });
        assertError(
                inspect(protocol, bytes),
                "$.ss",
                "set elements have wire type i32, expected string");
        byte[] map =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.MAP, 10);
                            w.writeMapBegin(WireType.STRUCT, WireType.SET, 1);
                            w.writeStructBegin();
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeSetBegin(WireType.DOUBLE, 0);
                        });
        assertError(inspect(protocol, map), "$.m", "map entries have wire types struct -> set");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void duplicateSetElementsAndMapKeys(Protocol protocol) {
        byte[] set =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.SET, 9);
                            w.writeSetBegin(WireType.STRING, 3);
                            w.writeString("a");
                            w.writeString("b");
                            w.writeString("a");
                        });
        assertError(inspect(protocol, set), "$.ss[2]", "duplicate set element");
        byte[] map =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.MAP, 10);
                            w.writeMapBegin(WireType.STRUCT, WireType.LIST, 2);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(3);
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeListBegin(WireType.DOUBLE, 0);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(3);
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeListBegin(WireType.DOUBLE, 1);
                            w.writeDouble(2.0);
                        });
        assertError(inspect(protocol, map), "$.m[1][0]", "duplicate map key");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void invalidUtf8(Protocol protocol) {
        byte[] bytes =
                message(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.STRING, 4);
                            w.writeBinary(new byte[] {'o', 'k', (byte) 0xc3, '!'});
                        });
        Run run = inspect(protocol, bytes);
        assertError(run, "$.str", "invalid UTF-8");
        int prefix = protocol == Protocol.COMPACT ? 2 : 7;
        assertTrue(run.err().contains("at byte " + (prefix + 2)), run.err());
        assertEquals(
                new Run(0, "{\n  \"str\" : \"ok\uFFFD!\",\n  \"req\" : 0\n}\n", ""),
                inspect(protocol, bytes, "--lenient"));
    }

    @Test
    void invalidWireTypes() {
        byte[] binary = {5, 0, 1, 0};
        assertError(inspect(Protocol.BINARY, binary), "$", "");
        byte[] compact = {0x1e, 0};
        assertError(inspect(Protocol.COMPACT, compact), "$", "invalid compact field type 14");
    }

    @Test
    void typesOfIncludedFilesAreProgramQualified() throws IOException {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("shapes.thrift"), "struct Point { 1: i32 x, 2: i32 y }");
        Path root = dir.resolve("root.thrift");
        Files.writeString(root, "include \"shapes.thrift\"\nstruct Holder { 1: shapes.Point p }");
        byte[] bytes =
                write(
                        Protocol.BINARY,
                        w -> {
                            w.writeFieldBegin(WireType.I32, 2);
                            w.writeI32(4);
                            w.writeFieldStop();
                        });
        Run run =
                run(
                        bytes,
                        "inspect",
                        "--idl",
                        root.toString(),
                        "-I",
                        lib.toString(),
                        "--type",
                        "shapes.Point");
        assertEquals(new Run(0, "{\n  \"y\" : 4\n}\n", ""), run);
    }

    @Test
    void badUsageExitsTwo() {
        byte[] bytes = message(Protocol.BINARY, w -> {});
        assertEquals(2, run(bytes, "inspect", "--idl", idl.toString()).status());
        Run unknown = run(bytes, "inspect", "--idl", idl.toString(), "--type", "Nope");
        assertEquals(2, unknown.status());
        assertTrue(
                unknown.err().startsWith("no struct, union or exception Nope in "), unknown.err());
        assertEquals(
                2,
                run(bytes, "inspect", "--idl", idl.toString(), "--type", "T", "--protocol", "json")
                        .status());
        assertEquals(
                2, run(bytes, "inspect", "--idl", idl.toString(), "--type", "Status").status());
    }

    @Test
    void anIdlWithErrorsExitsOne() throws IOException {
        Path bad = dir.resolve("bad.thrift");
        Files.writeString(bad, "struct S { 1: Nope x }");
        Run run = run(new byte[0], "inspect", "--idl", bad.toString(), "--type", "S");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("unknown type: Nope"), run.err());
    }
}
