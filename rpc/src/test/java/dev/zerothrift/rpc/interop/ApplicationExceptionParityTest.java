package dev.zerothrift.rpc.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Messages;
import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TMemoryBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;

/** Our {@code TApplicationException} messages are libthrift's, byte for byte, both ways. */
@ExtendWith(LeakCheck.class)
class ApplicationExceptionParityTest {
    private static byte[] libthrift(Protocol protocol, int type, String message) throws Exception {
        TMemoryBuffer buffer = new TMemoryBuffer(64);
        TProtocol out =
                protocol == Protocol.BINARY
                        ? new TBinaryProtocol(buffer)
                        : new TCompactProtocol(buffer);
        out.writeMessageBegin(new TMessage("method", TMessageType.EXCEPTION, 42));
        new TApplicationException(type, message).write(out);
        out.writeMessageEnd();
        return Arrays.copyOf(buffer.getArray(), buffer.length());
    }

    @Test
    void sameBytesAsLibthriftForEveryTypeAndProtocol() throws Exception {
        for (Protocol protocol : Protocol.values()) {
            for (ApplicationException.Type type : ApplicationException.Type.values()) {
                for (String message : new String[] {"Invalid method name: 'x'", "", null, "ü ✓"}) {
                    byte[] ours =
                            Messages.message(
                                    protocol,
                                    true,
                                    "method",
                                    ThriftMessage.EXCEPTION,
                                    42,
                                    new ApplicationException(type, message)::write);
                    byte[] theirs = libthrift(protocol, type.code(), message);
                    assertArrayEquals(theirs, ours, protocol + " " + type + " " + message);

                    ProtocolReader in = protocol.newReader(new ArraySource(theirs), Limits.DEFAULT);
                    assertEquals(
                            new ThriftMessage("method", ThriftMessage.EXCEPTION, 42),
                            in.readMessageBegin());
                    ApplicationException read = ApplicationException.read(in);
                    assertEquals(type, read.type());
                    assertEquals(message, read.getMessage());
                }
            }
        }
    }

    @Test
    void anUnknownCodeIsKeptAsANumber() throws Exception {
        byte[] theirs = libthrift(Protocol.COMPACT, 99, "future");
        ProtocolReader in = Protocol.COMPACT.newReader(new ArraySource(theirs), Limits.DEFAULT);
        in.readMessageBegin();
        ApplicationException read = ApplicationException.read(in);
        assertEquals(ApplicationException.Type.UNKNOWN, read.type());
        assertEquals(99, read.code());
    }
}
