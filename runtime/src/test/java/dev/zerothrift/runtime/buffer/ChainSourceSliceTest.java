package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.io.ByteSourceContractTest;

/**
 * The source contract over the middle range of a larger chain of 100-byte blocks, so that offsets
 * count from the range and the bytes around it must not be read.
 */
class ChainSourceSliceTest extends ByteSourceContractTest {
    @Override
    protected ByteSource newSource(byte[] message) {
        Chain chain = new Chain(BlockPool.shared(), 100, 1 << 30);
        byte[] around = new byte[37];
        java.util.Arrays.fill(around, (byte) 0x5A);
        chain.append(around, 0, around.length);
        chain.append(message, 0, message.length);
        chain.append(around, 0, around.length);
        return chain.source(around.length, message.length);
    }

    @Override
    protected void release(ByteSource source) {
        ((ChainSource) source).chain().release();
    }
}
