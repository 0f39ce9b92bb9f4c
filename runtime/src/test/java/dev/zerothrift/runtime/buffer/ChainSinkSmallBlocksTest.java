package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSinkContractTest;

/** The sink contract on a chain of 64-byte blocks that links arrays of 16 bytes and more. */
class ChainSinkSmallBlocksTest extends ByteSinkContractTest {
    @Override
    protected ByteSink newSink() {
        return new Chain(BlockPool.shared(), 64, 16).sink();
    }

    @Override
    protected byte[] contents(ByteSink sink) {
        return ((ChainSink) sink).chain().toByteArray();
    }

    @Override
    protected void release(ByteSink sink) {
        ((ChainSink) sink).chain().release();
    }
}
