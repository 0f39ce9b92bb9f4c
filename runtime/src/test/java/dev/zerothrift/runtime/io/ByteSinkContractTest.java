package dev.zerothrift.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.BigEndian;
import dev.zerothrift.runtime.buffer.LeakCheckExtension;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What every {@link ByteSink} must do, whatever holds its bytes. A subclass says how to make an
 * empty sink, how to read back what it holds, and how to free it; every test then runs against it,
 * with the leak check on.
 */
@ExtendWith(LeakCheckExtension.class)
public abstract class ByteSinkContractTest {
    private final List<ByteSink> made = new ArrayList<>();

    /** A new, empty sink. */
    protected abstract ByteSink newSink();

    /** Every byte written to {@code sink} so far, in order. */
    protected abstract byte[] contents(ByteSink sink);

    /** Frees what {@code sink} holds; called once after each test for every sink it made. */
    protected void release(ByteSink sink) {}

    /** Makes a sink that is released after the test. */
    protected final ByteSink sink() {
        ByteSink sink = newSink();
        made.add(sink);
        return sink;
    }

    @AfterEach
    public final void releaseSinks() {
        made.forEach(this::release);
        made.clear();
    }

    @Test
    public void anEmptySinkHoldsNothing() {
        ByteSink sink = sink();
        assertEquals(0, sink.written());
        assertArrayEquals(new byte[0], contents(sink));
    }

    @Test
    public void writesSingleBytesAcrossWindows() {
        ByteSink sink = sink();
        byte[] expected = new byte[20_000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (i * 31 + 7);
            sink.writeByte(expected[i]);
        }
        assertEquals(expected.length, sink.written());
        assertArrayEquals(expected, contents(sink));
    }

    @Test
    public void ensureGivesAContiguousWindowOfAtLeastTheCountAsked() {
        ByteSink sink = sink();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int value = 0;
        for (int count : new int[] {1, 2, 3, 7, 8, 9, 63, 64, 65, 100, 4095, 5000, 70_000, 1}) {
            sink.ensure(count);
            assertTrue(
                    sink.limit() - sink.position() >= count,
                    "ensure(" + count + ") gave " + (sink.limit() - sink.position()));
            byte[] buffer = sink.buffer();
            int at = sink.position();
            for (int i = 0; i < count; i++) {
                buffer[at + i] = (byte) value;
                expected.write(value++);
            }
            sink.advance(count);
            assertEquals(expected.size(), sink.written());
        }
        assertArrayEquals(expected.toByteArray(), contents(sink));
    }

    @Test
    public void bigEndianValuesWrittenThroughTheWindow() {
        ByteSink sink = sink();
        ByteBuffer expected = ByteBuffer.allocate(3000 * 15);
        for (int i = 0; i < 3000; i++) {
            long value = 0x0102030405060708L * i;
            sink.ensure(8);
            BigEndian.putLong(sink.buffer(), sink.position(), value);
            sink.advance(8);
            expected.putLong(value);
            sink.ensure(4);
            BigEndian.putInt(sink.buffer(), sink.position(), (int) value);
            sink.advance(4);
            expected.putInt((int) value);
            sink.ensure(2);
            BigEndian.putShort(sink.buffer(), sink.position(), (short) i);
            sink.advance(2);
            expected.putShort((short) i);
            sink.writeByte(i); // so that later values start at every alignment
            expected.put((byte) i);
        }
        assertEquals(expected.position(), sink.written());
        assertArrayEquals(expected.array(), contents(sink));
    }

    @Test
    public void writeBytesCopiesRangesOfAnySize() {
        ByteSink sink = sink();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Random random = new Random(42);
        for (int size : new int[] {0, 1, 5, 64, 100, 8191, 8192, 8193, 20_000, 3}) {
            byte[] source = new byte[size + 10];
            random.nextBytes(source);
            sink.writeBytes(source, 5, size);
            expected.write(source, 5, size);
        }
        assertEquals(expected.size(), sink.written());
        assertArrayEquals(expected.toByteArray(), contents(sink));
    }

    @Test
    public void writeBytesTakesACopy() {
        ByteSink sink = sink();
        byte[] source = {1, 2, 3, 4};
        sink.writeBytes(source, 0, 4);
        Arrays.fill(source, (byte) 9);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, contents(sink));
    }

    @Test
    public void writeReferenceAppendsTheBytesWhetherOrNotItCopies() {
        ByteSink sink = sink();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Random random = new Random(7);
        long uncopied = 0;
        for (int size : new int[] {0, 10, 100_000, 3, 5000, 70_000, 1, 4096, 4095}) {
            byte[] source = new byte[size + 2];
            random.nextBytes(source);
            sink.writeByte(size);
            expected.write(size);
            if (sink.writeReference(source, 1, size)) {
                uncopied += size;
            }
            expected.write(source, 1, size);
            sink.ensure(8);
            BigEndian.putLong(sink.buffer(), sink.position(), size);
            sink.advance(8);
            expected.writeBytes(ByteBuffer.allocate(8).putLong(size).array());
        }
        assertTrue(uncopied <= sink.written());
        assertEquals(expected.size(), sink.written());
        assertArrayEquals(expected.toByteArray(), contents(sink));
    }

    @Test
    public void aReferenceTakenIsNotACopy() {
        ByteSink sink = sink();
        byte[] source = new byte[100_000];
        if (sink.writeReference(source, 0, source.length)) {
            source[99_999] = 5;
            assertEquals(5, contents(sink)[99_999]);
        }
    }

    @Test
    public void emptyWindowsAndWritesChangeNothing() {
        ByteSink sink = sink();
        sink.ensure(0);
        sink.advance(0);
        sink.writeBytes(new byte[3], 3, 0);
        sink.writeByte(1);
        sink.ensure(0);
        assertEquals(1, sink.written());
        assertArrayEquals(new byte[] {1}, contents(sink));
    }

    @Test
    public void rejectsRangesOutsideTheSource() {
        ByteSink sink = sink();
        byte[] source = new byte[4];
        assertBadRange(() -> sink.writeBytes(source, 2, 3));
        assertBadRange(() -> sink.writeBytes(source, -1, 1));
        assertBadRange(() -> sink.writeBytes(source, 0, -1));
        assertBadRange(() -> sink.writeReference(source, 3, 2));
        assertBadRange(() -> sink.writeReference(source, 0, -5));
        assertEquals(0, sink.written());
    }

    private static void assertBadRange(Runnable bad) {
        RuntimeException e = assertThrows(RuntimeException.class, bad::run);
        assertTrue(
                e instanceof IndexOutOfBoundsException || e instanceof IllegalArgumentException,
                "expected IndexOutOfBoundsException or IllegalArgumentException: " + e);
    }
}
