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

import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@link Value}s through our {@link ProtocolWriter} and {@link ProtocolReader}.
 */
final class OurValues {
    private OurValues() {}

    static void write(ProtocolWriter w, Value value) {
        switch (value) {
            case Bool v -> w.writeBool(v.v());
            case I8 v -> w.writeByte(v.v());
            case I16 v -> w.writeI16(v.v());
            case I32 v -> w.writeI32(v.v());
            case I64 v -> w.writeI64(v.v());
            case Dbl v -> w.writeDouble(v.v());
            case Str v -> w.writeString(v.v());
            case Bin v -> w.writeBinary(v.v());
            case Uid v -> w.writeUuid(v.v());
            case Struct v -> {
                w.writeStructBegin();
                for (Field f : v.fields()) {
                    w.writeFieldBegin(f.value().type(), f.id());
                    write(w, f.value());
                    w.writeFieldEnd();
                }
                w.writeFieldStop();
                w.writeStructEnd();
            }
            case Seq v -> {
                if (v.set()) {
                    w.writeSetBegin(v.elementType(), v.elements().size());
                } else {
                    w.writeListBegin(v.elementType(), v.elements().size());
                }
                for (Value e : v.elements()) {
                    write(w, e);
                }
            }
            case MapV v -> {
                w.writeMapBegin(v.keyType(), v.valueType(), v.entries().size());
                for (Entry e : v.entries()) {
                    write(w, e.key());
                    write(w, e.value());
                }
            }
        }
    }

    /**
     * Writes {@code value} as {@link #write} does, but every field of a struct whose value is a
     * bool, number or string goes out whole ({@code writeI64Field}, {@code writeStringField}, ...),
     * as generated writers write them: the bytes must be the same.
     */
    static void writeWholeFields(ProtocolWriter w, Value value) {
        switch (value) {
            case Struct v -> {
                w.writeStructBegin();
                for (Field f : v.fields()) {
                    short id = f.id();
                    switch (f.value()) {
                        case Bool b -> w.writeBoolField(id, b.v());
                        case I8 b -> w.writeByteField(id, b.v());
                        case I16 b -> w.writeI16Field(id, b.v());
                        case I32 b -> w.writeI32Field(id, b.v());
                        case I64 b -> w.writeI64Field(id, b.v());
                        case Dbl b -> w.writeDoubleField(id, b.v());
                        case Str b -> w.writeStringField(id, b.v());
                        default -> {
                            w.writeFieldBegin(f.value().type(), id);
                            writeWholeFields(w, f.value());
                        }
                    }
                }
                w.writeFieldStop();
                w.writeStructEnd();
            }
            case Seq v -> {
                if (v.set()) {
                    w.writeSetBegin(v.elementType(), v.elements().size());
                } else {
                    w.writeListBegin(v.elementType(), v.elements().size());
                }
                for (Value e : v.elements()) {
                    writeWholeFields(w, e);
                }
            }
            case MapV v -> {
                w.writeMapBegin(v.keyType(), v.valueType(), v.entries().size());
                for (Entry e : v.entries()) {
                    writeWholeFields(w, e.key());
                    writeWholeFields(w, e.value());
                }
            }
            default -> write(w, value);
        }
    }

    /** Reads a value shaped like {@code expected}, checking element types as generated code. */
    static Value read(ProtocolReader r, Value expected) {
        return switch (expected) {
            case Bool v -> new Bool(r.readBool());
            case I8 v -> new I8(r.readByte());
            case I16 v -> new I16(r.readI16());
            case I32 v -> new I32(r.readI32());
            case I64 v -> new I64(r.readI64());
            case Dbl v -> new Dbl(r.readDouble());
            case Str v -> new Str(r.readString());
            case Bin v -> new Bin(r.readBinary());
            case Uid v -> new Uid(r.readUuid());
            case Struct v -> {
                r.readStructBegin();
                List<Field> fields = new ArrayList<>();
                for (Field f : v.fields()) {
                    byte type = r.readFieldBegin();
                    if (type != f.value().type()) {
                        // As generated code would: the schema says otherwise.
                        throw new ProtocolException(
                                ProtocolException.Kind.TYPE_MISMATCH,
                                r.source().offset(),
                                r.fieldId(),
                                "field type " + type + " for " + f);
                    }
                    fields.add(new Field((short) r.fieldId(), read(r, f.value())));
                    r.readFieldEnd();
                }
                if (r.readFieldBegin() != WireType.STOP) {
                    throw new ProtocolException(
                            ProtocolException.Kind.INVALID_DATA, r.source().offset(), "no stop");
                }
                r.readStructEnd();
                yield new Struct(fields);
            }
            case Seq v -> {
                int size =
                        v.set()
                                ? r.readSetBegin(v.elementType())
                                : r.readListBegin(v.elementType());
                checkCount(r, size, v.elements().size());
                List<Value> elements = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    elements.add(read(r, v.elements().get(i)));
                }
                if (v.set()) {
                    r.readSetEnd();
                } else {
                    r.readListEnd();
                }
                yield new Seq(v.set(), v.elementType(), elements);
            }
            case MapV v -> {
                int size = r.readMapBegin(v.keyType(), v.valueType());
                checkCount(r, size, v.entries().size());
                List<Entry> entries = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    Entry e = v.entries().get(i);
                    entries.add(new Entry(read(r, e.key()), read(r, e.value())));
                }
                r.readMapEnd();
                yield new MapV(v.keyType(), v.valueType(), entries);
            }
        };
    }

    /** The harness knows only the expected elements: another count is a (test) mismatch. */
    private static void checkCount(ProtocolReader r, int count, int expected) {
        if (count != expected) {
            throw new ProtocolException(
                    ProtocolException.Kind.TYPE_MISMATCH,
                    r.source().offset(),
                    "count " + count + ", expected " + expected);
        }
    }
}
