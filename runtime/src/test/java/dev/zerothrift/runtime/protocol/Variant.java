package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TByteBuffer;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TTransport;

import java.util.Arrays;

/** A protocol in both implementations: libthrift's and ours. */
enum Variant {
    BINARY_STRICT,
    BINARY_OLD_HEADERS,
    COMPACT;

    TProtocol libthrift(TTransport transport) {
        return switch (this) {
            case BINARY_STRICT -> new TBinaryProtocol(transport, false, true);
            case BINARY_OLD_HEADERS -> new TBinaryProtocol(transport, false, false);
            case COMPACT -> new TCompactProtocol(transport);
        };
    }

    ProtocolWriter writer(ByteSink sink) {
        return switch (this) {
            case BINARY_STRICT -> new BinaryWriter(sink, true);
            case BINARY_OLD_HEADERS -> new BinaryWriter(sink, false);
            case COMPACT -> new CompactWriter(sink);
        };
    }

    ProtocolReader reader(ByteSource source) {
        return reader(source, Limits.DEFAULT);
    }

    ProtocolReader reader(ByteSource source, Limits limits) {
        return switch (this) {
            case BINARY_STRICT, BINARY_OLD_HEADERS -> new BinaryReader(source, limits, false);
            case COMPACT -> new CompactReader(source, limits);
        };
    }

    Protocol protocol() {
        return this == COMPACT ? Protocol.COMPACT : Protocol.BINARY;
    }

    /** Writes through libthrift over a {@code TMemoryBuffer}. */
    byte[] writeLibthrift(LibthriftCalls calls) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(64);
            calls.write(libthrift(buffer));
            return Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads through libthrift over a {@code TByteBuffer}. */
    <T> T readLibthrift(byte[] bytes, LibthriftRead<T> read) throws TException {
        TByteBuffer transport = new TByteBuffer(java.nio.ByteBuffer.wrap(bytes));
        return read.read(libthrift(transport));
    }

    /** Writes through ours into a growing array that starts small, so it grows. */
    byte[] writeOurs(java.util.function.Consumer<ProtocolWriter> calls) {
        ArraySink sink = new ArraySink(16);
        calls.accept(writer(sink));
        return sink.toByteArray();
    }

    ProtocolReader readerOver(byte[] bytes) {
        return reader(new ArraySource(bytes));
    }

    interface LibthriftCalls {
        void write(TProtocol protocol) throws TException;
    }

    interface LibthriftRead<T> {
        T read(TProtocol protocol) throws TException;
    }
}
