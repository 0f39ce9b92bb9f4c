package dev.zerothrift.codegentests.views;

import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.codegentests.idl.Status;
import dev.zerothrift.codegentests.idl.User;
import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TMemoryInputTransport;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Request} and {@code User} of workloads.thrift written and read by Apache libthrift's
 * protocol classes, field by field in IDL order (what libthrift's generated code does), so that
 * views are checked against an independent implementation of both wire formats.
 */
final class LibthriftRequests {
    private LibthriftRequests() {}

    static TProtocol protocol(Protocol protocol, org.apache.thrift.transport.TTransport t) {
        return protocol == Protocol.BINARY ? new TBinaryProtocol(t) : new TCompactProtocol(t);
    }

    static byte[] write(Request r, Protocol protocol) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(1024);
            TProtocol p = protocol(protocol, buffer);
            writeRequest(p, r);
            return java.util.Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    static Request read(byte[] bytes, Protocol protocol) {
        try {
            TProtocol p = protocol(protocol, new TMemoryInputTransport(bytes));
            return readRequest(p);
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    private static void writeRequest(TProtocol p, Request r) throws TException {
        p.writeStructBegin(new TStruct("Request"));
        p.writeFieldBegin(new TField("requestId", TType.I64, (short) 1));
        p.writeI64(r.getRequestId());
        if (r.getMethod() != null) {
            p.writeFieldBegin(new TField("method", TType.STRING, (short) 2));
            p.writeString(r.getMethod());
        }
        if (r.getUser() != null) {
            p.writeFieldBegin(new TField("user", TType.STRUCT, (short) 3));
            writeUser(p, r.getUser());
        }
        if (r.getIds() != null) {
            p.writeFieldBegin(new TField("ids", TType.LIST, (short) 4));
            p.writeListBegin(new TList(TType.I64, r.getIds().length));
            for (long id : r.getIds()) {
                p.writeI64(id);
            }
        }
        if (r.getPayload() != null) {
            p.writeFieldBegin(new TField("payload", TType.STRING, (short) 5));
            p.writeBinary(r.getPayload().duplicate());
        }
        if (r.getTraceId() != null) {
            p.writeFieldBegin(new TField("traceId", TType.STRING, (short) 6));
            p.writeString(r.getTraceId());
        }
        p.writeFieldBegin(new TField("priority", TType.I16, (short) 7));
        p.writeI16(r.getPriority());
        if (r.getShards() != null) {
            p.writeFieldBegin(new TField("shards", TType.LIST, (short) 8));
            p.writeListBegin(new TList(TType.I32, r.getShards().length));
            for (int s : r.getShards()) {
                p.writeI32(s);
            }
        }
        p.writeFieldStop();
        p.writeStructEnd();
    }

    private static void writeUser(TProtocol p, User u) throws TException {
        p.writeStructBegin(new TStruct("User"));
        p.writeFieldBegin(new TField("id", TType.I64, (short) 1));
        p.writeI64(u.getId());
        if (u.getName() != null) {
            p.writeFieldBegin(new TField("name", TType.STRING, (short) 2));
            p.writeString(u.getName());
        }
        if (u.getEmail() != null) {
            p.writeFieldBegin(new TField("email", TType.STRING, (short) 3));
            p.writeString(u.getEmail());
        }
        p.writeFieldBegin(new TField("age", TType.I32, (short) 4));
        p.writeI32(u.getAge());
        p.writeFieldBegin(new TField("active", TType.BOOL, (short) 5));
        p.writeBool(u.isActive());
        p.writeFieldBegin(new TField("score", TType.DOUBLE, (short) 6));
        p.writeDouble(u.getScore());
        if (u.getStatus() != null) {
            p.writeFieldBegin(new TField("status", TType.I32, (short) 7));
            p.writeI32(u.getStatus().value());
        }
        if (u.getTags() != null) {
            p.writeFieldBegin(new TField("tags", TType.LIST, (short) 8));
            p.writeListBegin(new TList(TType.STRING, u.getTags().size()));
            for (String t : u.getTags()) {
                p.writeString(t);
            }
        }
        if (u.getAttrs() != null) {
            p.writeFieldBegin(new TField("attrs", TType.MAP, (short) 9));
            p.writeMapBegin(new TMap(TType.STRING, TType.STRING, u.getAttrs().size()));
            for (Map.Entry<String, String> e : u.getAttrs().entrySet()) {
                p.writeString(e.getKey());
                p.writeString(e.getValue());
            }
        }
        p.writeFieldStop();
        p.writeStructEnd();
    }

    private static Request readRequest(TProtocol p) throws TException {
        Request r = new Request();
        p.readStructBegin();
        while (true) {
            TField f = p.readFieldBegin();
            if (f.type == TType.STOP) {
                break;
            }
            switch (f.id) {
                case 1 -> r.setRequestId(p.readI64());
                case 2 -> r.setMethod(p.readString());
                case 3 -> r.setUser(readUser(p));
                case 4 -> {
                    TList l = p.readListBegin();
                    long[] ids = new long[l.size];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = p.readI64();
                    }
                    r.setIds(ids);
                }
                case 5 -> r.setPayload(copy(p.readBinary()));
                case 6 -> r.setTraceId(p.readString());
                case 7 -> r.setPriority(p.readI16());
                case 8 -> {
                    TList l = p.readListBegin();
                    int[] shards = new int[l.size];
                    for (int i = 0; i < shards.length; i++) {
                        shards[i] = p.readI32();
                    }
                    r.setShards(shards);
                }
                default -> TProtocolUtil.skip(p, f.type);
            }
        }
        p.readStructEnd();
        return r;
    }

    private static User readUser(TProtocol p) throws TException {
        User u = new User();
        p.readStructBegin();
        while (true) {
            TField f = p.readFieldBegin();
            if (f.type == TType.STOP) {
                break;
            }
            switch (f.id) {
                case 1 -> u.setId(p.readI64());
                case 2 -> u.setName(p.readString());
                case 3 -> u.setEmail(p.readString());
                case 4 -> u.setAge(p.readI32());
                case 5 -> u.setActive(p.readBool());
                case 6 -> u.setScore(p.readDouble());
                case 7 -> u.setStatus(Status.findByValue(p.readI32()));
                case 8 -> {
                    TList l = p.readListBegin();
                    List<String> tags = new ArrayList<>();
                    for (int i = 0; i < l.size; i++) {
                        tags.add(p.readString());
                    }
                    u.setTags(tags);
                }
                case 9 -> {
                    TMap m = p.readMapBegin();
                    Map<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < m.size; i++) {
                        attrs.put(p.readString(), p.readString());
                    }
                    u.setAttrs(attrs);
                }
                default -> TProtocolUtil.skip(p, f.type);
            }
        }
        p.readStructEnd();
        return u;
    }

    private static ByteBuffer copy(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.duplicate().get(bytes);
        return ByteBuffer.wrap(bytes);
    }
}
