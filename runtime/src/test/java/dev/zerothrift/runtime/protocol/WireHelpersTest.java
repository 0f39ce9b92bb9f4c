package dev.zerothrift.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.io.ArraySource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The static helpers that views and fast codecs call at absolute offsets. */
class WireHelpersTest {

    @Property
    void varint32RoundTripsWithItsLength(@ForAll int value, @ForAll byte pad) {
        byte[] buffer = new byte[8];
        buffer[7] = pad;
        int end = CompactWire.putVarint(buffer, 1, value);
        assertEquals(CompactWire.varintSize(value), end - 1);
        long packed = CompactWire.getVarint32(buffer, 1, end);
        assertEquals(value, (int) packed);
        assertEquals(end - 1, packed >>> 32);
        assertEquals(end - 1, CompactWire.varintLength(buffer, 1, end));
        assertEquals(CompactWire.TRUNCATED, CompactWire.getVarint32(buffer, 1, end - 1));
    }

    @Property
    void varint64RoundTripsWithItsLength(@ForAll long value) {
        byte[] buffer = new byte[12];
        int end = CompactWire.putVarint(buffer, 2, value);
        assertEquals(CompactWire.varintSize(value), end - 2);
        assertEquals(end - 2, CompactWire.varintLength(buffer, 2, buffer.length));
        assertEquals(value, CompactWire.getVarint64(buffer, 2));
        assertEquals(CompactWire.TRUNCATED, CompactWire.varintLength(buffer, 2, end - 1));
    }

    /**
     * Every varint length with every count of bytes after it (0 to 11), so that both the word path
     * (ten bytes of room) and the byte path are taken; the bytes after it are 0xff, which a reader
     * that looked past the varint's end would fold in.
     */
    @Property
    void varintsReadTheSameWhateverFollows(
            @ForAll long value, @ForAll @IntRange(max = 11) int after) {
        int size = CompactWire.varintSize(value);
        byte[] buffer = new byte[1 + size + after];
        Arrays.fill(buffer, (byte) 0xff);
        assertEquals(1 + size, CompactWire.putVarint(buffer, 1, value));
        assertEquals(value, CompactWire.getVarint64(buffer, 1));

        CompactReader reader = new CompactReader(new ArraySource(buffer, 1, size + after));
        assertEquals(value, reader.readVarint64());
        assertEquals(size, reader.source().position() - 1);
        if (size <= 5) {
            reader = new CompactReader(new ArraySource(buffer, 1, size + after));
            assertEquals((int) value, reader.readVarint32());
            assertEquals(size, reader.source().position() - 1);
        }
    }

    /** A tenth byte keeps its low bit only, as libthrift's readVarint64 does. */
    @Test
    void tenthByteKeepsItsLowBit() {
        for (int room = 10; room <= 18; room++) {
            byte[] bytes = new byte[room];
            Arrays.fill(bytes, 0, 9, (byte) 0xff);
            bytes[9] = 0x7f; // bits 63 to 69: only bit 63 is kept
            assertEquals(-1L, CompactWire.getVarint64(bytes, 0));
            assertEquals(-1L, new CompactReader(new ArraySource(bytes)).readVarint64());
            bytes[9] = 0x7e;
            assertEquals(Long.MAX_VALUE, CompactWire.getVarint64(bytes, 0));
            assertEquals(Long.MAX_VALUE, new CompactReader(new ArraySource(bytes)).readVarint64());
        }
    }

    /** Too long a varint is an error on the word path and on the byte path alike. */
    @Test
    void readerRejectsLongVarintsWithAnyRoom() {
        for (int room = 10; room <= 18; room++) {
            byte[] eleven = new byte[room + 1];
            Arrays.fill(eleven, 0, 10, (byte) 0x80);
            assertThrows(
                    ProtocolException.class,
                    () -> new CompactReader(new ArraySource(eleven)).readVarint64());
        }
        for (int room = 5; room <= 12; room++) {
            byte[] six = new byte[room + 1];
            Arrays.fill(six, 0, 5, (byte) 0x80);
            assertThrows(
                    ProtocolException.class,
                    () -> new CompactReader(new ArraySource(six)).readVarint32());
        }
    }

    @Property
    void zigzagIsLibthrifts(@ForAll int i, @ForAll long l) {
        assertEquals((i << 1) ^ (i >> 31), CompactWire.zigzag(i));
        assertEquals(i, CompactWire.unzigzag(CompactWire.zigzag(i)));
        assertEquals(l, CompactWire.unzigzag(CompactWire.zigzag(l)));
        assertEquals(CompactWire.i64Size(l), CompactWire.varintSize(CompactWire.zigzag(l)));
    }

