package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The choice of implementation, in fresh JVMs: with and without the {@code jdk.incubator.vector}
 * module, and forced by {@value BulkCodecs#PROPERTY}.
 */
class BulkCodecsTest {
    @Test
    void bothImplementationsAreAvailableInTests() {
        assertEquals("scalar", BulkCodecs.scalar().name());
        assertEquals("vector", BulkCodecs.vector().orElseThrow().name());
        assertEquals(BulkCodecs.selected(), BinaryLists.get().codec());
    }

    @Test
    void withoutTheModuleTheScalarImplementationIsUsed() throws Exception {
        assertEquals("selected=scalar vector=false", probe(false, null));
        assertEquals("selected=scalar vector=false", probe(false, "vector"));
    }

    @Test
    void withTheModuleThePropertyChooses() throws Exception {
        String preferred = BulkCodecs.PREFER_VECTOR ? "vector" : "scalar";
        assertEquals("selected=" + preferred + " vector=true", probe(true, null));
        assertEquals("selected=" + preferred + " vector=true", probe(true, "auto"));
        assertEquals("selected=scalar vector=true", probe(true, "scalar"));
        assertEquals("selected=vector vector=true", probe(true, "vector"));
    }

    /** Runs {@link SelectionProbe} in a new JVM on this test's class path. */
    private static String probe(boolean module, String property)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (module) {
            command.add("--add-modules");
            command.add("jdk.incubator.vector");
        }
        if (property != null) {
            command.add("-D" + BulkCodecs.PROPERTY + "=" + property);
        }
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SelectionProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe finished");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), err);
        return out.strip();
    }
}
