package dev.zerothrift.codegentests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.runtime.codec.LengthMismatchException;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A value changed between its length and its write is caught with a {@link
 * LengthMismatchException}, never sent as a corrupt message.
 */
class ConcurrentMutationTest {
    /** A growing sink that runs {@code change} when the write first asks for room. */
    static final class MutatingSink extends ByteSink {
        private final Runnable change;
        private boolean changed;

        MutatingSink(Runnable change) {
            this.change = change;
            this.buffer = new byte[16];
        }

        @Override
        public long written() {
            return position;
        }

        @Override
        protected void nextWindow(int count) {
            if (!changed) {
                changed = true;
                change.run();
            }
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + count));
            limit = buffer.length;
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aLongerValueIsCaught(Protocol protocol) {
        Request request = Workloads.request(10);
        MutatingSink sink = new MutatingSink(() -> request.setMethod("a much longer method name"));
        LengthMismatchException e =
                assertThrows(
                        LengthMismatchException.class, () -> request.fastWrite(sink, protocol));
        assertTrue(
                e.getMessage().startsWith("Request changed while it was written"), e::getMessage);
        assertEquals(request.encodedLength(protocol) - 21, e.expected());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aShorterValueIsCaught(Protocol protocol) {
        Request request = Workloads.request(10);
        MutatingSink sink = new MutatingSink(() -> request.setTraceId(null));
        assertThrows(LengthMismatchException.class, () -> request.fastWrite(sink, protocol));
    }

    /** A string of as many chars but one more byte of UTF-8 is caught too. */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aStringOfAsManyCharsButMoreBytesIsCaught(Protocol protocol) {
        Request request = Workloads.request(10).setMethod("echo");
        MutatingSink sink = new MutatingSink(() -> request.setMethod("\u00e9cho"));
        LengthMismatchException e =
                assertThrows(
                        LengthMismatchException.class, () -> request.fastWrite(sink, protocol));
        assertEquals(request.encodedLength(protocol) - 1, e.expected());
    }

    /** As below, into a growing array sink (the direct encode), with non-ASCII values too. */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aRaceIntoAGrowingSinkNeverYieldsAWrongMessage(Protocol protocol)
            throws InterruptedException {
        List<String> methods =
                List.of("echo", "\u00e9cho", "a longer method name", "\uD83D\uDE00o");
        Request request = Workloads.request(10);
        AtomicBoolean stop = new AtomicBoolean();
        Thread mutator =
                new Thread(
                        () -> {
                            int i = 0;
                            while (!stop.get()) {
                                request.setMethod(methods.get(i++ & 3));
                            }
                        });
        mutator.start();
        int mismatches = 0;
        ArraySink sink = new ArraySink(64);
        try {
            for (int i = 0; i < 20_000; i++) {
                sink.clear();
                try {
                    request.fastWrite(sink, protocol);
                    String method = Request.fastRead(sink.toByteArray(), protocol).getMethod();
                    assertTrue(methods.contains(method), method);
                } catch (LengthMismatchException e) {
                    mismatches++;
                }
            }
        } finally {
            stop.set(true);
            mutator.join();
        }
        System.out.println("length mismatches caught: " + mismatches + " of 20000 writes");
    }

    @Test
    void aRaceWithAnotherThreadNeverYieldsAWrongMessage() throws InterruptedException {
        Request request = Workloads.request(10);
        AtomicBoolean stop = new AtomicBoolean();
        Thread mutator =
                new Thread(
                        () -> {
                            boolean longer = false;
                            while (!stop.get()) {
                                request.setMethod(longer ? "a longer method name" : "echo");
                                longer = !longer;
                            }
                        });
        mutator.start();
        int mismatches = 0;
        try {
            for (int i = 0; i < 20_000; i++) {
                try {
                    byte[] bytes = request.fastWrite(Protocol.BINARY);
                    // Whatever was written is a whole, valid message of one of the two values.
                    String method = Request.fastRead(bytes, Protocol.BINARY).getMethod();
                    assertTrue(method.equals("echo") || method.equals("a longer method name"));
                } catch (LengthMismatchException e) {
                    mismatches++;
                }
            }
        } finally {
            stop.set(true);
            mutator.join();
        }
        // Not asserted above zero: how often the threads interleave is up to the scheduler.
        System.out.println("length mismatches caught: " + mismatches + " of 20000 writes");
    }
}
