package dev.zerothrift.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;

/** Runs a decoder on bad input: it must throw our exception, fast, without allocating much. */
final class Hostile {
    /** Bytes a decoder may allocate on bad input: the exception, its message, its stack trace. */
    static final long ALLOCATION_BOUND = 64 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Hostile() {}

    /**
     * Runs {@code decode}, which must fail with a {@link ProtocolException}; returns it. It runs
     * twice and the second run is measured: the first pays for class loading and the linking of
     * string concatenation, which are no concern of the decoder.
     */
    static ProtocolException rejects(Runnable decode) {
        try {
            decode.run();
        } catch (RuntimeException | Error e) {
            // measured below
        }
        long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        ProtocolException caught = null;
        try {
            decode.run();
        } catch (ProtocolException e) {
            caught = e;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("not a ProtocolException: " + e, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
        if (caught == null) {
            fail("bad input was accepted");
        }
        assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes: " + caught);
        assertTrue(millis < 2_000, "took " + millis + " ms: " + caught);
        return caught;
    }

    static ProtocolException rejects(ProtocolException.Kind kind, Runnable decode) {
        ProtocolException e = rejects(decode);
        assertEquals(kind, e.kind(), e.getMessage());
        return e;
    }

    /** Runs {@code decode} on input that may or may not be valid: only our exception may escape. */
    static void survives(Runnable decode) {
        try {
            decode.run();
        } catch (ProtocolException e) {
            assertTrue(e.offset() >= -1);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("not a ProtocolException: " + e, e);
        }
    }

    static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
