package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

import java.util.Random;

/** Both implementations find the high bits of 64 bytes as a byte-by-byte loop does. */
class ContinuationBitsTest {
    private static long expected(byte[] bytes, int offset) {
        long bits = 0;
        for (int i = 0; i < BulkCodec.CONTINUATION_BLOCK; i++) {
            if (bytes[offset + i] < 0) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    @Property(tries = 300)
    void highBitsOfRandomBytes(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[64 + random.nextInt(64)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) { // runs of bytes that all continue, or all end
            int value = random.nextBoolean() ? 0x80 : 0x01;
            for (int i = random.nextInt(bytes.length); i < bytes.length; i++) {
                bytes[i] = (byte) value;
            }
        }
        int offset = random.nextInt(bytes.length - 63);
        long want = expected(bytes, offset);
        assertEquals(want, BulkCodecs.scalar().continuationBits(bytes, offset));
        assertEquals(want, BulkCodecs.vector().orElseThrow().continuationBits(bytes, offset));
    }

    @Test
    void aBlockPastTheArrayIsRefused() {
        byte[] bytes = new byte[70];
        for (BulkCodec codec : new BulkCodec[] {BulkCodecs.scalar(), BulkCodecs.vector().get()}) {
            assertThrows(IndexOutOfBoundsException.class, () -> codec.continuationBits(bytes, 7));
            assertThrows(IndexOutOfBoundsException.class, () -> codec.continuationBits(bytes, -1));
        }
    }
}
