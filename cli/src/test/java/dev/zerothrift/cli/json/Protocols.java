package dev.zerothrift.cli.json;

import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.apache.thrift.transport.TTransport;

/** libthrift protocols over byte arrays. */
final class Protocols {
    private Protocols() {}

    static TProtocol of(Protocol protocol, TTransport transport) {
        return protocol == Protocol.COMPACT
                ? new TCompactProtocol(transport)
                : new TBinaryProtocol(transport);
    }

    /** A protocol of the same kind as {@code like} over {@code transport}. */
    static TProtocol same(TProtocol like, TTransport transport) {
        return like instanceof TCompactProtocol
                ? new TCompactProtocol(transport)
                : new TBinaryProtocol(transport);
    }

    interface Calls {
        void write(TProtocol p) throws Exception;
    }

    static byte[] write(Protocol protocol, Calls calls) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(64);
            calls.write(of(protocol, buffer));
            return java.util.Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static TProtocol reader(Protocol protocol, byte[] bytes) {
        try {
            return of(protocol, new TMemoryInputTransport(bytes));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
