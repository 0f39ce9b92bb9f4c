package dev.zerothrift.benchmarks.libthrift;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.TBase;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.layered.TFramedTransport;

import java.util.function.Supplier;

/**
 * A blocking libthrift client of {@code Echo} on its own connection (a socket, {@code
 * TFramedTransport}, {@code TBinaryProtocol}), doing per call what the Apache compiler's client
 * does ({@code TServiceClient.sendBase} and {@code receiveBase}): write the CALL with the args
 * struct and flush the frame, read the reply, check its seq id, decode field 0 of the result into a
 * new object of libthrift's generated class. One call at a time (libthrift's clients do not
 * multiplex).
 */
final class EchoClient implements AutoCloseable {
    private final TTransport transport;
    private final TProtocol protocol;
    private int seqId;

    EchoClient(String host, int port, int timeoutMillis) throws TException {
        TSocket socket = new TSocket(host, port, timeoutMillis);
        socket.open();
        transport = new TFramedTransport(socket);
        protocol = new TBinaryProtocol(transport);
    }

    /** Calls {@code method} with {@code arg} as field 1 and returns field 0 of the reply. */
    <T extends TBase<?, ?>> T call(String method, TBase<?, ?> arg, Supplier<T> resultType)
            throws TException {
        int seq = ++seqId;
        protocol.writeMessageBegin(new TMessage(method, TMessageType.CALL, seq));
        protocol.writeStructBegin(EchoProcessor.ARGS);
        protocol.writeFieldBegin(new TField("arg", TType.STRUCT, (short) 1));
        arg.write(protocol);
        protocol.writeFieldEnd();
        protocol.writeFieldStop();
        protocol.writeStructEnd();
        protocol.writeMessageEnd();
        transport.flush();

        TMessage reply = protocol.readMessageBegin();
        if (reply.type == TMessageType.EXCEPTION) {
            TApplicationException e = TApplicationException.readFrom(protocol);
            protocol.readMessageEnd();
            throw e;
        }
        if (reply.seqid != seq) {
            throw new TApplicationException(
                    TApplicationException.BAD_SEQUENCE_ID, method + " failed: out of sequence");
        }
        T value = null;
        protocol.readStructBegin();
        while (true) {
            TField field = protocol.readFieldBegin();
            if (field.type == TType.STOP) {
                break;
            }
            if (field.id == 0 && field.type == TType.STRUCT) {
                value = resultType.get();
                value.read(protocol);
            } else {
                TProtocolUtil.skip(protocol, field.type);
            }
            protocol.readFieldEnd();
        }
        protocol.readStructEnd();
        protocol.readMessageEnd();
        if (value == null) {
            throw new TApplicationException(
                    TApplicationException.MISSING_RESULT, method + " failed: unknown result");
        }
        return value;
    }

    @Override
    public void close() {
        transport.close();
    }
}
