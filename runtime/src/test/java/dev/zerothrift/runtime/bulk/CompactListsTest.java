package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Compact-protocol list elements against libthrift's {@code TCompactProtocol}, element by element:
 * through odd-sized windows and through plain arrays, both directions; and bad varints.
 */
class CompactListsTest {
    @Provide
    Arbitrary<Elements<?>> types() {
        return Arbitraries.of(Elements.I64, Elements.I32, Elements.I16, Elements.DOUBLE);
    }

    @Property(tries = 300)
    void writesWhatLibthriftWrites(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll @IntRange(max = 40) int offset,
            @ForAll long seed) {
        Object values = type.random(new SplittableRandom(seed), offset + count);
        byte[] expected = Libthrift.write(true, type, slice(values, offset, count));

        WindowedSink sink = new WindowedSink(seed);
        sink.writeByte(0x19);
        write(sink, values, offset, count);
        byte[] written = sink.toByteArray();
        assertArrayEquals(expected, Arrays.copyOfRange(written, 1, written.length), "sink");

        if (!(values instanceof double[])) {
            assertEquals(expected.length, encodedLength(values, offset, count));
        }
        byte[] array = new byte[3 + expected.length + 2];
        int end = encode(values, offset, count, array, 3);
        assertEquals(3 + expected.length, end);
        assertArrayEquals(expected, Arrays.copyOfRange(array, 3, end), "array");
    }

    @Property(tries = 300)
    void readsWhatLibthriftReads(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll @IntRange(max = 40) int offset,
            @ForAll long seed) {
        read(type, count, offset, seed);
    }

    private static <A> void read(Elements<A> type, int count, int offset, long seed) {
        A values = type.random(new SplittableRandom(seed), count);
        byte[] bytes = Libthrift.write(true, type, values);
        @SuppressWarnings("unchecked")
        A expected = (A) Libthrift.read(true, type, bytes, count);

        WindowedSource source = new WindowedSource(bytes, seed);
        assertArrayEquals(type.bits(expected), type.bits(read(source, type, count)), "source");
        assertEquals(0, source.remaining());

        byte[] padded = new byte[offset + bytes.length + 9];
        System.arraycopy(bytes, 0, padded, offset, bytes.length);
        A into = type.newArray(count + 2);
        int end = decode(padded, offset, offset + bytes.length, into, 2, count);
        assertEquals(offset + bytes.length, end);
        long[] bits = type.bits(into);
        assertArrayEquals(type.bits(expected), Arrays.copyOfRange(bits, 2, bits.length), "array");
    }

