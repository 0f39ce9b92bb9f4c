package dev.zerothrift.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;

/** Encoded bytes written through: linked into a chain when large, copied otherwise, never lost. */
@ExtendWith(LeakCheck.class)
class EncodedBytesTest {
    private final BlockPool pool = new BlockPool();

    /** A chain of {@code length} patterned bytes over several pooled blocks. */
    private Chain source(int length) {
        Chain chain = new Chain(pool);
        chain.append(pattern(length), 0, length);
        return chain;
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    @Test
    void aLargeRangeIsLinkedAndOutlivesItsSource() {
        int length = 3 * Chain.DEFAULT_BLOCK_SIZE;
        Chain source = source(length);
        byte[] firstBlock = source.nodeArray(0);
        Chain target = new Chain(pool);
        ProtocolWriter out = Protocol.BINARY.newWriter(target.sink());
        out.writeByte((byte) 1);
        int from = 100;
        int count = length - 300;
        EncodedBytes.write(out, source, from, count);
        out.writeByte((byte) 2);
        source.release(); // the target holds its own references to the blocks

        byte[] expected = new byte[count + 2];
        expected[0] = 1;
        System.arraycopy(pattern(length), from, expected, 1, count);
        expected[count + 1] = 2;
        assertArrayEquals(expected, target.toByteArray());
        assertSame(firstBlock, target.nodeArray(1), "the source's block, not a copy");
        target.release();
    }

    @Test
    void aShortRangeIsCopied() {
        Chain source = source(1000);
        Chain target = new Chain(pool);
        ProtocolWriter out = Protocol.COMPACT.newWriter(target.sink());
        EncodedBytes.write(out, source, 10, 500);
        assertArrayEquals(Arrays.copyOfRange(pattern(1000), 10, 510), target.toByteArray());
        assertNotSame(source.nodeArray(0), target.nodeArray(0));
        source.release();
        target.release();
    }

    @Test
    void aWriterOverAnArrayGetsACopyOfEveryNode() {
        int length = 2 * Chain.DEFAULT_BLOCK_SIZE + 5;
        Chain source = source(length);
        ArraySink sink = new ArraySink();
        EncodedBytes.write(Protocol.BINARY.newWriter(sink), source, 1, length - 1);
        assertArrayEquals(Arrays.copyOfRange(pattern(length), 1, length), sink.toByteArray());
        source.release();
    }

    @Test
    void aRangeOutsideTheSourceIsRefused() {
        Chain source = source(100);
        Chain target = new Chain(pool);
        ProtocolWriter out = Protocol.BINARY.newWriter(target.sink());
        assertThrows(
                IndexOutOfBoundsException.class, () -> EncodedBytes.write(out, source, 50, 51));
        assertThrows(IndexOutOfBoundsException.class, () -> EncodedBytes.write(out, source, -1, 2));
        EncodedBytes.write(out, source, 100, 0);
        assertArrayEquals(new byte[0], target.toByteArray());
        source.release();
        target.release();
    }
}
