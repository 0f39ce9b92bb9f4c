package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.io.ByteSourceContractTest;

/**
 * The source contract over a chain cut into nodes of 1 to 5 bytes, pooled and wrapped in turn, so
 * that nearly every value straddles nodes.
 */
class ChainSourceFragmentedTest extends ByteSourceContractTest {
    @Override
    protected ByteSource newSource(byte[] message) {
        Chain chain = new Chain(BlockPool.shared(), 64, 1 << 30);
        int at = 0;
        int cut = 0;
        while (at < message.length) {
            int size = Math.min(message.length - at, 1 + cut % 5);
            if (cut++ % 2 == 0) {
                chain.appendReference(message, at, size);
            } else {
                Chain piece = new Chain(BlockPool.shared(), 64, 1 << 30);
                piece.append(message, at, size);
                chain.append(piece);
                piece.release();
            }
            at += size;
        }
        return chain.source();
    }

    @Override
    protected void release(ByteSource source) {
        ((ChainSource) source).chain().release();
    }
}
