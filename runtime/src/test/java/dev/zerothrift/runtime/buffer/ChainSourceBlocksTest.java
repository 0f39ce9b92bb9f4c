package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.io.ByteSourceContractTest;

/** The source contract over a chain written by its sink into default 8 KiB blocks. */
class ChainSourceBlocksTest extends ByteSourceContractTest {
    @Override
    protected ByteSource newSource(byte[] message) {
        Chain chain = new Chain();
        chain.append(message, 0, message.length);
        return chain.source();
    }

    @Override
    protected void release(ByteSource source) {
        ((ChainSource) source).chain().release();
    }
}
