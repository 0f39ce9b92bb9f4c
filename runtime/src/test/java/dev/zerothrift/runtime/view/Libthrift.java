package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.Model.Bin;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Pair;
import dev.zerothrift.runtime.view.Model.Struct;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TByteBuffer;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TTransport;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes and reads {@link Model} values through libthrift's {@code TProtocol}, schema-driven. */
final class Libthrift {
    private Libthrift() {}

    static TProtocol protocol(Protocol protocol, TTransport transport) {
        return protocol == Protocol.COMPACT
                ? new TCompactProtocol(transport)
                : new TBinaryProtocol(transport);
    }

    /** The bytes libthrift writes for {@code value}, fields in declaration order. */
    static byte[] write(Protocol protocol, Struct value) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(64);
            writeStruct(protocol(protocol, buffer), value);
            return java.util.Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    /** The bytes of one value of type {@code t}, alone (no field header). */
    static byte[] writeValue(Protocol protocol, TypeDescriptor t, Object value) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(64);
            writeValue(protocol(protocol, buffer), t, value);
            return java.util.Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    static Struct read(Protocol protocol, StructDescriptor d, byte[] bytes) throws TException {
        TByteBuffer transport = new TByteBuffer(ByteBuffer.wrap(bytes));
        return readStruct(protocol(protocol, transport), d);
    }

    static void writeStruct(TProtocol p, Struct s) throws TException {
        p.writeStructBegin(new TStruct(s.descriptor().name()));
        for (Map.Entry<Integer, Object> e : s.fields().entrySet()) {
            FieldDescriptor f = s.descriptor().field(e.getKey());
            p.writeFieldBegin(new TField(f.name(), f.type().wireType(), (short) f.id()));
            writeValue(p, f.type(), e.getValue());
            p.writeFieldEnd();
        }
        p.writeFieldStop();
        p.writeStructEnd();
    }

    @SuppressWarnings("unchecked")
    static void writeValue(TProtocol p, TypeDescriptor t, Object v) throws TException {
        switch (t.kind()) {
            case BOOL -> p.writeBool((Boolean) v);
            case I8 -> p.writeByte((Byte) v);
            case I16 -> p.writeI16((Short) v);
            case I32, ENUM -> p.writeI32((Integer) v);
            case I64 -> p.writeI64((Long) v);
            case DOUBLE -> p.writeDouble(((Dbl) v).v());
            case STRING -> p.writeString((String) v);
            case BINARY -> p.writeBinary(ByteBuffer.wrap(((Bin) v).v()));
            case UUID -> p.writeUuid((UUID) v);
            case STRUCT -> writeStruct(p, (Struct) v);
            case LIST -> {
                List<Object> list = (List<Object>) v;
                p.writeListBegin(new TList(t.element().wireType(), list.size()));
                for (Object e : list) {
                    writeValue(p, t.element(), e);
                }
                p.writeListEnd();
            }
            case SET -> {
                List<Object> list = (List<Object>) v;
                p.writeSetBegin(new TSet(t.element().wireType(), list.size()));
                for (Object e : list) {
                    writeValue(p, t.element(), e);
                }
                p.writeSetEnd();
            }
            case MAP -> {
                List<Object> entries = (List<Object>) v;
                p.writeMapBegin(new TMap(t.key().wireType(), t.value().wireType(), entries.size()));
                for (Object e : entries) {
                    writeValue(p, t.key(), ((Pair) e).key());
                    writeValue(p, t.value(), ((Pair) e).value());
                }
                p.writeMapEnd();
            }
        }
    }

    static Struct readStruct(TProtocol p, StructDescriptor d) throws TException {
        p.readStructBegin();
        Struct s = new Struct(d);
        while (true) {
            TField header = p.readFieldBegin();
            if (header.type == TType.STOP) {
                break;
            }
            int slot = d.slotOf(header.id);
            if (slot < 0 || d.field(slot).type().wireType() != header.type) {
                TProtocolUtil.skip(p, header.type);
            } else {
                s.with(slot, readValue(p, d.field(slot).type()));
            }
            p.readFieldEnd();
        }
        p.readStructEnd();
        return s;
    }

    static Object readValue(TProtocol p, TypeDescriptor t) throws TException {
        return switch (t.kind()) {
            case BOOL -> p.readBool();
            case I8 -> p.readByte();
            case I16 -> p.readI16();
            case I32, ENUM -> p.readI32();
            case I64 -> p.readI64();
            case DOUBLE -> new Dbl(p.readDouble());
            case STRING -> p.readString();
            case BINARY -> {
                ByteBuffer b = p.readBinary();
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                yield new Bin(bytes);
            }
            case UUID -> p.readUuid();
            case STRUCT -> readStruct(p, t.struct());
            case LIST -> {
                TList l = p.readListBegin();
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < l.size; i++) {
                    list.add(readValue(p, t.element()));
                }
                p.readListEnd();
                yield list;
            }
            case SET -> {
                TSet l = p.readSetBegin();
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < l.size; i++) {
                    list.add(readValue(p, t.element()));
                }
                p.readSetEnd();
                yield list;
            }
            case MAP -> {
                TMap m = p.readMapBegin();
                List<Object> entries = new ArrayList<>();
                for (int i = 0; i < m.size; i++) {
                    Object k = readValue(p, t.key());
                    entries.add(new Pair(k, readValue(p, t.value())));
                }
                p.readMapEnd();
                yield entries;
            }
        };
    }
}
