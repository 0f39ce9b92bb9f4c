package dev.zerothrift.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.CompactWriter;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.ShortRange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * {@link BinaryValues} and {@link CompactValues} put the bytes the protocol writers write, call for
 * call, wherever the value sits in the array: in the middle, and ending exactly at the array's end
 * (where the compact varints' word puts must not reach past it).
 */
class ArrayValuesTest {
    /** What {@code write} makes a fresh writer write. */
    private static byte[] written(boolean compact, Consumer<ProtocolWriter> write) {
        ArraySink sink = new ArraySink(16);
        write.accept(compact ? new CompactWriter(sink) : new BinaryWriter(sink));
        return sink.toByteArray();
    }

    /** Puts a value at {@code pad} of an array that ends {@code room} bytes after the expected. */
    interface Put {
        int put(byte[] b, int p);
    }

    private static void check(byte[] expected, int pad, int room, Put put) {
        byte[] b = new byte[pad + expected.length + room];
        int end = put.put(b, pad);
        assertEquals(pad + expected.length, end);
        assertArrayEquals(expected, Arrays.copyOfRange(b, pad, end));
    }

    @Property(tries = 2000)
    void compactI64(
            @ForAll long value,
            @ForAll @IntRange(max = 3) int pad,
            @ForAll @IntRange(max = 12) int room) {
        byte[] expected = written(true, w -> w.writeI64(value));
        check(expected, pad, room, (b, p) -> CompactValues.putI64(b, p, value));
        long small = value >> (value & 63);
        check(
                written(true, w -> w.writeI64(small)),
                pad,
                room,
                (b, p) -> CompactValues.putI64(b, p, small));
    }

    /**
     * Every varint length's first and last value (as zigzag bits, so both signs), Long.MIN_VALUE
     * and Long.MAX_VALUE, at every room from none to past a whole word: the word puts keep the
     * bytes.
     */
    @Example
    void compactVarintLengthBoundaries() {
        for (int bits = 0; bits <= 64; bits++) {
            long top = bits == 64 ? -1L : (1L << bits) - 1;
            for (long zz : new long[] {top, top + 1, top >>> 1}) {
                long value = CompactWire.unzigzag(zz);
                int narrow = (int) value;
                byte[] expected64 = written(true, w -> w.writeI64(value));
                byte[] expected32 = written(true, w -> w.writeI32(narrow));
                for (int room = 0; room <= 12; room++) {
                    check(expected64, 1, room, (b, p) -> CompactValues.putI64(b, p, value));
                    check(expected32, 1, room, (b, p) -> CompactValues.putI32(b, p, narrow));
                }
            }
        }
        for (long value : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0}) {
            byte[] expected = written(true, w -> w.writeI64(value));
            for (int room = 0; room <= 12; room++) {
                check(expected, 0, room, (b, p) -> CompactValues.putI64(b, p, value));
            }
        }
    }

    @Property(tries = 2000)
    void compactI32AndI16(
            @ForAll int value,
            @ForAll @IntRange(max = 3) int pad,
            @ForAll @IntRange(max = 9) int room) {
        check(
                written(true, w -> w.writeI32(value)),
                pad,
                room,
                (b, p) -> CompactValues.putI32(b, p, value));
        int small = value >> (value & 31);
        check(
                written(true, w -> w.writeI32(small)),
                pad,
                room,
                (b, p) -> CompactValues.putI32(b, p, small));
        short s = (short) value;
        check(
                written(true, w -> w.writeI16(s)),
                pad,
                room,
                (b, p) -> CompactValues.putI16(b, p, s));
    }

    @Property(tries = 500)
    void compactLists(@ForAll long[] longs, @ForAll int[] ints, @ForAll short[] shorts) {
        check(
                written(true, w -> Arrays.stream(longs).forEach(w::writeI64)),
                1,
                0,
                (b, p) -> CompactValues.putLongs(b, p, longs));
        check(
                written(true, w -> Arrays.stream(ints).forEach(w::writeI32)),
                1,
                0,
                (b, p) -> CompactValues.putInts(b, p, ints));
        check(
                written(
                        true,
                        w -> {
                            for (short s : shorts) {
                                w.writeI16(s);
                            }
                        }),
                1,
                0,
                (b, p) -> CompactValues.putShorts(b, p, shorts));
    }

    @Property(tries = 500)
    void binaryLists(@ForAll long[] longs, @ForAll int[] ints, @ForAll double[] doubles) {
        check(
                written(false, w -> Arrays.stream(longs).forEach(w::writeI64)),
                1,
                0,
                (b, p) -> BinaryValues.putLongs(b, p, longs));
        check(
                written(false, w -> Arrays.stream(ints).forEach(w::writeI32)),
                1,
                0,
                (b, p) -> BinaryValues.putInts(b, p, ints));
        check(
                written(false, w -> Arrays.stream(doubles).forEach(w::writeDouble)),
                1,
                0,
                (b, p) -> BinaryValues.putDoubles(b, p, doubles));
        check(
                written(true, w -> Arrays.stream(doubles).forEach(w::writeDouble)),
                1,
                0,
                (b, p) -> CompactValues.putDoubles(b, p, doubles));
    }

    @Property(tries = 2000)
    void compactFieldHeaders(
            @ForAll @ShortRange(min = -40, max = 300) short last,
            @ForAll @ShortRange(min = -40, max = 300) short id,
            @ForAll boolean flag) {
        // The writer learns the id before from a field written first.
        byte[] prefix = written(true, w -> writeFieldBefore(w, last));
        byte[] header =
                tail(
                        written(
                                true,
                                w -> {
                                    writeFieldBefore(w, last);
                                    w.writeFieldBegin(WireType.LIST, id);
                                }),
                        prefix.length);
        check(
                header,
                0,
                0,
                (b, p) -> CompactValues.putFieldHeader(b, p, last, id, CompactWire.CT_LIST));
        byte[] bool =
                tail(
                        written(
                                true,
                                w -> {
                                    writeFieldBefore(w, last);
                                    ((CompactWriter) w).writeBoolField(id, flag);
                                }),
                        prefix.length);
        check(bool, 0, 0, (b, p) -> CompactValues.putBoolField(b, p, last, id, flag));
        assertEquals(Sizes.compactFieldHeader(last, id), header.length);
    }

    private static void writeFieldBefore(ProtocolWriter w, short last) {
        w.writeStructBegin();
        if (last != 0) {
            w.writeFieldBegin(WireType.BYTE, last);
            w.writeByte((byte) 0);
        }
    }

    private static byte[] tail(byte[] bytes, int from) {
        return Arrays.copyOfRange(bytes, from, bytes.length);
    }

    @Property(tries = 1000)
    void containerHeaders(
            @ForAll @IntRange(max = 100_000) int count, @ForAll @IntRange(max = 1) int small) {
        int n = small == 1 ? count % 20 : count;
        check(
                written(false, w -> w.writeListBegin(WireType.STRING, n)),
                2,
                0,
                (b, p) -> BinaryValues.putListHeader(b, p, WireType.STRING, n));
        check(
                written(true, w -> w.writeSetBegin(WireType.STRING, n)),
                2,
                0,
                (b, p) -> CompactValues.putListHeader(b, p, CompactWire.CT_BINARY, n));
        check(
                written(false, w -> w.writeMapBegin(WireType.I32, WireType.STRUCT, n)),
                2,
                0,
                (b, p) -> BinaryValues.putMapHeader(b, p, WireType.I32, WireType.STRUCT, n));
        check(
                written(true, w -> w.writeMapBegin(WireType.I32, WireType.STRUCT, n)),
                2,
                0,
                (b, p) ->
                        CompactValues.putMapHeader(
                                b, p, CompactWire.CT_I32, CompactWire.CT_STRUCT, n));
    }

    /** Strings with every kind of char: ASCII, 2 and 3 bytes, pairs and unpaired surrogates. */
    @Provide
    Arbitrary<String> strings() {
        Arbitrary<Character> chars =
                Arbitraries.integers().between(0, Integer.MAX_VALUE).map(ArrayValuesTest::charOf);
        return Arbitraries.oneOf(
                java.util.List.of(
                        chars.list().ofMaxSize(60).map(ArrayValuesTest::join),
                        chars.list().ofMinSize(40).ofMaxSize(3000).map(ArrayValuesTest::join),
                        Arbitraries.strings().ofMaxLength(50)));
    }

    /** A char from a random int: ASCII most often, then 2 and 3 bytes, then surrogates alone. */
    private static char charOf(int random) {
        int kind = random % 10;
        int v = random / 10;
        if (kind < 6) {
            return (char) (v % 0x80);
        } else if (kind < 8) {
            return (char) (0x80 + v % 0x780);
        } else if (kind < 9) {
            return (char) (0x800 + v % 0xf800);
        }
        return (char) (0xd800 + v % 0x800);
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }

    @Property(tries = 1500)
    void stringsAsTheWritersWriteThem(
            @ForAll("strings") String s, @ForAll @IntRange(max = 2) int room) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] binary = written(false, w -> w.writeString(s));
        byte[] compact = written(true, w -> w.writeString(s));
        assertArrayEquals(utf8, tail(binary, 4));
        assertArrayEquals(utf8, tail(compact, compact.length - utf8.length));
        check(binary, 3, room, (b, p) -> BinaryValues.putString(b, p, s));
        check(compact, 3, room, (b, p) -> CompactValues.putString(b, p, s));
    }

    @Property(tries = 500)
    void binaries(
            @ForAll byte[] bytes, @ForAll @IntRange(max = 3) int skip, @ForAll boolean direct) {
        ByteBuffer value;
        if (direct) {
            value = ByteBuffer.allocateDirect(bytes.length + skip);
            value.position(skip).put(bytes).position(skip);
        } else {
            byte[] padded = new byte[bytes.length + skip];
            System.arraycopy(bytes, 0, padded, skip, bytes.length);
            value = ByteBuffer.wrap(padded, skip, bytes.length).slice();
        }
        byte[] binary = written(false, w -> Fields.writeBinary(w, value));
        byte[] compact = written(true, w -> Fields.writeBinary(w, value));
        check(binary, 1, 0, (b, p) -> BinaryValues.putBinary(b, p, value));
        check(compact, 1, 0, (b, p) -> CompactValues.putBinary(b, p, value));
        assertEquals(bytes.length, value.remaining()); // position and limit unchanged
    }
}
