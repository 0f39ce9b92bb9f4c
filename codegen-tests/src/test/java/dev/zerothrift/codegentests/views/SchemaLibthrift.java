package dev.zerothrift.codegentests.views;

import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.TypeDescriptor;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TMemoryInputTransport;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Apache libthrift's reading and writing of any struct, driven by a generated view's descriptor:
 * what libthrift's generated code would do for the same IDL (fields in declaration order, unknown
 * fields skipped), so that generated views are checked against an independent implementation.
 * Values are plain: a struct is its present fields by slot, a double its bits, a binary its bytes,
 * a list or set a list, a map a list of entries.
 */
final class SchemaLibthrift {
    private SchemaLibthrift() {}

    /** A struct's present fields, by slot. */
    record Struct(String name, TreeMap<Integer, Object> fields) {}

    /** A double, compared by its bits. */
    record Dbl(long bits) {}

    /** A binary, compared by content. */
    record Bin(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bin b && Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Bin" + Arrays.toString(bytes);
        }
    }

    /** A map entry. */
    record Entry(Object key, Object value) {}

    static Struct read(Protocol protocol, StructDescriptor d, byte[] bytes) {
        try {
            return readStruct(
                    LibthriftRequests.protocol(protocol, new TMemoryInputTransport(bytes)), d);
        } catch (TException e) {
            throw new AssertionError("libthrift cannot read the bytes: " + e, e);
        }
    }

    static byte[] write(Protocol protocol, StructDescriptor d, Struct value) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(256);
            writeStruct(LibthriftRequests.protocol(protocol, buffer), d, value);
            return Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    private static void writeStruct(TProtocol p, StructDescriptor d, Struct s) throws TException {
        p.writeStructBegin(new TStruct(d.name()));
        for (Map.Entry<Integer, Object> e : s.fields().entrySet()) {
            FieldDescriptor f = d.field(e.getKey());
            p.writeFieldBegin(new TField(f.name(), f.type().wireType(), (short) f.id()));
            writeValue(p, f.type(), e.getValue());
            p.writeFieldEnd();
        }
        p.writeFieldStop();
        p.writeStructEnd();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(TProtocol p, TypeDescriptor t, Object v) throws TException {
        switch (t.kind()) {
            case BOOL -> p.writeBool((Boolean) v);
            case I8 -> p.writeByte((Byte) v);
            case I16 -> p.writeI16((Short) v);
            case I32, ENUM -> p.writeI32((Integer) v);
            case I64 -> p.writeI64((Long) v);
            case DOUBLE -> p.writeDouble(Double.longBitsToDouble(((Dbl) v).bits()));
            case STRING -> p.writeString((String) v);
            case BINARY -> p.writeBinary(ByteBuffer.wrap(((Bin) v).bytes()));
            case UUID -> p.writeUuid((UUID) v);
            case STRUCT -> writeStruct(p, t.struct(), (Struct) v);
            case LIST, SET -> {
                List<Object> list = (List<Object>) v;
                if (t.kind() == dev.zerothrift.runtime.view.ValueKind.LIST) {
                    p.writeListBegin(new TList(t.element().wireType(), list.size()));
                } else {
                    p.writeSetBegin(new TSet(t.element().wireType(), list.size()));
                }
                for (Object e : list) {
                    writeValue(p, t.element(), e);
                }
            }
            case MAP -> {
                List<Object> entries = (List<Object>) v;
                p.writeMapBegin(new TMap(t.key().wireType(), t.value().wireType(), entries.size()));
                for (Object e : entries) {
                    writeValue(p, t.key(), ((Entry) e).key());
                    writeValue(p, t.value(), ((Entry) e).value());
                }
            }
        }
    }

    private static Struct readStruct(TProtocol p, StructDescriptor d) throws TException {
        p.readStructBegin();
        Struct s = new Struct(d.name(), new TreeMap<>());
        while (true) {
            TField header = p.readFieldBegin();
            if (header.type == TType.STOP) {
                break;
            }
            int slot = d.slotOf(header.id);
            if (slot < 0 || d.field(slot).type().wireType() != header.type) {
                TProtocolUtil.skip(p, header.type);
            } else {
                s.fields().put(slot, readValue(p, d.field(slot).type()));
            }
            p.readFieldEnd();
        }
        p.readStructEnd();
        return s;
    }

    private static Object readValue(TProtocol p, TypeDescriptor t) throws TException {
        return switch (t.kind()) {
            case BOOL -> p.readBool();
            case I8 -> p.readByte();
            case I16 -> p.readI16();
            case I32, ENUM -> p.readI32();
            case I64 -> p.readI64();
            case DOUBLE -> new Dbl(Double.doubleToRawLongBits(p.readDouble()));
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
                yield list;
            }
            case SET -> {
                TSet l = p.readSetBegin();
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < l.size; i++) {
                    list.add(readValue(p, t.element()));
                }
                yield list;
            }
            case MAP -> {
                TMap m = p.readMapBegin();
                List<Object> entries = new ArrayList<>();
                for (int i = 0; i < m.size; i++) {
                    Object k = readValue(p, t.key());
                    entries.add(new Entry(k, readValue(p, t.value())));
                }
                yield entries;
            }
        };
    }
}
