package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.view.Model.Bin;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Pair;
import dev.zerothrift.runtime.view.Model.Struct;

import java.util.ArrayList;
import java.util.List;

/** Reads a whole {@link Model} value through views: every getter, every nested view. */
final class FromView {
    private final boolean checkZeroCopy;

    private FromView(boolean checkZeroCopy) {
        this.checkZeroCopy = checkZeroCopy;
    }

    /** Reads the value, checking that zero-copy access agrees with the decoded strings. */
    static Struct struct(StructView view) {
        return new FromView(true).read(view);
    }

    /**
     * Reads the value of bytes that may hold invalid UTF-8 (which zero-copy access never matches).
     */
    static Struct anyStruct(StructView view) {
        return new FromView(false).read(view);
    }

    private Struct read(StructView view) {
        StructDescriptor d = view.descriptor();
        Struct s = new Struct(d);
        for (int slot = 0; slot < d.fieldCount(); slot++) {
            if (!view.has(slot)) {
                continue;
            }
            TypeDescriptor t = d.field(slot).type();
            Object v =
                    switch (t.kind()) {
                        case BOOL -> view.getBool(slot);
                        case I8 -> view.getByte(slot);
                        case I16 -> view.getShort(slot);
                        case I32 -> view.getInt(slot);
                        case ENUM -> view.getEnum(slot);
                        case I64 -> view.getLong(slot);
                        case DOUBLE -> new Dbl(view.getDouble(slot));
                        case STRING -> {
                            String string = view.getString(slot);
                            if (!view.getUtf8(slot).toString().equals(string)
                                    || checkZeroCopy
                                            && (!view.stringEquals(slot, string)
                                                    || !view.getUtf8(slot).contentEquals(string))) {
                                throw new AssertionError("zero-copy access disagrees: " + string);
                            }
                            yield string;
                        }
                        case BINARY -> {
                            java.nio.ByteBuffer b = view.getBinary(slot);
                            byte[] bytes = new byte[b.remaining()];
                            b.get(bytes);
                            if (!java.util.Arrays.equals(bytes, view.getBinaryBytes(slot))) {
                                throw new AssertionError("binary buffer and copy disagree");
                            }
                            yield new Bin(bytes);
                        }
                        case UUID -> view.getUuid(slot);
                        case STRUCT -> {
                            StructView nested = new StructView(t.struct());
                            view.getStruct(slot, nested);
                            yield read(nested);
                        }
                        case LIST, SET -> {
                            ListView list = new ListView();
                            view.getList(slot, list);
                            yield list(list);
                        }
                        case MAP -> {
                            MapView map = new MapView();
                            view.getMap(slot, map);
                            yield map(map);
                        }
                    };
            s.with(slot, v);
        }
        return s;
    }

    private List<Object> list(ListView list) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(element(list, i));
        }
        return out;
    }

    private List<Object> map(MapView map) {
        ListView keys = map.keys(new ListView());
        ListView values = map.values(new ListView());
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < map.size(); i++) {
            out.add(new Pair(element(keys, i), element(values, i)));
        }
        return out;
    }

    private Object element(ListView list, int i) {
        TypeDescriptor t = list.elementType();
        return switch (t.kind()) {
            case BOOL -> list.getBool(i);
            case I8 -> list.getByte(i);
            case I16 -> list.getShort(i);
            case I32, ENUM -> list.getInt(i);
            case I64 -> list.getLong(i);
            case DOUBLE -> new Dbl(list.getDouble(i));
            case STRING -> {
                String s = list.getString(i);
                if (checkZeroCopy && !list.stringEquals(i, s)) {
                    throw new AssertionError("stringEquals disagrees: " + s);
                }
                yield s;
            }
            case BINARY -> new Bin(list.getBinaryBytes(i));
            case UUID -> list.getUuid(i);
            case STRUCT -> read(list.getStruct(i, new StructView(t.struct())));
            case LIST, SET -> list(list.getList(i, new ListView()));
            case MAP -> map(list.getMap(i, new MapView()));
        };
    }
}
