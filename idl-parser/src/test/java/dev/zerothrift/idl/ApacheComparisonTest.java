package dev.zerothrift.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * For every corpus file the Apache compiler 0.17 accepts, our schema agrees with what {@code thrift
 * --gen json} prints: names, field ids (implicit too), requiredness, types, defaults, constant and
 * enum values. Skipped (with a message) when {@code thrift} is not installed, unless {@code
 * ZEROTHRIFT_REQUIRE_TOOLS=1}.
 */
class ApacheComparisonTest {
    /** Keys of Apache's output that we do not compare. */
    private static final Set<String> IGNORED = Set.of();

    private static Path thrift;

    @TempDir Path out;

    private static String missing;

    @BeforeAll
    static void findThrift() {
        String configured = System.getProperty("zerothrift.thrift");
        thrift = configured != null ? existing(Path.of(configured)) : onPath("thrift");
        if (thrift == null) {
            missing =
                    configured != null
                            ? "thrift (Apache compiler) not found at " + configured
                            : "thrift (Apache compiler) not on PATH";
            if ("1".equals(System.getenv("ZEROTHRIFT_REQUIRE_TOOLS"))) {
                fail(missing + ": the Apache comparison is required (ZEROTHRIFT_REQUIRE_TOOLS=1)");
            }
            System.err.println("WARNING: " + missing + ": Apache comparison tests skipped");
        }
    }

    /** Skips each comparison, with the reason, when the compiler is missing. */
    private static void assumeThrift() {
        Assumptions.assumeTrue(thrift != null, () -> missing + ": Apache comparison skipped");
    }

    private static Path existing(Path file) {
        return Files.isExecutable(file) ? file : null;
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Stream<Corpus.Entry> accepted() {
        return Corpus.entries().stream().filter(Corpus.Entry::apacheAccepted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void sameAsApache(Corpus.Entry entry) throws Exception {
        assumeThrift();
        List<String> command =
                new ArrayList<>(
                        List.of(thrift.toString(), "--gen", "json", "-out", out.toString()));
        for (Path dir : entry.includePath()) {
            command.add("-I");
            command.add(dir.toString());
        }
        command.add(entry.file().toString());
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(out.resolve("thrift.log").toFile())
                        .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("thrift timed out on " + entry);
        }
        assertEquals(0, process.exitValue(), () -> "thrift failed: " + log());
        String name = entry.file().getFileName().toString().replaceFirst("\\.thrift$", "");
        Object apache = Json.parse(Files.readString(out.resolve(name + ".json")));

        LoadResult result = CorpusTest.load(entry);
        Schema schema = result.orThrow();
        Program program = schema.roots().get(0);
        Map<String, Object> ours = ApacheJsonView.of(schema, program);

        List<String> differences = new ArrayList<>();
        compare("", apache, ours, differences);
        if (!differences.isEmpty()) {
            fail(
                    differences.size()
                            + " differences:\n"
                            + String.join(
                                    "\n",
                                    differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    private String log() {
        try {
            return Files.readString(out.resolve("thrift.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean isEmpty(Object value) {
        return (value instanceof Map<?, ?> m && m.isEmpty())
                || (value instanceof List<?> l && l.isEmpty());
    }

    /** Records where {@code theirs} and {@code ours} differ; map order does not matter. */
    private static void compare(String path, Object theirs, Object ours, List<String> differences) {
        if (isEmpty(theirs) && isEmpty(ours)) {
            return; // Apache keeps "{}" written for an empty list or set as a map
        }
        if (theirs instanceof Map<?, ?> t && ours instanceof Map<?, ?> o) {
            for (Object key : t.keySet()) {
                if (IGNORED.contains(key)) {
                    continue;
                }
                if (!o.containsKey(key)) {
                    differences.add(path + "." + key + ": only in Apache's: " + t.get(key));
                } else {
                    compare(path + "." + key, t.get(key), o.get(key), differences);
                }
            }
            for (Object key : o.keySet()) {
                if (!t.containsKey(key)) {
                    differences.add(path + "." + key + ": only in ours: " + o.get(key));
                }
            }
        } else if (theirs instanceof List<?> t && ours instanceof List<?> o) {
            if (t.size() != o.size()) {
                differences.add(
                        path + ": " + t.size() + " elements in Apache's, " + o.size() + " in ours");
                return;
            }
            for (int i = 0; i < t.size(); i++) {
                Object element = t.get(i);
                String label =
                        element instanceof Map<?, ?> m && m.get("name") != null
                                ? String.valueOf(m.get("name"))
                                : String.valueOf(i);
                compare(path + "[" + label + "]", element, o.get(i), differences);
            }
        } else if (theirs instanceof Number t && ours instanceof Number o) {
            boolean same =
                    t instanceof Long && o instanceof Long
                            ? t.equals(o)
                            : Math.abs(t.doubleValue() - o.doubleValue())
                                    <= 1e-9 * Math.max(1, Math.abs(t.doubleValue()));
            if (!same) {
                differences.add(path + ": Apache " + t + ", ours " + o);
            }
        } else if (theirs == null ? ours != null : !theirs.equals(ours)) {
            differences.add(path + ": Apache " + theirs + ", ours " + ours);
        }
    }
}
