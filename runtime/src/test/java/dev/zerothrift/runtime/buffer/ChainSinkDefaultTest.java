package dev.zerothrift.runtime.buffer;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSinkContractTest;

/** The sink contract on a chain with the default block size and reference threshold. */
class ChainSinkDefaultTest extends ByteSinkContractTest {
    @Override
    protected ByteSink newSink() {
        return new Chain().sink();
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
