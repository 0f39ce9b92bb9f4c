package dev.zerothrift.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ImplsTest {
    @Test
    void namesInReportOrder() {
        assertEquals(java.util.List.of("views", "fastcodec", "libthrift"), Impls.names());
    }

    /**
     * With ZEROTHRIFT_REQUIRE_TOOLS set (CI), the libthrift rows must be built; elsewhere a missing
     * thrift compiler only leaves them out.
     */
    @Test
    void libthriftIsBuiltWhereToolsAreRequired() {
        boolean present = Impls.available().contains("libthrift");
        if (!present) {
            System.err.println(
                    "ImplsTest: libthrift rows left out: no thrift compiler at build time");
        }
        assumeTrue(System.getenv("ZEROTHRIFT_REQUIRE_TOOLS") != null || present);
        assertTrue(present, "libthrift rows are required (ZEROTHRIFT_REQUIRE_TOOLS is set)");
    }

    @Test
    void viewsAndFastCodecsAreBuilt() {
        // Both come from the generator in this module's build; an absent one would say why
        // (Impls.get), but none is absent any more.
        assertTrue(Impls.available().containsAll(java.util.List.of("views", "fastcodec")));
        assertTrue(Impls.get("views") != null);
    }
}
