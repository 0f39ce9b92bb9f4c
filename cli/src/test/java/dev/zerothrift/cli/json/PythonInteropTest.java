package dev.zerothrift.cli.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.StructDescriptor;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Against an independent implementation: Apache Thrift's Python library writes random values of
 * every struct of an IDL (code from {@code thrift --gen py}); {@code inspect} prints their JSON
 * form; a JSON-form renderer of our own in Python ({@code python_interop.py}, over the Python
 * library's reading of the same bytes) must agree with it value for value; and {@code encode} of
 * that JSON gives back the Python library's bytes. Skipped (with a message) when {@code thrift} or
 * a Python with the {@code thrift} module is missing, unless {@code ZEROTHRIFT_REQUIRE_TOOLS=1}.
 */
class PythonInteropTest {
    static final String EVERY =
            """
            enum Status { ACTIVE = 1, SUSPENDED = 2, NEGATIVE = -4 }
            struct Inner { 1: i32 a, 2: optional string s, 3: optional binary b }
            exception Oops { 1: string why }
            struct Every {
              1: bool b, 2: i8 by, 3: i16 sh, 4: i32 i, 5: i64 l, 6: double d, 7: string str,
              8: binary bin, 10: Status st, 12: list<i32> li, 13: set<string> ss,
              14: map<string, Inner> m, 15: Inner inner, 18: list<bool> bools,
              19: list<set<i64>> nested, 20: map<binary, i16> ids, 21: Oops oops,
              22: list<map<Status, list<Inner>>> deep, 300: double far, -7: list<double> ds
            }
            """;

    private static String thrift;
    private static String python;
    private static String missing;

    @TempDir Path dir;

    @BeforeAll
    static void findTools() {
        thrift = works(List.of("thrift", "--version")) ? "thrift" : null;
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (python == null && works(List.of(candidate, "-c", "import thrift"))) {
                python = candidate;
            }
        }
        if (thrift == null || python == null) {
            missing =
                    thrift == null
                            ? "thrift (Apache compiler) not on PATH"
                            : "no python3 with the thrift module (python3-thrift)";
            if ("1".equals(System.getenv("ZEROTHRIFT_REQUIRE_TOOLS"))) {
                fail(missing + ": the Python interoperability test is required");
            }
            System.err.println("WARNING: " + missing + ": Python interoperability test skipped");
        }
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String run(List<String> command) throws Exception {
        Process p =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        assertEquals(0, p.exitValue(), () -> command + ":\n" + output);
        return output;
    }

    @ParameterizedTest
    @ValueSource(strings = {"workloads", "every"})
    void agreesWithApachesPythonLibrary(String which) throws Exception {
        Assumptions.assumeTrue(missing == null, () -> missing + ": skipped");
        Path idl = dir.resolve(which + ".thrift");
        if (which.equals("workloads")) {
            Files.copy(JsonFormRoundTripTest.workloads(), idl);
        } else {
            Files.writeString(idl, EVERY);
        }
        Path script = dir.resolve("python_interop.py");
        try (InputStream in = PythonInteropTest.class.getResourceAsStream("python_interop.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path gen = Files.createDirectories(dir.resolve("gen"));
        Path out = Files.createDirectories(dir.resolve("out"));
        run(List.of(thrift, "--gen", "py", "-out", gen.toString(), idl.toString()));
        run(
                List.of(
                        python,
                        script.toString(),
                        "write",
                        gen.toString(),
                        which,
                        out.toString(),
                        "7",
                        "15"));

        SchemaDescriptors schema = JsonFormRoundTripTest.load(idl);
        List<Path> messages;
        try (Stream<Path> files = Files.list(out)) {
            messages =
                    new ArrayList<>(
                            files.filter(f -> f.toString().endsWith(".bin")).sorted().toList());
        }
        assertTrue(messages.size() >= 30, "messages written: " + messages.size());
        for (Path message : messages) {
            String[] parts = message.getFileName().toString().replace(".bin", "").split("-");
            StructDescriptor type = schema.find(parts[0]).orElseThrow();
            Protocol protocol = parts[1].equals("compact") ? Protocol.COMPACT : Protocol.BINARY;
            byte[] bytes = Files.readAllBytes(message);
            byte[] json = JsonForm.inspect(type, protocol, false, bytes);
            Files.write(
                    out.resolve(message.getFileName().toString().replace(".bin", ".json")), json);
            try (Chain chain = new Chain()) {
                JsonForm.encode(type, protocol, new ByteArrayInputStream(json), chain);
                assertArrayEquals(bytes, chain.toByteArray(), message::toString);
            }
        }
        String report =
                run(
                        List.of(
                                python,
                                script.toString(),
                                "check",
                                gen.toString(),
                                which,
                                out.toString()));
        assertEquals("checked " + messages.size() + " messages", report.strip());
    }
}
