package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.protocol.Value.Bin;
import dev.zerothrift.runtime.protocol.Value.Bool;
import dev.zerothrift.runtime.protocol.Value.Dbl;
import dev.zerothrift.runtime.protocol.Value.Entry;
import dev.zerothrift.runtime.protocol.Value.Field;
import dev.zerothrift.runtime.protocol.Value.I16;
import dev.zerothrift.runtime.protocol.Value.I32;
import dev.zerothrift.runtime.protocol.Value.I64;
import dev.zerothrift.runtime.protocol.Value.I8;
import dev.zerothrift.runtime.protocol.Value.MapV;
import dev.zerothrift.runtime.protocol.Value.Seq;
import dev.zerothrift.runtime.protocol.Value.Str;
import dev.zerothrift.runtime.protocol.Value.Struct;
import dev.zerothrift.runtime.protocol.Value.Uid;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads {@link Value}s through libthrift's {@code TProtocol}. */
final class LibthriftValues {
    private static final TStruct STRUCT = new TStruct("");

    private LibthriftValues() {}

    static void write(TProtocol p, Value value) throws TException {
        switch (value) {
            case Bool v -> p.writeBool(v.v());
            case I8 v -> p.writeByte(v.v());
            case I16 v -> p.writeI16(v.v());
            case I32 v -> p.writeI32(v.v());
            case I64 v -> p.writeI64(v.v());
            case Dbl v -> p.writeDouble(v.v());
            case Str v -> p.writeString(v.v());
            case Bin v -> p.writeBinary(ByteBuffer.wrap(v.v()));
            case Uid v -> p.writeUuid(v.v());
            case Struct v -> {
                p.writeStructBegin(STRUCT);
                for (Field f : v.fields()) {
                    p.writeFieldBegin(new TField("", f.value().type(), f.id()));
                    write(p, f.value());
                    p.writeFieldEnd();
                }
                p.writeFieldStop();
                p.writeStructEnd();
            }
            case Seq v -> {
                if (v.set()) {
                    p.writeSetBegin(new TSet(v.elementType(), v.elements().size()));
                } else {
                    p.writeListBegin(new TList(v.elementType(), v.elements().size()));
                }
                for (Value e : v.elements()) {
                    write(p, e);
                }
                if (v.set()) {
                    p.writeSetEnd();
                } else {
                    p.writeListEnd();
                }
            }
            case MapV v -> {
                p.writeMapBegin(new TMap(v.keyType(), v.valueType(), v.entries().size()));
                for (Entry e : v.entries()) {
                    write(p, e.key());
                    write(p, e.value());
                }
                p.writeMapEnd();
            }
        }
    }

    /** Reads a value shaped like {@code expected} (which says string or binary, and types). */
    static Value read(TProtocol p, Value expected) throws TException {
        return switch (expected) {
            case Bool v -> new Bool(p.readBool());
            case I8 v -> new I8(p.readByte());
            case I16 v -> new I16(p.readI16());
            case I32 v -> new I32(p.readI32());
            case I64 v -> new I64(p.readI64());
            case Dbl v -> new Dbl(p.readDouble());
            case Str v -> new Str(p.readString());
            case Bin v -> {
                ByteBuffer b = p.readBinary();
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                yield new Bin(bytes);
            }
            case Uid v -> new Uid(p.readUuid());
            case Struct v -> {
                p.readStructBegin();
                List<Field> fields = new ArrayList<>();
                for (Field f : v.fields()) {
                    TField header = p.readFieldBegin();
                    if (header.type != f.value().type()) {
                        throw new AssertionError("field type " + header.type + " for " + f);
                    }
                    fields.add(new Field(header.id, read(p, f.value())));
                    p.readFieldEnd();
                }
                if (p.readFieldBegin().type != TType.STOP) {
                    throw new AssertionError("no stop");
                }
                p.readStructEnd();
                yield new Struct(fields);
            }
            case Seq v -> {
                int size;
                byte type;
                if (v.set()) {
                    TSet s = p.readSetBegin();
                    size = s.size;
                    type = s.elemType;
                } else {
                    TList l = p.readListBegin();
                    size = l.size;
                    type = l.elemType;
                }
                List<Value> elements = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    elements.add(read(p, v.elements().get(i)));
                }
                yield new Seq(v.set(), size == 0 ? v.elementType() : type, elements);
            }
            case MapV v -> {
                TMap m = p.readMapBegin();
                List<Entry> entries = new ArrayList<>();
                for (int i = 0; i < m.size; i++) {
                    Entry e = v.entries().get(i);
                    entries.add(new Entry(read(p, e.key()), read(p, e.value())));
                }
                p.readMapEnd();
                yield m.size == 0
                        ? new MapV(v.keyType(), v.valueType(), entries)
                        : new MapV(m.keyType, m.valueType, entries);
            }
        };
    }
}
