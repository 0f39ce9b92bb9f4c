package dev.zerothrift.cli.json;

import dev.zerothrift.cli.json.JsonReader.StructValue;
import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.MessageBuilder;
import dev.zerothrift.runtime.view.TypeDescriptor;
import dev.zerothrift.runtime.view.ValueKind;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a value read by {@link JsonReader} through a {@link MessageBuilder}, fields in declaration
 * order: the bytes libthrift writes for the same value.
 */
final class StructEncoder {
    private final MessageBuilder builder;

    StructEncoder(MessageBuilder builder) {
        this.builder = builder;
    }

    void fields(StructValue s) {
        for (Map.Entry<Integer, Object> e : s.fields().entrySet()) {
            field(s.descriptor().field(e.getKey()), e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private void field(FieldDescriptor f, Object v) {
        TypeDescriptor t = f.type();
        switch (t.kind()) {
            case BOOL -> builder.bool(f, (Boolean) v);
            case I8 -> builder.i8(f, (byte) (long) (Long) v);
            case I16 -> builder.i16(f, (short) (long) (Long) v);
            case I32 -> builder.i32(f, (int) (long) (Long) v);
            case ENUM -> builder.enumValue(f, (int) (long) (Long) v);
            case I64 -> builder.i64(f, (Long) v);
            case DOUBLE -> builder.f64(f, (Double) v);
            case STRING -> builder.string(f, (String) v);
            case BINARY -> {
                byte[] bytes = (byte[]) v;
                builder.binary(f, bytes, 0, bytes.length);
            }
            case UUID -> builder.uuid(f, (UUID) v);
            case STRUCT -> {
                builder.beginStruct(f);
                fields((StructValue) v);
                builder.endStruct();
            }
            case LIST, SET -> {
                List<Object> list = (List<Object>) v;
                if (t.kind() == ValueKind.LIST) {
                    builder.beginList(f, list.size());
                } else {
                    builder.beginSet(f, list.size());
                }
                for (Object e : list) {
                    element(t.element(), e);
                }
                builder.endContainer();
            }
            case MAP -> {
                List<Object> entries = (List<Object>) v;
                builder.beginMap(f, entries.size());
                for (Object e : entries) {
                    Object[] pair = (Object[]) e;
                    element(t.key(), pair[0]);
                    element(t.value(), pair[1]);
                }
                builder.endContainer();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void element(TypeDescriptor t, Object v) {
        switch (t.kind()) {
            case BOOL -> builder.elementBool((Boolean) v);
            case I8 -> builder.elementI8((byte) (long) (Long) v);
            case I16 -> builder.elementI16((short) (long) (Long) v);
            case I32, ENUM -> builder.elementI32((int) (long) (Long) v);
            case I64 -> builder.elementI64((Long) v);
            case DOUBLE -> builder.elementF64((Double) v);
            case STRING -> {
                byte[] utf8 = ((String) v).getBytes(StandardCharsets.UTF_8);
                builder.elementBytes(utf8, 0, utf8.length);
            }
            case BINARY -> {
                byte[] bytes = (byte[]) v;
                builder.elementBytes(bytes, 0, bytes.length);
            }
            case UUID -> {
                UUID u = (UUID) v;
                builder.elementUuid(u.getMostSignificantBits(), u.getLeastSignificantBits());
            }
            case STRUCT -> {
                builder.beginStruct();
                fields((StructValue) v);
                builder.endStruct();
            }
            case LIST, SET -> {
                List<Object> list = (List<Object>) v;
                builder.beginList(t, list.size());
                for (Object e : list) {
                    element(t.element(), e);
                }
                builder.endContainer();
            }
            case MAP -> {
                List<Object> entries = (List<Object>) v;
                builder.beginMap(t, entries.size());
                for (Object e : entries) {
                    Object[] pair = (Object[]) e;
                    element(t.key(), pair[0]);
                    element(t.value(), pair[1]);
                }
                builder.endContainer();
            }
        }
    }
}
