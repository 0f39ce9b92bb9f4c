package dev.zerothrift.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.WireType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code zerothrift encode}: raw bytes out, and every rule of the JSON form checked. */
class EncodeCommandTest {
    @TempDir Path dir;
    Path idl;

    record Result(int status, byte[] out, String err) {}

    @BeforeEach
    void writeIdl() throws IOException {
        idl = dir.resolve("t.thrift");
        Files.writeString(idl, InspectCommandTest.IDL);
    }

    private Result encode(Protocol protocol, String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                Main.run(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        out,
                        err,
                        "encode",
                        "--idl",
                        idl.toString(),
                        "--type",
                        "T",
                        "--protocol",
                        protocol.name().toLowerCase());
        return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void writesTheBytesLibthriftWrites(Protocol protocol) {
        Result r =
                encode(
                        protocol,
                        "{\"by\": -1, \"b\": true, \"req\": 7, \"bin\": \"/w==\", \"st\": \"ACTIVE\","
                                + " \"u\": {\"x\": 3}, \"ss\": [\"z\", \"a\"]}");
        byte[] expected =
                InspectCommandTest.write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.BOOL, 1);
                            w.writeBool(true);
                            w.writeFieldBegin(WireType.BYTE, 2);
                            w.writeByte((byte) -1);
                            w.writeFieldBegin(WireType.STRING, 5);
                            w.writeBinary(new byte[] {(byte) 0xff});
                            w.writeFieldBegin(WireType.I32, 7);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.SET, 9);
                            w.writeSetBegin(WireType.STRING, 2);
                            w.writeString("z");
                            w.writeString("a");
                            w.writeFieldBegin(WireType.STRUCT, 11);
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(3);
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeFieldBegin(WireType.I32, 12);
                            w.writeI32(7);
                            w.writeFieldStop();
                        });
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertArrayEquals(expected, r.out());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    {"req": 1, "req": 2}                    | $.req      | key req repeated
                    {"req": 1, "by": 128}                   | $.by       | 128 is out of range for i8
                    {"req": 2147483648}                     | $.req      | out of range for i32
                    {"req": 1.0}                            | $.req      | expected an integer
                    {"req": 1, "d": 1}                      | $.d        | expected a double
                    {"req": 1, "d": 1e400}                  | $.d        | overflows a double
                    {"req": 1, "d": "nan"}                  | $.d        | "NaN", "Infinity" or "-Infinity"
                    {"req": 1, "bin": "AAE"}                | $.bin      | not canonical base64
                    {"req": 1, "bin": "AA-_"}               | $.bin      | not standard base64
                    {"req": 1, "id": "00112233-4455-6677-8899-AABBCCDDEEFF"} | $.id | not a lowercase
                    {"req": 1, "st": 1}                     | $.st       | write "ACTIVE"
                    {"req": 1, "st": "GONE"}                | $.st       | has no member GONE
                    {"req": 1, "nope": 1}                   | $.nope     | T has no field nope
                    {"req": 1, "_unknown": {"20": 1}}       | $._unknown | unknown fields cannot be encoded
                    {"req": null}                           | $.req      | null
                    {"req": 1} x                            | $          | not valid JSON
                    {"req": 1} {}                           | $          | content after the value
                    {"b": true}                             | $          | required field req of T is missing
                    {"req": 1, "u": {}}                     | $.u        | union U has 0 fields
                    {"req": 1, "u": {"x": 1, "y": "y"}}     | $.u        | union U has 2 fields
                    {"req": 1, "ss": ["a", "a"]}            | $.ss[1]    | duplicate set element
                    {"req": 1, "m": [[{"a": 1}, []], [{"a": 1}, [1.0]]]} | $.m[1][0] | duplicate map key
                    {"req": 1, "m": [[{"a": 1}]]}           | $.m[0]     | needs a key and a value
                    {"req": 1, "m": [[{"a": 1}, [], 3]]}    | $.m[0]     | exactly two elements
                    {"req": 1, "str": "\\ud800"}            | $.str      | unpaired surrogate
                    {"req": 1, "ss": "a"}                   | $.ss       | expected an array
                    []                                      | $          | expected an object for T
                    """)
    void rejectsWhatBreaksTheJsonForm(String json, String path, String what) {
        for (Protocol protocol : Protocol.values()) {
            Result r = encode(protocol, json);
            assertEquals(1, r.status(), r.err());
            assertEquals(0, r.out().length);
            assertTrue(r.err().startsWith("zerothrift encode: " + path + ": "), r.err());
            assertTrue(r.err().contains(what), r.err());
            assertEquals(r.err().length() - 1, r.err().indexOf('\n'), r.err());
        }
    }
}
