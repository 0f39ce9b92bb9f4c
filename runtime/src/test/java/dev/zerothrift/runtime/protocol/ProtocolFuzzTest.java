package dev.zerothrift.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.zerothrift.runtime.io.ArraySource;

import java.util.Random;

/**
 * Jazzer fuzz tests, one per decoder. Without {@code JAZZER_FUZZ} they run in regression mode over
 * the saved inputs in {@code ProtocolFuzzTestInputs/<method>/} (test resources); to fuzz one for
 * longer:
 *
 * <pre>
 *   JAZZER_FUZZ=1 mvn -pl runtime test -Dtest='ProtocolFuzzTest#binary'
 * </pre>
 *
 * (11 minutes each, the {@code maxDuration} below; raise it to fuzz longer). New inputs go to
 * {@code runtime/.cifuzz-corpus/}; a crashing input is saved beside the seeds and so becomes a
 * regression test.
 *
 * <p>The first input byte picks the type to skip; the rest is the message. Any exception but {@link
 * ProtocolException} is a finding, and so is a decode whose result depends on how the bytes are
 * split into windows.
 */
class ProtocolFuzzTest {

    @FuzzTest(maxDuration = "11m")
    void binary(byte[] input) {
        skipEverything(Protocol.BINARY, input);
    }

    @FuzzTest(maxDuration = "11m")
    void compact(byte[] input) {
        skipEverything(Protocol.COMPACT, input);
    }

    /** Message header, then the struct of arguments, in both protocols and strict binary. */
    @FuzzTest(maxDuration = "11m")
    void messages(byte[] input) {
        Limits limits = Limits.DEFAULT;
        ProtocolReader[] readers = {
            new BinaryReader(new ArraySource(input), limits, false),
            new BinaryReader(new ArraySource(input), limits, true),
            new CompactReader(new ArraySource(input), limits)
        };
        for (ProtocolReader reader : readers) {
            try {
                ThriftMessage message = reader.readMessageBegin();
                assertTrue(message.name() != null);
                reader.skip(WireType.STRUCT);
            } catch (ProtocolException e) {
                checkException(e, input.length - 0);
            }
        }
    }

    private static void skipEverything(Protocol protocol, byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte type = Value.ALL[(input[0] & 0xff) % Value.ALL.length];
        int length = input.length - 1;
        ProtocolReader reader =
                protocol.newReader(new ArraySource(input, 1, length), Limits.DEFAULT);
        long consumed;
        ProtocolException failure = null;
        try {
            reader.skip(type);
        } catch (ProtocolException e) {
            checkException(e, length);
            failure = e;
        }
        consumed = reader.source().offset();

        // The same bytes through small windows (a chain's view) must give the same outcome.
        byte[] body = java.util.Arrays.copyOfRange(input, 1, input.length);
        ProtocolReader chunked =
                protocol.newReader(new ChunkedSource(body, new Random(length), 7), Limits.DEFAULT);
        try {
            chunked.skip(type);
            assertTrue(failure == null, "array source failed, small windows did not");
            assertEquals(consumed, chunked.source().offset());
            assertEquals(0, chunked.depth());
        } catch (ProtocolException e) {
            checkException(e, length);
            assertTrue(failure != null, "small windows failed, array source did not: " + e);
            assertEquals(failure.kind(), e.kind());
            assertEquals(failure.fieldId(), e.fieldId());
        }
    }

    private static void checkException(ProtocolException e, long length) {
        assertTrue(e.kind() != null);
        assertTrue(e.offset() >= 0 && e.offset() <= length, "offset " + e.offset());
    }
}
