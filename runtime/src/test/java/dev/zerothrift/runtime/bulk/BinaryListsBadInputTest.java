package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;

import org.junit.jupiter.api.Test;

/** Counts from the wire are checked before anything is allocated or read; array ranges always. */
class BinaryListsBadInputTest {
    private final BinaryLists lists = BinaryLists.get();

    @Test
    void aCountLargerThanTheBytesLeftIsRejectedBeforeAllocating() {
        WindowedSource source = new WindowedSource(new byte[20], 11);
        source.require(3);
        source.skip(3);
        // Integer.MAX_VALUE longs would be a 16 GiB array: the check must come first.
        ProtocolException e =
                assertThrows(
                        ProtocolException.class, () -> lists.readLongs(source, Integer.MAX_VALUE));
        assertEquals(Kind.SIZE_LIMIT, e.kind());
        assertEquals(3, e.offset());
        assertEquals(
                "list of 2147483647 i64 needs at least 17179869176 bytes at byte 3, 17 left",
                e.getMessage());
        assertEquals(
                Kind.SIZE_LIMIT,
                assertThrows(ProtocolException.class, () -> lists.readInts(source, 5)).kind());
        assertEquals(
                Kind.SIZE_LIMIT,
                assertThrows(ProtocolException.class, () -> lists.readShorts(source, 9)).kind());
        assertEquals(
                Kind.SIZE_LIMIT,
                assertThrows(
                                ProtocolException.class,
                                () -> lists.readDoubles(source, new double[3], 0, 3))
                        .kind());
        // Nothing was consumed: the limit-sized reads still work.
        assertEquals(3, source.offset());
        assertEquals(8, lists.readShorts(source, 8).length);
        assertEquals(1, source.remaining());
    }

    @Test
    void aNegativeCountIsRejected() {
        WindowedSource source = new WindowedSource(new byte[64], 5);
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> lists.readDoubles(source, -1));
        assertEquals(Kind.NEGATIVE_SIZE, e.kind());
        assertEquals("negative list size -1 at byte 0", e.getMessage());
        assertEquals(
                Kind.NEGATIVE_SIZE,
                assertThrows(
                                ProtocolException.class,
                                () -> lists.readLongs(source, new long[1], 0, -8))
                        .kind());
    }

    @Test
    void arrayRangesOutsideTheArraysAreIndexErrorsBeforeAnyWrite() {
        for (BulkCodec codec : BinaryListsTest.codecs()) {
            byte[] bytes = new byte[64];
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> codec.encodeLongs(new long[9], 0, bytes, 0, 9));
            assertArrayEquals(new byte[64], bytes, "nothing written");
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> codec.encodeInts(new int[4], 1, bytes, 0, 4));
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> codec.decodeShorts(bytes, 1, new short[40], 0, 32));
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> codec.decodeDoubles(bytes, 0, new double[4], 0, 5));
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> codec.encodeDoubles(new double[4], -1, bytes, 0, 2));
            // count * 8 overflows an int: still an index error, not a wrapped-around write.
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> codec.decodeLongs(bytes, 0, new long[0], 0, 1 << 29));
        }
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> lists.writeLongs(new WindowedSink(1), new long[3], 2, 2));
    }
}
