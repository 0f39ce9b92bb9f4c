package dev.zerothrift.codegen;

import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.EnumType;
import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.Schema;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Values of any IDL type as plain trees (a struct is field id to value, lists and sets are lists,
 * enums their i32), random ones for a schema, and libthrift's {@link TProtocol} writing and reading
 * them field by field in IDL order, as the generated code of the Apache compiler does. This is the
 * reference our generated codecs are compared with.
 */
final class SchemaValues {
    private final Schema schema;
    private final Random random;

    SchemaValues(Schema schema, long seed) {
        this.schema = schema;
        this.random = new Random(seed);
    }

    /** A struct: present fields by id, in IDL order. */
    record Struct(Map<Integer, Object> fields) {}

    // ---------------------------------------------------------------- random values

    /**
     * A random value of {@code struct} that libthrift and our codecs write alike: primitives of
     * default requiredness are always present (both always write them), a union has one field.
     */
    Struct randomStruct(StructType struct, int depth) {
        Map<Integer, Object> fields = new LinkedHashMap<>();
        List<Field> all = struct.fields();
        if (struct.kind() == StructType.Kind.UNION) {
            if (!all.isEmpty()) {
                Field f = pickUnionField(all, depth);
                fields.put(f.id(), random(f.type(), depth + 1));
            }
            return new Struct(fields);
        }
        for (Field f : all) {
            // A field with a default that is an object is set from the start: libthrift's
            // objects and ours write it unless it is unset, as a reader of its bytes would not.
            boolean present =
                    f.defaultValue().isPresent() && !isPrimitive(f.type())
                            ? true
                            : switch (f.requiredness()) {
                                case REQUIRED -> true;
                                case DEFAULT ->
                                        isPrimitive(f.type())
                                                || (depth < 4 && random.nextInt(4) != 0);
                                case OPTIONAL -> depth < 4 && random.nextBoolean();
                            };
            if (present) {
                fields.put(f.id(), random(f.type(), depth + 1));
            }
        }
        return new Struct(fields);
    }

    private Field pickUnionField(List<Field> fields, int depth) {
        if (depth >= 4) {
            // Deep down, the field that ends the recursion soonest.
            Field best = null;
            for (Field f : fields) {
                if (best == null || height(f.type()) < height(best.type())) {
                    best = f;
                }
            }
            return best;
        }
        List<Field> finite = new ArrayList<>();
        for (Field f : fields) {
            if (height(f.type()) < INFINITE) {
                finite.add(f);
            }
        }
        return finite.get(random.nextInt(finite.size()));
    }

    static final int INFINITE = Integer.MAX_VALUE / 2;
    private final Map<StructType, Integer> heights = new java.util.HashMap<>();

    /**
     * How deep the smallest value of a type nests structs: 0 for a base type, enum or container
     * (which may be empty); a struct one more than its required fields' deepest, a union one more
     * than its shallowest field. {@link #INFINITE} for a type with no finite value (two unions that
     * only hold each other, as in Apache's Recursive.thrift).
     */
    int height(ThriftType type) {
        ThriftType t = schema.trueType(type);
        if (!(t instanceof NamedType n && schema.resolve(n) instanceof StructType struct)) {
            return 0;
        }
        return height(struct);
    }

    int height(StructType struct) {
        if (heights.isEmpty()) {
            computeHeights();
        }
        return heights.getOrDefault(struct, INFINITE);
    }