    @Property(tries = 200)
    void roundTripsThroughWindows(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 5000) int count,
            @ForAll long seed) {
        Object values = type.random(new SplittableRandom(seed), count);
        WindowedSink sink = new WindowedSink(seed);
        write(sink, values, 0, count);
        Object back = read(new WindowedSource(sink.toByteArray(), ~seed), type, count);
        assertArrayEquals(wireBits(type, values), bits(type, back));
    }

    /**
     * A sink whose window claims more than its array holds, as the fast codec's exact-length sink
     * does: the elements fill the array to its last byte and nothing is stored past it.
     */
    @Property(tries = 200)
    void fillsAnExactArrayWhoseWindowClaimsMore(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll long seed) {
        Object values = type.random(new SplittableRandom(seed), count);
        byte[] expected = Libthrift.write(true, type, values);
        ExactSink sink = new ExactSink(new byte[expected.length]);
        write(sink, values, 0, count);
        assertEquals(expected.length, sink.written());
        assertArrayEquals(expected, sink.array());
    }

    /** An array of exactly the bytes to write, its window 4 KiB longer (never grown). */
    private static final class ExactSink extends ByteSink {
        ExactSink(byte[] array) {
            this.buffer = array;
            this.limit = array.length + 4096;
        }

        byte[] array() {
            return buffer;
        }

        @Override
        public long written() {
            return position;
        }

        @Override
        protected void nextWindow(int count) {
            throw new IllegalStateException("an exact sink never grows");
        }
    }

    @Example
    void i16KeepsTheLow16BitsOfALargerVarintAsLibthriftDoes() {
        byte[] bytes = new byte[8];
        int end = CompactLists.encode(new int[] {70_000, -1_000_000}, 0, 2, bytes, 0);
        bytes = Arrays.copyOf(bytes, end);
        short[] expected = (short[]) Libthrift.read(true, Elements.I16, bytes, 2);
        assertArrayEquals(expected, CompactLists.readShorts(new WindowedSource(bytes, 1), 2));
        assertArrayEquals(new short[] {(short) 70_000, (short) -1_000_000}, expected);
    }

    @Example
    void aVarintLongerThanItsTypeIsInvalid() {
        byte[] i64 = new byte[40];
        Arrays.fill(i64, 0, 11, (byte) 0x80); // eleven bytes, all with the continuation bit
        byte[] i32 = new byte[40];
        Arrays.fill(i32, 1, 7, (byte) 0xFF); // a good one-byte varint, then six continuing bytes

        // In a window that holds the longest varint (the fast loop)...
        ProtocolException e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.decode(i64, 0, i64.length, new long[2], 0, 2));
        assertEquals(Kind.INVALID_DATA, e.kind());
        assertEquals(0, e.offset());
        e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.decode(i32, 0, i32.length, new int[2], 0, 2));
        assertEquals(Kind.INVALID_DATA, e.kind());
        assertEquals(1, e.offset());
        e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.decode(i32, 0, i32.length, new short[2], 0, 2));
        assertEquals(Kind.INVALID_DATA, e.kind());

        // ...and byte by byte across windows (the message ends right after the bad varint).
        e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.readLongs(new WindowedSource(i64, 0, 12, 3), 1));
        assertEquals(Kind.INVALID_DATA, e.kind());
        e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.readInts(new WindowedSource(i32, 0, 8, 3), 2));
        assertEquals(Kind.INVALID_DATA, e.kind());
        assertEquals(1, e.offset());
    }

    @Example
    void aVarintCutOffByTheEndOfTheMessageIsTruncated() {
        byte[] bytes = {0x02, (byte) 0x80, (byte) 0x80};
        ProtocolException e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.readLongs(new WindowedSource(bytes, 5), 2));
        assertEquals(Kind.TRUNCATED, e.kind());
        e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.decode(bytes, 0, 3, new int[2], 0, 2));
        assertEquals(Kind.TRUNCATED, e.kind());
    }

    @Example
    void countsAreCheckedBeforeAnythingIsAllocated() {
        byte[] bytes = new byte[16];
        WindowedSource source = new WindowedSource(bytes, 7);
        ProtocolException e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.readLongs(source, Integer.MAX_VALUE));
        assertEquals(Kind.SIZE_LIMIT, e.kind());
        e = assertThrows(ProtocolException.class, () -> CompactLists.readInts(source, 17));
        assertEquals(Kind.SIZE_LIMIT, e.kind());
        e = assertThrows(ProtocolException.class, () -> CompactLists.readDoubles(source, 3));
        assertEquals(Kind.SIZE_LIMIT, e.kind());
        e = assertThrows(ProtocolException.class, () -> CompactLists.readShorts(source, -1));
        assertEquals(Kind.NEGATIVE_SIZE, e.kind());
        e =
                assertThrows(
                        ProtocolException.class,
                        () -> CompactLists.decode(bytes, 4, 16, new long[20], 0, 13));
        assertEquals(Kind.SIZE_LIMIT, e.kind());
        assertEquals(0, source.offset());
        assertEquals(16, CompactLists.readShorts(source, 16).length);
    }

    // ------------------------------------------------------------------ dispatch by array type

    private static Object slice(Object values, int offset, int count) {
        Object out = java.lang.reflect.Array.newInstance(values.getClass().componentType(), count);
        System.arraycopy(values, offset, out, 0, count);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <A> long[] bits(Elements<A> type, Object values) {
        return type.bits((A) values);
    }

    @SuppressWarnings("unchecked")
    private static <A> long[] wireBits(Elements<A> type, Object values) {
        return type.wireBits((A) values);
    }

    private static void write(ByteSink sink, Object values, int offset, int count) {
        switch (values) {
            case long[] v -> CompactLists.write(sink, v, offset, count);
            case int[] v -> CompactLists.write(sink, v, offset, count);
            case short[] v -> CompactLists.write(sink, v, offset, count);
            case double[] v -> CompactLists.write(sink, v, offset, count);
            default -> throw new IllegalArgumentException();
        }
    }

    private static long encodedLength(Object values, int offset, int count) {
        return switch (values) {
            case long[] v -> CompactLists.encodedLength(v, offset, count);
            case int[] v -> CompactLists.encodedLength(v, offset, count);
            case short[] v -> CompactLists.encodedLength(v, offset, count);
            default -> throw new IllegalArgumentException();
        };
    }

    private static int encode(Object values, int offset, int count, byte[] dst, int at) {
        return switch (values) {
            case long[] v -> CompactLists.encode(v, offset, count, dst, at);
            case int[] v -> CompactLists.encode(v, offset, count, dst, at);
            case short[] v -> CompactLists.encode(v, offset, count, dst, at);
            case double[] v -> CompactLists.encode(v, offset, count, dst, at);
            default -> throw new IllegalArgumentException();
        };
    }

    @SuppressWarnings("unchecked")
    private static <A> A read(ByteSource source, Elements<A> type, int count) {
        return (A)
                switch (type.name) {
                    case "i64" -> CompactLists.readLongs(source, count);
                    case "i32" -> CompactLists.readInts(source, count);
                    case "i16" -> CompactLists.readShorts(source, count);
                    default -> CompactLists.readDoubles(source, count);
                };
    }

    private static int decode(byte[] src, int at, int limit, Object into, int offset, int count) {
        return switch (into) {
            case long[] v -> CompactLists.decode(src, at, limit, v, offset, count);
            case int[] v -> CompactLists.decode(src, at, limit, v, offset, count);
            case short[] v -> CompactLists.decode(src, at, limit, v, offset, count);
            case double[] v -> CompactLists.decode(src, at, limit, v, offset, count);
            default -> throw new IllegalArgumentException();
        };
    }
}