    @Test
    void malformedVarints() {
        byte[] six = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0};
        assertEquals(CompactWire.MALFORMED, CompactWire.getVarint32(six, 0, six.length));
        byte[] eleven = new byte[11];
        java.util.Arrays.fill(eleven, (byte) 0x80);
        assertEquals(CompactWire.MALFORMED, CompactWire.varintLength(eleven, 0, 11));
    }

    @Property
    void binaryAbsoluteAccess(@ForAll long value, @ForAll double d) {
        byte[] buffer = new byte[20];
        BinaryWire.putI64(buffer, 3, value);
        assertEquals(value, BinaryWire.getI64(buffer, 3));
        BinaryWire.putI32(buffer, 3, (int) value);
        assertEquals((int) value, BinaryWire.getI32(buffer, 3));
        BinaryWire.putI16(buffer, 3, (short) value);
        assertEquals((short) value, BinaryWire.getI16(buffer, 3));
        BinaryWire.putDouble(buffer, 5, d);
        assertEquals(
                Double.doubleToLongBits(d),
                Double.doubleToLongBits(BinaryWire.getDouble(buffer, 5)));
        CompactWire.putDouble(buffer, 5, d);
        assertEquals(
                Double.doubleToLongBits(d),
                Double.doubleToLongBits(CompactWire.getDouble(buffer, 5)));
        assertEquals((byte) Double.doubleToLongBits(d), buffer[5]); // little-endian
    }

    /**
     * One char above 0x7f at any place in an ASCII string, so that it falls in an eight-char step
     * or in the tail of the strings' OR scan, in each of its kinds.
     */
    @Property(tries = 2000)
    void utf8FindsOneNonAsciiCharAnywhere(
            @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 0x7f) String ascii,
            @ForAll @IntRange(min = 0, max = 40) int at,
            @ForAll @IntRange(min = 0, max = 5) int kind) {
        String odd =
                new String[] {"\u00e9", "\u0141", "\u4e2d", "\ud83d", "\ud83d\ude00", "\u0080"}
                        [kind];
        int place = Math.min(at, ascii.length());
        String s = ascii.substring(0, place) + odd + ascii.substring(place);
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected.length, Utf8.encodedLength(s));
        byte[] actual = new byte[expected.length + 2];
        assertEquals(expected.length + 1, Utf8.encode(s, actual, 1));
        assertArrayEquals(expected, Arrays.copyOfRange(actual, 1, expected.length + 1));
    }

    @Property(tries = 2000)
    void utf8EncodesAsGetBytes(@ForAll String s) {
        // jqwik strings include unpaired surrogates: both sides write '?' for them.
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected.length, Utf8.encodedLength(s));
        byte[] actual = new byte[expected.length + 2];
        assertEquals(expected.length + 1, Utf8.encode(s, actual, 1));
        assertArrayEquals(expected, Arrays.copyOfRange(actual, 1, expected.length + 1));
        boolean valid = new String(expected, StandardCharsets.UTF_8).equals(s);
        assertEquals(valid, Utf8.equals(expected, 0, expected.length, s));
    }

    @Test
    void utf8FourByteCodePoints() {
        String s = "a\uD83D\uDE00b\u20AC\u00E9"; // a, U+1F600, b, euro, e-acute
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(1 + 4 + 1 + 3 + 2, Utf8.encodedLength(s));
        assertEquals(s, Utf8.decode(bytes, 0, bytes.length));
        assertTrue(Utf8.equals(bytes, 0, bytes.length, s));
        assertFalse(Utf8.equals(bytes, 0, bytes.length - 1, s));
        assertFalse(Utf8.equals(bytes, 0, bytes.length, s + "x"));
        // Unpaired surrogates become '?', as String.getBytes writes them.
        byte[] lone = new byte[3];
        Utf8.encode("\uD800x\uDC00", lone, 0);
        assertArrayEquals("?x?".getBytes(StandardCharsets.US_ASCII), lone);
    }

    @Test
    void minSizes() {
        for (byte type : Value.ALL) {
            assertTrue(BinaryWire.minSize(type) > 0);
            assertTrue(CompactWire.minSize(type) > 0);
            assertEquals(type, CompactWire.fromCompact(CompactWire.toCompact(type)));
        }
        assertEquals(-1, BinaryWire.minSize(WireType.STOP));
        assertEquals(-1, CompactWire.minSize((byte) 17));
        assertEquals(WireType.BOOL, CompactWire.fromCompact(CompactWire.CT_BOOLEAN_FALSE));
        assertEquals(-1, CompactWire.fromCompact(14));
        assertEquals("uuid", WireType.name(WireType.UUID));
        assertEquals("type 5", WireType.name((byte) 5));
    }
}
