package dev.zerothrift.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegen.GeneratorOptions.FieldOrder;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.runtime.codec.ThriftStruct;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TMemoryBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every corpus file the front end accepts: its generated code (included programs too) compiles
 * without a warning under {@code -Xlint:all}, and for every struct, union and exception of the
 * file, random values written by libthrift's {@code TProtocol} in both protocols are read by the
 * generated {@code fastRead} and written back by {@code fastWrite} (IDL order) byte for byte, with
 * {@code encodedLength} equal to the byte count.
 */
class CorpusCodegenTest {
    static final int VALUES_PER_TYPE = 4;

    /**
     * Files whose Java cannot compile, and the generator's error for each: a type of a program
     * without {@code namespace java} (the unnamed package) used from a program with one.
     */
    static final Map<String, String> GENERATOR_ERRORS =
            Map.of(
                    "creditkarma__thrift-typescript/src/tests/unit/fixtures/thrift/exceptions.thrift",
                    "field 'code' of InvalidResult has type shared.Code",
                    "creditkarma__thrift-typescript/src/tests/unit/fixtures/thrift/operation.thrift",
                    "field 'code' of InvalidResult has type shared.Code",
                    "creditkarma__thrift-typescript/src/tests/unit/fixtures/thrift/calculator.thrift",
                    "field 'code' of InvalidResult has type shared.Code");

    static Stream<Corpus.Entry> entries() {
        return Corpus.accepted().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void compilesAndMatchesLibthrift(Corpus.Entry entry) throws Exception {
        Schema schema = Generated.load(entry.file(), entry.includePath());
        GeneratorOptions options =
                GeneratorOptions.defaults()
                        .withFieldOrder(FieldOrder.IDL)
                        .withIncludedPrograms(true);
        String expectedError = GENERATOR_ERRORS.get(entry.toString());
        if (expectedError != null) {
            GeneratorException e =
                    assertThrows(
                            GeneratorException.class,
                            () -> new ThriftGenerator(options).generate(schema));
            assertTrue(e.getMessage().contains(expectedError), e::getMessage);
            return;
        }
        if (new ThriftGenerator(options).generate(schema).isEmpty()) {
            // Services and typedefs only: nothing to compile (services are the rpc generator's).
            for (Program program : schema.programs()) {
                assertTrue(
                        program.structs().isEmpty()
                                && program.enums().isEmpty()
                                && program.constants().isEmpty(),
                        program::toString);
            }
            return;
        }
        checkAgainstLibthrift(schema, options, entry.toString().hashCode(), VALUES_PER_TYPE);
    }

    /** The benchmark workloads, in both field orders, with more values per type. */
    @ParameterizedTest
    @EnumSource(FieldOrder.class)
    void workloadsMatchLibthrift(FieldOrder order) throws Exception {
        Schema schema = Generated.load(Shared.workloads(), java.util.List.of());
        checkAgainstLibthrift(schema, GeneratorOptions.defaults().withFieldOrder(order), 42, 50);
    }

    /**
     * Compiles the schema's code and checks every struct of its roots on random values: libthrift's
     * bytes read by {@code fastRead} and written by {@code fastWrite} give libthrift's bytes again
     * (IDL order, and compact in any order), or, in binary with fixed-size fields first, bytes that
     * libthrift reads as the same value.
     */
    static void checkAgainstLibthrift(
            Schema schema, GeneratorOptions options, long seed, int valuesPerType)
            throws Exception {
        Generated generated = Generated.of(schema, options);
        assertTrue(generated.compiled(), generated::report);
        assertTrue(generated.compilation.warnings().isEmpty(), generated::report);

        ClassLoader loader = generated.classLoader();
        SchemaValues values = new SchemaValues(schema, seed);
        for (Program program : schema.roots()) {
            for (StructType struct : program.structs()) {
                if (values.height(struct) >= SchemaValues.INFINITE) {
                    // No finite value exists: a union without fields (thriftrw-go's unions.thrift)
                    // or unions that only hold each other (Apache's Recursive.thrift).
                    continue;
                }
                String className = JavaNames.className(program, struct).reflectionName();
                Method fastRead =
                        loader.loadClass(className)
                                .getMethod("fastRead", byte[].class, Protocol.class);
                for (int i = 0; i < valuesPerType; i++) {
                    SchemaValues.Struct value = values.randomStruct(struct, 0);
                    for (Protocol protocol : Protocol.values()) {
                        byte[] expected = libthrift(values, struct, value, protocol);
                        ThriftStruct read = invoke(fastRead, expected, protocol, struct, value);
                        String where = struct.name() + " " + protocol + " " + value;
                        assertEquals(expected.length, read.encodedLength(protocol), where);
                        byte[] written = read.fastWrite(protocol);
                        assertArrayEquals(written, throughWriter(read, protocol), where);
                        assertArrayEquals(written, afterAByte(read, protocol), where);
                        if (options.fieldOrder() == FieldOrder.IDL
                                || protocol == Protocol.COMPACT) {
                            assertArrayEquals(
                                    expected,
                                    written,
                                    () ->
                                            where
                                                    + "\n"
                                                    + Arrays.toString(expected)
                                                    + "\n"
                                                    + Arrays.toString(written));
                        } else {
                            assertEquals(expected.length, written.length, where);
                            TMemoryBuffer in = new TMemoryBuffer(written.length);
                            in.write(written);
                            assertEquals(
                                    value, values.read(new TBinaryProtocol(in), struct), where);
                        }
                    }
                }
            }
        }
    }

    /**
     * The bytes of the protocol writer's path (the one a chain with strings to link takes), to hold
     * against {@code fastWrite}'s direct encode into an array.
     */
    private static byte[] throughWriter(ThriftStruct value, Protocol protocol) {
        ArraySink sink = new ArraySink(16);
        value.write(protocol.newWriter(sink));
        return sink.toByteArray();
    }

    /** {@code fastWrite} into a growing sink that holds a byte already: encoded at offset 1. */
    private static byte[] afterAByte(ThriftStruct value, Protocol protocol) {
        ArraySink sink = new ArraySink(16);
        sink.writeByte(0x5a);
        value.fastWrite(sink, protocol);
        byte[] bytes = sink.toByteArray();
        assertEquals(0x5a, bytes[0]);
        return Arrays.copyOfRange(bytes, 1, bytes.length);
    }

    private static ThriftStruct invoke(
            Method fastRead, byte[] bytes, Protocol protocol, StructType struct, Object value)
            throws Exception {
        try {
            return (ThriftStruct) fastRead.invoke(null, bytes, protocol);
        } catch (InvocationTargetException e) {
            throw new AssertionError(
                    "fastRead of " + struct.name() + " " + protocol + " " + value, e.getCause());
        }
    }

    static byte[] libthrift(
            SchemaValues values, StructType struct, SchemaValues.Struct value, Protocol protocol)
            throws Exception {
        TMemoryBuffer buffer = new TMemoryBuffer(256);
        TProtocol p =
                protocol == Protocol.BINARY
                        ? new TBinaryProtocol(buffer)
                        : new TCompactProtocol(buffer);
        values.write(p, struct, value);
        return Arrays.copyOf(buffer.getArray(), buffer.length());
    }
}
