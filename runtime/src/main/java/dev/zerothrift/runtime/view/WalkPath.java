package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the indexer is: a stack of frames, one per struct (with the id of the field being read) and
 * per container (with the index of the element, or of the map key or value, being read). One store
 * per field or element; turned into {@link PathSegment}s only when indexing fails.
 */
final class WalkPath {
    private static final byte STRUCT = 0;
    private static final byte LIST = 1;
    private static final byte MAP = 2;

    private byte[] kind = new byte[16];
    private StructDescriptor[] owner = new StructDescriptor[16];
    private int[] value = new int[16];
    private int frames;

    void clear() {
        frames = 0;
    }

    /** A struct of type {@code d}, no field read yet; returns the frame. */
    int pushStruct(StructDescriptor d) {
        return push(STRUCT, d, ProtocolException.NO_FIELD);
    }

    /** A list or set; returns the frame. */
    int pushList() {
        return push(LIST, null, -1);
    }

    /** A map; returns the frame. */
    int pushMap() {
        return push(MAP, null, -1);
    }

    /**
     * What frame {@code f} is reading now: a field id (or {@link ProtocolException#NO_FIELD}), an
     * element index, or {@code 2 * entry} for a map key and {@code 2 * entry + 1} for its value.
     */
    void set(int f, int v) {
        value[f] = v;
    }

    void pop() {
        frames--;
    }

    private int push(byte k, StructDescriptor d, int v) {
        int f = frames;
        if (f == kind.length) {
            kind = Arrays.copyOf(kind, 2 * f);
            owner = Arrays.copyOf(owner, 2 * f);
            value = Arrays.copyOf(value, 2 * f);
        }
        kind[f] = k;
        owner[f] = d;
        value[f] = v;
        frames = f + 1;
        return f;
    }

    /** Id of the field that holds the innermost struct, or NO_FIELD at the root. */
    int enclosingFieldId() {
        int innermostStruct = frames - 1;
        while (innermostStruct >= 0 && kind[innermostStruct] != STRUCT) {
            innermostStruct--;
        }
        return fieldIdBelow(innermostStruct - 1);
    }

    /** Id of the innermost field being read, or NO_FIELD. */
    int innermostFieldId() {
        return fieldIdBelow(frames - 1);
    }

    private int fieldIdBelow(int top) {
        for (int f = top; f >= 0; f--) {
            if (kind[f] == STRUCT && value[f] != ProtocolException.NO_FIELD) {
                return value[f];
            }
        }
        return ProtocolException.NO_FIELD;
    }

    /** The path from the root to what is being read. */
    List<PathSegment> snapshot() {
        List<PathSegment> path = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            int v = value[f];
            switch (kind[f]) {
                case STRUCT -> {
                    if (v != ProtocolException.NO_FIELD) {
                        int slot = owner[f].slotOf(v);
                        path.add(
                                new PathSegment.Field(
                                        v, slot >= 0 ? owner[f].field(slot).name() : null));
                    }
                }
                case LIST -> {
                    if (v >= 0) {
                        path.add(new PathSegment.Element(v));
                    }
                }
                default -> {
                    if (v >= 0) {
                        path.add(new PathSegment.Entry(v >> 1, (v & 1) == 1));
                    }
                }
            }
        }
        return List.copyOf(path);
    }
}