    private void computeHeights() {
        List<StructType> all = new ArrayList<>();
        for (var program : schema.programs()) {
            all.addAll(program.structs());
        }
        for (StructType s : all) {
            heights.put(s, INFINITE);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StructType s : all) {
                int h;
                if (s.kind() == StructType.Kind.UNION) {
                    h = INFINITE;
                    for (Field f : s.fields()) {
                        h = Math.min(h, heightOf(f.type()));
                    }
                } else {
                    h = 0;
                    for (Field f : s.fields()) {
                        if (f.requiredness() == dev.zerothrift.idl.schema.Requiredness.REQUIRED) {
                            h = Math.max(h, heightOf(f.type()));
                        }
                    }
                }
                int next = h >= INFINITE ? INFINITE : h + 1;
                if (next < heights.get(s)) {
                    heights.put(s, next);
                    changed = true;
                }
            }
        }
    }

    private int heightOf(ThriftType type) {
        ThriftType t = schema.trueType(type);
        if (t instanceof NamedType n && schema.resolve(n) instanceof StructType struct) {
            return heights.getOrDefault(struct, INFINITE);
        }
        return 0;
    }

    boolean isPrimitive(ThriftType type) {
        ThriftType t = schema.trueType(type);
        if (t instanceof BaseType b) {
            return switch (b.kind()) {
                case BOOL, I8, I16, I32, I64, DOUBLE -> true;
                default -> false;
            };
        }
        return false;
    }

    Object random(ThriftType type, int depth) {
        ThriftType t = schema.trueType(type);
        if (t instanceof BaseType b) {
            return switch (b.kind()) {
                case BOOL -> random.nextBoolean();
                case I8 -> (byte) random.nextInt();
                case I16 -> (short) random.nextInt();
                case I32 -> random.nextInt(4) == 0 ? random.nextInt(100) : random.nextInt();
                case I64 -> random.nextInt(4) == 0 ? (long) random.nextInt(100) : random.nextLong();
                case DOUBLE -> random.nextInt(8) == 0 ? -0.0 : random.nextDouble() * 1e6 - 5e5;
                case STRING -> randomString();
                case BINARY -> {
                    byte[] bytes = new byte[random.nextInt(4) == 0 ? 300 : random.nextInt(12)];
                    random.nextBytes(bytes);
                    yield ByteBuffer.wrap(bytes);
                }
                case UUID -> new UUID(random.nextLong(), random.nextLong());
            };
        }
        int size = depth > 5 ? 0 : random.nextInt(random.nextInt(8) == 0 ? 20 : 4);
        if (t instanceof ListType list) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                elements.add(random(list.element(), depth + 1));
            }
            return elements;
        }
        if (t instanceof SetType set) {
            Set<Object> elements = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                elements.add(random(set.element(), depth + 1));
            }
            return new ArrayList<>(elements);
        }
        if (t instanceof MapType map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                entries.put(random(map.key(), depth + 1), random(map.value(), depth + 1));
            }
            return entries;
        }
        NamedType named = (NamedType) t;
        if (schema.resolve(named) instanceof EnumType e) {
            return e.members().get(random.nextInt(e.members().size())).value();
        }
        return randomStruct((StructType) schema.resolve(named), depth);
    }

    private String randomString() {
        int length = random.nextInt(50) == 0 ? 3000 : random.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                b.append((char) ('a' + random.nextInt(26)));
            } else if (kind < 9) {
                b.append((char) (0x400 + random.nextInt(0x300)));
            } else {
                b.appendCodePoint(0x1F600 + random.nextInt(40));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- libthrift

    void write(TProtocol p, StructType struct, Struct value) throws TException {
        p.writeStructBegin(new TStruct(struct.name()));
        for (Field f : struct.fields()) {
            if (value.fields().containsKey(f.id())) {
                p.writeFieldBegin(new TField(f.name(), ttype(f.type()), (short) f.id()));
                write(p, f.type(), value.fields().get(f.id()));
                p.writeFieldEnd();
            }
        }
        p.writeFieldStop();
        p.writeStructEnd();
    }

    @SuppressWarnings("unchecked")
    void write(TProtocol p, ThriftType type, Object v) throws TException {
        ThriftType t = schema.trueType(type);
        if (t instanceof BaseType b) {
            switch (b.kind()) {
                case BOOL -> p.writeBool((Boolean) v);
                case I8 -> p.writeByte((Byte) v);
                case I16 -> p.writeI16((Short) v);
                case I32 -> p.writeI32((Integer) v);
                case I64 -> p.writeI64((Long) v);
                case DOUBLE -> p.writeDouble((Double) v);
                case STRING -> p.writeString((String) v);
                case BINARY -> p.writeBinary(((ByteBuffer) v).duplicate());
                case UUID -> p.writeUuid((UUID) v);
            }
        } else if (t instanceof ListType list) {
            List<Object> elements = (List<Object>) v;
            p.writeListBegin(new TList(ttype(list.element()), elements.size()));
            for (Object e : elements) {
                write(p, list.element(), e);
            }
            p.writeListEnd();
        } else if (t instanceof SetType set) {
            List<Object> elements = (List<Object>) v;
            p.writeSetBegin(new TSet(ttype(set.element()), elements.size()));
            for (Object e : elements) {
                write(p, set.element(), e);
            }
            p.writeSetEnd();
        } else if (t instanceof MapType map) {
            Map<Object, Object> entries = (Map<Object, Object>) v;
            p.writeMapBegin(new TMap(ttype(map.key()), ttype(map.value()), entries.size()));
            for (Map.Entry<Object, Object> e : entries.entrySet()) {
                write(p, map.key(), e.getKey());
                write(p, map.value(), e.getValue());
            }
            p.writeMapEnd();
        } else if (schema.resolve((NamedType) t) instanceof EnumType) {
            p.writeI32((Integer) v);
        } else {
            write(p, (StructType) schema.resolve((NamedType) t), (Struct) v);
        }
    }

    Struct read(TProtocol p, StructType struct) throws TException {
        Map<Integer, Object> fields = new LinkedHashMap<>();
        p.readStructBegin();
        while (true) {
            TField header = p.readFieldBegin();
            if (header.type == TType.STOP) {
                break;
            }
            Field f = struct.field(header.id).orElse(null);
            if (f == null || header.type != ttype(f.type())) {
                TProtocolUtil.skip(p, header.type);
            } else {
                fields.put(f.id(), read(p, f.type()));
            }
            p.readFieldEnd();
        }
        p.readStructEnd();
        // In IDL order, as written.
        Map<Integer, Object> ordered = new LinkedHashMap<>();
        for (Field f : struct.fields()) {
            if (fields.containsKey(f.id())) {
                ordered.put(f.id(), fields.get(f.id()));
            }
        }
        return new Struct(ordered);
    }

    Object read(TProtocol p, ThriftType type) throws TException {
        ThriftType t = schema.trueType(type);
        if (t instanceof BaseType b) {
            return switch (b.kind()) {
                case BOOL -> p.readBool();
                case I8 -> p.readByte();
                case I16 -> p.readI16();
                case I32 -> p.readI32();
                case I64 -> p.readI64();
                case DOUBLE -> p.readDouble();
                case STRING -> p.readString();
                case BINARY -> {
                    ByteBuffer buffer = p.readBinary();
                    byte[] copy = new byte[buffer.remaining()];
                    buffer.get(copy);
                    yield ByteBuffer.wrap(copy);
                }
                case UUID -> p.readUuid();
            };
        }
        if (t instanceof ListType list) {
            TList header = p.readListBegin();
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < header.size; i++) {
                elements.add(read(p, list.element()));
            }
            p.readListEnd();
            return elements;
        }
        if (t instanceof SetType set) {
            TSet header = p.readSetBegin();
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < header.size; i++) {
                elements.add(read(p, set.element()));
            }
            p.readSetEnd();
            return elements;
        }
        if (t instanceof MapType map) {
            TMap header = p.readMapBegin();
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = 0; i < header.size; i++) {
                Object key = read(p, map.key());
                entries.put(key, read(p, map.value()));
            }
            p.readMapEnd();
            return entries;
        }
        if (schema.resolve((NamedType) t) instanceof EnumType) {
            return p.readI32();
        }
        return read(p, (StructType) schema.resolve((NamedType) t));
    }

    byte ttype(ThriftType type) {
        ThriftType t = schema.trueType(type);
        if (t instanceof BaseType b) {
            return switch (b.kind()) {
                case BOOL -> TType.BOOL;
                case I8 -> TType.BYTE;
                case I16 -> TType.I16;
                case I32 -> TType.I32;
                case I64 -> TType.I64;
                case DOUBLE -> TType.DOUBLE;
                case STRING, BINARY -> TType.STRING;
                case UUID -> TType.UUID;
            };
        }
        if (t instanceof ListType) {
            return TType.LIST;
        }
        if (t instanceof SetType) {
            return TType.SET;
        }
        if (t instanceof MapType) {
            return TType.MAP;
        }
        return schema.resolve((NamedType) t) instanceof EnumType ? TType.I32 : TType.STRUCT;
    }
}
