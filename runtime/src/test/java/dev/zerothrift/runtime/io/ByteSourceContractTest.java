package dev.zerothrift.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.BigEndian;
import dev.zerothrift.runtime.buffer.LeakCheckExtension;
import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What every {@link ByteSource} must do, however its bytes are held. A subclass says how to make a
 * source over a message (cutting it into as many windows as it likes) and how to free it; every
 * test then runs against it, with the leak check on.
 */
@ExtendWith(LeakCheckExtension.class)
public abstract class ByteSourceContractTest {
    private final List<ByteSource> made = new ArrayList<>();

    /** A source over exactly the bytes of {@code message}. */
    protected abstract ByteSource newSource(byte[] message);

    /** Frees what {@code source} holds; called once after each test for every source it made. */
    protected void release(ByteSource source) {}

    /** Makes a source that is released after the test. */
    protected final ByteSource source(byte[] message) {
        ByteSource source = newSource(message);
        made.add(source);
        return source;
    }

    @AfterEach
    public final void releaseSources() {
        made.forEach(this::release);
        made.clear();
    }

    static byte[] message(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    public void readsEveryByteCountingOffsetAndRemaining() {
        byte[] message = message(5000, 1);
        ByteSource source = source(message);
        for (int i = 0; i < message.length; i++) {
            assertEquals(i, source.offset());
            assertEquals(message.length - i, source.remaining());
            assertEquals(message[i], source.readByte(), "byte " + i);
        }
        assertEquals(message.length, source.offset());
        assertEquals(0, source.remaining());
    }

    @Test
    public void requireMakesContiguousBytesReadableAtEveryOffset() {
        byte[] message = message(120, 2);
        for (int count : new int[] {1, 2, 4, 8, 16, 100}) {
            for (int start = 0; start + count <= message.length; start++) {
                ByteSource source = source(message);
                source.readBytes(new byte[start], 0, start);
                source.require(count);
                assertTrue(source.limit() - source.position() >= count);
                byte[] window =
                        Arrays.copyOfRange(
                                source.buffer(), source.position(), source.position() + count);
                assertArrayEquals(
                        Arrays.copyOfRange(message, start, start + count),
                        window,
                        "require(" + count + ") at " + start);
                source.skip(count);
                assertEquals(start + count, source.offset());
                assertEquals(message.length - start - count, source.remaining());
                if (start + count < message.length) {
                    assertEquals(message[start + count], source.readByte());
                }
            }
        }
    }

    @Test
    public void bigEndianValuesReadInPlace() {
        ByteBuffer expected = ByteBuffer.allocate(1000 * 15);
        for (int i = 0; i < 1000; i++) {
            expected.putLong(0x1122334455667788L * i).putInt(i * 7).putShort((short) i);
            expected.put((byte) i);
        }
        ByteSource source = source(expected.array());
        expected.flip();
        for (int i = 0; i < 1000; i++) {
            source.require(8);
            assertEquals(expected.getLong(), BigEndian.getLong(source.buffer(), source.position()));
            source.skip(8);
            source.require(4);
            assertEquals(expected.getInt(), BigEndian.getInt(source.buffer(), source.position()));
            source.skip(4);
            source.require(2);
            assertEquals(
                    expected.getShort(), BigEndian.getShort(source.buffer(), source.position()));
            source.skip(2);
            assertEquals(expected.get(), source.readByte());
        }
        assertEquals(0, source.remaining());
    }

    @Test
    public void readBytesCopiesAcrossWindows() {
        byte[] message = message(50_000, 3);
        ByteSource source = source(message);
        byte[] copy = new byte[message.length + 4];
        int at = 0;
        for (int chunk : new int[] {0, 1, 7, 100, 8192, 20_000, 21_700}) {
            source.readBytes(copy, 2 + at, chunk);
            at += chunk;
            assertEquals(at, source.offset());
        }
        assertEquals(message.length, at);
        assertArrayEquals(message, Arrays.copyOfRange(copy, 2, 2 + message.length));
    }

    @Test
    public void requireBeyondTheEndIsTruncatedAtTheCurrentOffset() {
        byte[] message = message(20, 4);
        for (int start = 0; start <= message.length; start++) {
            ByteSource source = source(message);
            source.readBytes(new byte[start], 0, start);
            int left = message.length - start;
            ProtocolException e =
                    assertThrows(ProtocolException.class, () -> source.require(left + 1));
            assertEquals(ProtocolException.Kind.TRUNCATED, e.kind());
            assertEquals(start, e.offset());
            assertEquals(ProtocolException.NO_FIELD, e.fieldId());
            assertEquals(
                    "message truncated at byte "
                            + start
                            + ": needed "
                            + (left + 1)
                            + " more bytes, "
                            + left
                            + " left",
                    e.getMessage());
        }
    }

    @Test
    public void readBytesBeyondTheEndIsTruncated() {
        ByteSource source = source(message(10, 5));
        source.readByte();
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> source.readBytes(new byte[20], 0, 10));
        assertEquals(ProtocolException.Kind.TRUNCATED, e.kind());
        assertEquals(1, e.offset());
    }

    @Test
    public void anEmptyMessage() {
        ByteSource source = source(new byte[0]);
        assertEquals(0, source.remaining());
        source.require(0);
        ProtocolException e = assertThrows(ProtocolException.class, source::readByte);
        assertEquals(ProtocolException.Kind.TRUNCATED, e.kind());
        assertEquals(0, e.offset());
    }

    @Test
    public void randomReadsMatchTheMessage() {
        Random random = new Random(6);
        byte[] message = message(40_000, 6);
        ByteSource source = source(message);
        ByteBuffer expected = ByteBuffer.wrap(message);
        while (expected.hasRemaining()) {
            switch (random.nextInt(4)) {
                case 0 -> assertEquals(expected.get(), source.readByte());
                case 1 -> {
                    int count = Math.min(expected.remaining(), 1 + random.nextInt(12));
                    source.require(count);
                    for (int i = 0; i < count; i++) {
                        assertEquals(expected.get(), source.buffer()[source.position() + i]);
                    }
                    source.skip(count);
                }
                case 2 -> {
                    int count = Math.min(expected.remaining(), random.nextInt(3000));
                    byte[] got = new byte[count];
                    source.readBytes(got, 0, count);
                    byte[] want = new byte[count];
                    expected.get(want);
                    assertArrayEquals(want, got);
                }
                default -> {
                    if (expected.remaining() >= 8) {
                        source.require(8);
                        assertEquals(
                                expected.getLong(),
                                BigEndian.getLong(source.buffer(), source.position()));
                        source.skip(8);
                    }
                }
            }
            assertEquals(expected.position(), source.offset());
            assertEquals(expected.remaining(), source.remaining());
        }
    }
}
