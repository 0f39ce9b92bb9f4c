package dev.zerothrift.benchmarks.libthrift;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.TBase;
import org.apache.thrift.TException;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;

import java.util.function.Supplier;

/**
 * The server side of rpcbench.thrift's {@code Echo} on libthrift, doing per call what the Apache
 * compiler's processor does ({@code TBaseProcessor} with a generated {@code ProcessFunction}): read
 * the message header and the {@code method_args} struct (field 1 decoded into libthrift's generated
 * {@code Request} or {@code Batch}), call the handler (here: return the value), write the REPLY
 * with the {@code method_result} struct (field 0, success) and flush. Hand-written because Debian's
 * 0.17 compiler writes processors for an older {@code ProcessFunction} than libthrift 0.23's; the
 * values are libthrift's generated classes, as in the codec benchmark.
 */
final class EchoProcessor implements TProcessor {
    static final TStruct ARGS = new TStruct("echo_args");
    static final TStruct RESULT = new TStruct("echo_result");
    static final TField SUCCESS = new TField("success", TType.STRUCT, (short) 0);

    @Override
    public void process(TProtocol in, TProtocol out) throws TException {
        TMessage call = in.readMessageBegin();
        TBase<?, ?> value =
                switch (call.name) {
                    case "echoRequest" -> readArgs(in, bench.workloads.Request::new);
                    case "echoBatch" -> readArgs(in, bench.workloads.Batch::new);
                    default -> null;
                };
        if (value == null) {
            TProtocolUtil.skip(in, TType.STRUCT);
            in.readMessageEnd();
            TApplicationException unknown =
                    new TApplicationException(
                            TApplicationException.UNKNOWN_METHOD,
                            "Invalid method name: '" + call.name + "'");
            out.writeMessageBegin(new TMessage(call.name, TMessageType.EXCEPTION, call.seqid));
            unknown.write(out);
            out.writeMessageEnd();
            out.getTransport().flush();
            return;
        }
        in.readMessageEnd();
        out.writeMessageBegin(new TMessage(call.name, TMessageType.REPLY, call.seqid));
        out.writeStructBegin(RESULT);
        out.writeFieldBegin(SUCCESS);
        value.write(out);
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
        out.writeMessageEnd();
        out.getTransport().flush();
    }

    /** Reads an args struct whose field 1 is a {@code T}; other fields are skipped. */
    static <T extends TBase<?, ?>> T readArgs(TProtocol in, Supplier<T> type) throws TException {
        T value = null;
        in.readStructBegin();
        while (true) {
            TField field = in.readFieldBegin();
            if (field.type == TType.STOP) {
                break;
            }
            if (field.id == 1 && field.type == TType.STRUCT) {
                value = type.get();
                value.read(in);
            } else {
                TProtocolUtil.skip(in, field.type);
            }
            in.readFieldEnd();
        }
        in.readStructEnd();
        if (value == null) {
            throw new TApplicationException(
                    TApplicationException.PROTOCOL_ERROR, "the args have no field 1");
        }
        return value;
    }
}
