package dev.zerothrift.cli.json;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.ChainSource;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.WireType;
import dev.zerothrift.runtime.view.FieldDescriptor;
import dev.zerothrift.runtime.view.ListView;
import dev.zerothrift.runtime.view.MapView;
import dev.zerothrift.runtime.view.StructDescriptor;
import dev.zerothrift.runtime.view.StructView;
import dev.zerothrift.runtime.view.TypeDescriptor;
import dev.zerothrift.runtime.view.UnknownField;
import dev.zerothrift.runtime.view.ValueKind;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a message read through a schema-driven {@link StructView}: fields in declaration
 * order, {@code _unknown} last and rendered from the wire alone, with every check of {@code
 * JSON-FORM.md} that indexing does not already make (invalid UTF-8, duplicate set elements and map
 * keys, repeated unknown field ids).
 */
final class ViewRenderer {
    private final boolean lenient;

    /**
     * @param lenient invalid UTF-8 becomes U+FFFD and a repeated unknown field keeps its last
     *     value, instead of both being errors.
     */
    ViewRenderer(boolean lenient) {
        this.lenient = lenient;
    }

    Map<String, Object> struct(StructView view, String path) throws JsonError {
        StructDescriptor d = view.descriptor();
        Map<String, Object> object = new LinkedHashMap<>();
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            if (view.has(slot)) {
                FieldDescriptor f = d.field(slot);
                object.put(f.name(), field(view, slot, f.type(), path + "." + f.name()));
            }
        }
        int unknowns = view.unknownCount();
        if (unknowns > 0) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            for (int i = 0; i < unknowns; i++) {
                UnknownField u = view.unknown(i);
                String key = Integer.toString(u.id());
                String at = path + "._unknown." + key;
                if (unknown.containsKey(key) && !lenient) {
                    throw new JsonError(at, u.headerPosition(), "field id " + key + " repeated");
                }
                unknown.put(key, unknownValue(view.chain(), view.protocol(), u, at));
            }
            object.put("_unknown", unknown);
        }
        return object;
    }

    private Object field(StructView view, int slot, TypeDescriptor t, String path)
            throws JsonError {
        return switch (t.kind()) {
            case BOOL -> view.getBool(slot);
            case I8 -> Json.integer(view.getByte(slot));
            case I16 -> Json.integer(view.getShort(slot));
            case I32 -> Json.integer(view.getInt(slot));
            case I64 -> Json.integer(view.getLong(slot));
            case DOUBLE -> Json.real(view.getDouble(slot));
            case ENUM -> enumValue(t, view.getEnum(slot));
            case UUID -> view.getUuid(slot).toString();
            case STRING -> text(view.getBinaryBytes(slot), view.bytesPosition(slot), path);
            case BINARY -> Base64.getEncoder().encodeToString(view.getBinaryBytes(slot));
            case STRUCT -> {
                StructView nested = new StructView(t.struct());
                view.getStruct(slot, nested);
                yield struct(nested, path);
            }
            case LIST, SET -> {
                ListView list = new ListView();
                view.getList(slot, list);
                yield collection(list, t, path);
            }
            case MAP -> {
                MapView map = new MapView();
                view.getMap(slot, map);
                yield map(map, t, path);
            }
        };
    }

    private Object element(ListView list, int i, TypeDescriptor t, String path) throws JsonError {
        return switch (t.kind()) {
            case BOOL -> list.getBool(i);
            case I8 -> Json.integer(list.getByte(i));
            case I16 -> Json.integer(list.getShort(i));
            case I32 -> Json.integer(list.getInt(i));
            case I64 -> Json.integer(list.getLong(i));
            case DOUBLE -> Json.real(list.getDouble(i));
            case ENUM -> enumValue(t, list.getEnum(i));
            case UUID -> list.getUuid(i).toString();
            case STRING -> text(list.getBinaryBytes(i), list.bytesPosition(i), path);
            case BINARY -> Base64.getEncoder().encodeToString(list.getBinaryBytes(i));
            case STRUCT -> struct(list.getStruct(i, new StructView(t.struct())), path);
            case LIST, SET -> collection(list.getList(i, new ListView()), t, path);
            case MAP -> map(list.getMap(i, new MapView()), t, path);
        };
    }

    private List<Object> collection(ListView list, TypeDescriptor t, String path) throws JsonError {
        List<Object> array = new ArrayList<>(list.size());
        Set<String> seen = t.kind() == ValueKind.SET ? new HashSet<>() : null;
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            Object e = element(list, i, t.element(), at);
            if (seen != null && !seen.add(Canonical.of(e, t.element()))) {
                throw new JsonError(at, list.position(i), "duplicate set element");
            }
            array.add(e);
        }
        return array;
    }

    private List<Object> map(MapView map, TypeDescriptor t, String path) throws JsonError {
        ListView keys = map.keys(new ListView());
        ListView values = map.values(new ListView());
        List<Object> array = new ArrayList<>(map.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < map.size(); i++) {
            String at = path + "[" + i + "]";
            Object key = element(keys, i, t.key(), at + "[0]");
            if (!seen.add(Canonical.of(key, t.key()))) {
                throw new JsonError(at + "[0]", keys.position(i), "duplicate map key");
            }
            array.add(List.of(key, element(values, i, t.value(), at + "[1]")));
        }
        return array;
    }

    private static Object enumValue(TypeDescriptor t, int value) {
        String name = t.enumType().nameOf(value);
        return name != null ? name : Json.integer(value);
    }

    /** Decodes UTF-8; invalid bytes are an error (or U+FFFD when lenient). */
    private String text(byte[] bytes, int position, String path) throws JsonError {
        if (lenient) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new JsonError(path, position + in.position(), "invalid UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    // ---------------------------------------------------------------- unknown fields

    private Object unknownValue(Chain chain, Protocol protocol, UnknownField u, String path)
            throws JsonError {
        if (u.wireType() == WireType.BOOL && protocol == Protocol.COMPACT) {
            return (chain.getByte(u.headerPosition()) & 0x0f) == CompactWire.CT_BOOLEAN_TRUE;
        }
        ChainSource source = chain.source(u.valuePosition(), u.end() - u.valuePosition());
        ProtocolReader reader = protocol.newReader(source, Limits.DEFAULT);
        return wire(reader, source, u.wireType(), path);
    }

    /** A value rendered from its wire type alone (the bytes were checked when indexed). */
    private Object wire(ProtocolReader reader, ChainSource source, byte type, String path)
            throws JsonError {
        switch (type) {
            case WireType.BOOL:
                return reader.readBool();
            case WireType.BYTE:
                return Json.integer(reader.readByte());
            case WireType.I16:
                return Json.integer(reader.readI16());
            case WireType.I32:
                return Json.integer(reader.readI32());
            case WireType.I64:
                return Json.integer(reader.readI64());
            case WireType.DOUBLE:
                return Json.real(reader.readDouble());
            case WireType.STRING:
                return Base64.getEncoder().encodeToString(reader.readBinary());
            case WireType.UUID:
                return reader.readUuid().toString();
            case WireType.STRUCT:
                {
                    reader.readStructBegin();
                    Map<String, Object> object = new LinkedHashMap<>();
                    while (true) {
                        int header = source.chainPosition();
                        byte fieldType = reader.readFieldBegin();
                        if (fieldType == WireType.STOP) {
                            break;
                        }
                        String key = Integer.toString(reader.fieldId());
                        String at = path + "." + key;
                        if (object.containsKey(key) && !lenient) {
                            throw new JsonError(at, header, "field id " + key + " repeated");
                        }
                        object.put(key, wire(reader, source, fieldType, at));
                    }
                    reader.readStructEnd();
                    return object;
                }
            case WireType.LIST:
            case WireType.SET:
                {
                    int count =
                            type == WireType.LIST ? reader.readListBegin() : reader.readSetBegin();
                    byte element = reader.elementType();
                    List<Object> array = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        array.add(wire(reader, source, element, path + "[" + i + "]"));
                    }
                    reader.readListEnd();
                    return array;
                }
            case WireType.MAP:
                {
                    int count = reader.readMapBegin();
                    byte key = reader.keyType();
                    byte value = reader.valueType();
                    List<Object> array = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        String at = path + "[" + i + "]";
                        Object k = wire(reader, source, key, at + "[0]");
                        array.add(List.of(k, wire(reader, source, value, at + "[1]")));
                    }
                    reader.readMapEnd();
                    return array;
                }
            default:
                throw new IllegalStateException("indexed a value of " + WireType.name(type));
        }
    }
}
