package dev.zerothrift.rpc;

import dev.zerothrift.runtime.protocol.ProtocolWriter;

/**
 * Writes one struct (a call's args or a reply's result) with a {@link ProtocolWriter} whose sink is
 * the outgoing {@link dev.zerothrift.runtime.buffer.ChainSink}: a generated fast codec calls its
 * {@code fastWrite(out)}, a builder writes into {@code out.sink()} directly.
 */
@FunctionalInterface
public interface StructWriter {
    /**
     * Writes the whole struct, from {@code writeStructBegin} to {@code writeStructEnd} (as
     * libthrift's {@code TBase.write} does; the compact protocol needs both calls).
     */
    void write(ProtocolWriter out) throws Exception;
}
