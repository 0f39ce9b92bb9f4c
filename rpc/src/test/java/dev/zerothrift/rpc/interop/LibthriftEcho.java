package dev.zerothrift.rpc.interop;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.TException;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The test service of {@link dev.zerothrift.rpc.testing.EchoService} written against libthrift's
 * low-level API (what its generated processors do, by hand: Debian's 0.17 compiler output does not
 * build against libthrift 0.23), and libthrift-side client calls.
 */
final class LibthriftEcho implements TProcessor {
    final BlockingQueue<String> notified = new LinkedBlockingQueue<>();

    @Override
    public void process(TProtocol in, TProtocol out) throws TException {
        TMessage call = in.readMessageBegin();
        switch (call.name) {
            case "echo" -> {
                String text = readStringArg(in);
                in.readMessageEnd();
                writeReply(out, call, 0, text);
            }
            case "fail" -> {
                String why = readStringArg(in);
                in.readMessageEnd();
                out.writeMessageBegin(new TMessage(call.name, TMessageType.REPLY, call.seqid));
                out.writeStructBegin(new TStruct("fail_result"));
                out.writeFieldBegin(new TField("oops", TType.STRUCT, (short) 1));
                out.writeStructBegin(new TStruct("Oops"));
                out.writeFieldBegin(new TField("why", TType.STRING, (short) 1));
                out.writeString(why);
                out.writeFieldEnd();
                out.writeFieldStop();
                out.writeStructEnd();
                out.writeFieldEnd();
                out.writeFieldStop();
                out.writeStructEnd();
                out.writeMessageEnd();
                out.getTransport().flush();
            }
            case "notify" -> {
                notified.add(readStringArg(in));
                in.readMessageEnd();
            }
            default -> {
                TProtocolUtil.skip(in, TType.STRUCT);
                in.readMessageEnd();
                TApplicationException x =
                        new TApplicationException(
                                TApplicationException.UNKNOWN_METHOD,
                                "Invalid method name: '" + call.name + "'");
                out.writeMessageBegin(new TMessage(call.name, TMessageType.EXCEPTION, call.seqid));
                x.write(out);
                out.writeMessageEnd();
                out.getTransport().flush();
            }
        }
    }

    static String readStringArg(TProtocol in) throws TException {
        String text = null;
        in.readStructBegin();
        while (true) {
            TField field = in.readFieldBegin();
            if (field.type == TType.STOP) {
                break;
            }
            if (field.id == 1 && field.type == TType.STRING) {
                text = in.readString();
            } else {
                TProtocolUtil.skip(in, field.type);
            }
            in.readFieldEnd();
        }
        in.readStructEnd();
        return text;
    }

    static void writeReply(TProtocol out, TMessage call, int id, String value) throws TException {
        out.writeMessageBegin(new TMessage(call.name, TMessageType.REPLY, call.seqid));
        out.writeStructBegin(new TStruct(call.name + "_result"));
        out.writeFieldBegin(new TField("success", TType.STRING, (short) id));
        out.writeString(value);
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
        out.writeMessageEnd();
        out.getTransport().flush();
    }

    // ---------------------------------------------------------------- client side

    /** Sends {@code name(1: string text)} as a libthrift client does. */
    static void send(TProtocol out, String name, byte type, int seqId, String text)
            throws TException {
        out.writeMessageBegin(new TMessage(name, type, seqId));
        out.writeStructBegin(new TStruct(name + "_args"));
        if (text != null) {
            out.writeFieldBegin(new TField("text", TType.STRING, (short) 1));
            out.writeString(text);
            out.writeFieldEnd();
        }
        out.writeFieldStop();
        out.writeStructEnd();
        out.writeMessageEnd();
        out.getTransport().flush();
    }

    /** Reads a reply as libthrift's {@code TServiceClient.receiveBase} does: field 0 or 1. */
    static Object receive(TProtocol in, String name, int seqId) throws TException {
        TMessage reply = in.readMessageBegin();
        if (reply.type == TMessageType.EXCEPTION) {
            TApplicationException x = TApplicationException.readFrom(in);
            in.readMessageEnd();
            return x;
        }
        if (reply.seqid != seqId) {
            throw new TApplicationException(
                    TApplicationException.BAD_SEQUENCE_ID,
                    "expected " + seqId + ", got " + reply.seqid);
        }
        if (!reply.name.equals(name)) {
            throw new TApplicationException(TApplicationException.WRONG_METHOD_NAME, reply.name);
        }
        Object result = null;
        in.readStructBegin();
        while (true) {
            TField field = in.readFieldBegin();
            if (field.type == TType.STOP) {
                break;
            }
            if (field.id == 0 && field.type == TType.STRING) {
                result = in.readString();
            } else if (field.id == 1 && field.type == TType.STRUCT) {
                result = new IllegalStateException("Oops: " + readStringArg(in));
            } else {
                TProtocolUtil.skip(in, field.type);
            }
            in.readFieldEnd();
        }
        in.readStructEnd();
        in.readMessageEnd();
        return result;
    }
}
