package dev.zerothrift.cli.json;

import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.TypeDescriptor;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;

import java.util.TreeMap;

/**
 * Reads a message with libthrift's {@code TProtocol}, walking a descriptor as generated libthrift
 * code would, and writes the same value back in declaration order: what libthrift makes of our
 * bytes, and the bytes libthrift itself would send for that value.
 */
final class LibthriftCopy {
    private LibthriftCopy() {}

    static void struct(TProtocol in, TProtocol out, StructDescriptor d) throws TException {
        in.readStructBegin();
        TreeMap<Integer, byte[]> fields = new TreeMap<>();
        // read every field into a buffer of its own, then write them in declaration order
        while (true) {
            TField header = in.readFieldBegin();
            if (header.type == TType.STOP) {
                break;
            }
            int slot = d.slotOf(header.id);
            if (slot < 0 || d.field(slot).type().wireType() != header.type) {
                throw new AssertionError(
                        "libthrift met field " + header.id + " of type " + header.type);
            }
            org.apache.thrift.transport.TMemoryBuffer buffer =
                    new org.apache.thrift.transport.TMemoryBuffer(16);
            TProtocol field = Protocols.same(out, buffer);
            FieldDescriptor f = d.field(slot);
            value(in, field, f.type());
            fields.put(slot, java.util.Arrays.copyOf(buffer.getArray(), buffer.length()));
        }
        in.readStructEnd();
        out.writeStructBegin(new TStruct(d.name()));
        for (var e : fields.entrySet()) {
            FieldDescriptor f = d.field(e.getKey());
            out.writeFieldBegin(new TField(f.name(), f.type().wireType(), (short) f.id()));
            // re-read the buffered value and write it through out, so compact bool fields and
            // field-id deltas come out as libthrift writes them
            TProtocol again =
                    Protocols.same(
                            out,
                            new org.apache.thrift.transport.TMemoryInputTransport(e.getValue()));
            value(again, out, f.type());
            out.writeFieldEnd();
        }
        out.writeFieldStop();
        out.writeStructEnd();
    }

    static void value(TProtocol in, TProtocol out, TypeDescriptor t) throws TException {
        switch (t.kind()) {
            case BOOL -> out.writeBool(in.readBool());
            case I8 -> out.writeByte(in.readByte());
            case I16 -> out.writeI16(in.readI16());
            case I32, ENUM -> out.writeI32(in.readI32());
            case I64 -> out.writeI64(in.readI64());
            case DOUBLE -> out.writeDouble(in.readDouble());
            case STRING -> out.writeString(in.readString());
            case BINARY -> out.writeBinary(in.readBinary());
            case UUID -> out.writeUuid(in.readUuid());
            case STRUCT -> struct(in, out, t.struct());
            case LIST -> {
                TList l = in.readListBegin();
                out.writeListBegin(new TList(t.element().wireType(), l.size));
                for (int i = 0; i < l.size; i++) {
                    value(in, out, t.element());
                }
                in.readListEnd();
                out.writeListEnd();
            }
            case SET -> {
                TSet s = in.readSetBegin();
                out.writeSetBegin(new TSet(t.element().wireType(), s.size));
                for (int i = 0; i < s.size; i++) {
                    value(in, out, t.element());
                }
                in.readSetEnd();
                out.writeSetEnd();
            }
            case MAP -> {
                TMap m = in.readMapBegin();
                out.writeMapBegin(new TMap(t.key().wireType(), t.value().wireType(), m.size));
                for (int i = 0; i < m.size; i++) {
                    value(in, out, t.key());
                    value(in, out, t.value());
                }
                in.readMapEnd();
                out.writeMapEnd();
            }
        }
    }
}
