package dev.zerothrift.cli.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.idl.SchemaLoader;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.StructDescriptor;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.apache.thrift.transport.TMemoryBuffer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * encode then inspect gives back the JSON text, and the bytes encode writes are the bytes libthrift
 * writes for the same value: random values of every type of {@code workloads.thrift} and of a
 * schema that has every kind of type, in both protocols.
 */
class JsonFormRoundTripTest {
    static final String EVERY_KIND =
            """
            enum Status { ACTIVE = 1, SUSPENDED = 2, ALSO_ACTIVE = 1, NEGATIVE = -4 }
            typedef list<Status> Statuses
            struct Inner { 1: required i32 a, 2: optional string s, 3: optional Inner next }
            union Choice { 1: i32 x, 2: string y, 3: Inner z }
            exception Oops { 1: string why }
            struct Every {
              1: bool b, 2: i8 by, 3: i16 sh, 4: i32 i, 5: i64 l, 6: double d,
              7: string str, 8: binary bin, 9: uuid id, 10: Status st, 11: Statuses sts,
              12: list<i32> li, 13: set<string> ss, 14: map<string, Inner> m, 15: Inner inner,
              16: Choice u, 17: map<Inner, list<double>> byStruct, 18: optional list<bool> bools,
              19: set<set<i64>> nested, 20: map<binary, i16> ids, 21: Oops oops,
              22: list<map<Status, set<Choice>>> deep, -3: i64 negativeId, 300: double far
            }
            struct Uuids { 1: list<uuid> list, 2: map<uuid, set<uuid>> map }
            """;

    static Path workloads() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null
                && !Files.isRegularFile(dir.resolve("../shared/bench/workloads.thrift"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("shared/bench/workloads.thrift not found");
        }
        return dir.resolve("../shared/bench/workloads.thrift").normalize();
    }

    static SchemaDescriptors load(Path file) {
        Schema schema =
                SchemaLoader.builder().allowNegativeFieldIds(true).build().load(file).orThrow();
        return new SchemaDescriptors(schema);
    }

    static SchemaDescriptors everyKind() {
        try {
            Path file = Files.createTempFile("every", ".thrift");
            Files.writeString(file, EVERY_KIND);
            SchemaDescriptors d = load(file);
            Files.delete(file);
            return d;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final SchemaDescriptors WORKLOADS = load(workloads());
    private static final SchemaDescriptors EVERY = everyKind();
    private static final String[] TYPES = {"Request", "Batch", "Wide", "MyTest", "Lists", "User"};

    private static void roundTrip(StructDescriptor d, Protocol protocol, long seed)
            throws Exception {
        roundTrip(d, protocol, seed, true);
    }

    /**
     * @param libthrift whether libthrift can read the type (0.23 cannot read containers of uuid:
     *     its {@code getMinSerializedSize} does not know type 16).
     */
    private static void roundTrip(
            StructDescriptor d, Protocol protocol, long seed, boolean libthrift) throws Exception {
        Object tree = new RandomJson(new Random(seed)).struct(d, 3);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Json.write(tree, text);
        byte[] json = text.toByteArray();

        byte[] bytes;
        try (Chain chain = new Chain()) {
            JsonForm.encode(d, protocol, new ByteArrayInputStream(json), chain);
            bytes = chain.toByteArray();
        }
        // libthrift reads our bytes and writes the value in declaration order: the same bytes
        if (libthrift) {
            TMemoryBuffer copy = new TMemoryBuffer(64);
            LibthriftCopy.struct(
                    Protocols.reader(protocol, bytes), Protocols.of(protocol, copy), d);
            assertArrayEquals(
                    java.util.Arrays.copyOf(copy.getArray(), copy.length()),
                    bytes,
                    () -> new String(json, StandardCharsets.UTF_8));
        }

        byte[] inspected = JsonForm.inspect(d, protocol, false, bytes);
        assertEquals(
                new String(json, StandardCharsets.UTF_8),
                new String(inspected, StandardCharsets.UTF_8));
    }

    @Property(tries = 120)
    void workloadTypes(
            @ForAll long seed, @ForAll Protocol protocol, @ForAll @IntRange(max = 5) int type)
            throws Exception {
        roundTrip(WORKLOADS.find(TYPES[type]).orElseThrow(), protocol, seed);
    }

    @Property(tries = 300)
    void everyKindOfType(@ForAll long seed, @ForAll Protocol protocol) throws Exception {
        roundTrip(EVERY.find("Every").orElseThrow(), protocol, seed);
    }

    @Property(tries = 50)
    void containersOfUuids(@ForAll long seed, @ForAll Protocol protocol) throws Exception {
        roundTrip(EVERY.find("Uuids").orElseThrow(), protocol, seed, false);
    }
}
