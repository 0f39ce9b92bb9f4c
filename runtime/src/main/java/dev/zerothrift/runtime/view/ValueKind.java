package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.protocol.WireType;

/**
 * What a value is in the schema: finer than its {@link WireType} (a string and a binary share a
 * wire type, an enum travels as an i32), so that generic tools can render it.
 */
public enum ValueKind {
    BOOL(WireType.BOOL, 1, 1),
    I8(WireType.BYTE, 1, 1),
    I16(WireType.I16, 2, -1),
    I32(WireType.I32, 4, -1),
    I64(WireType.I64, 8, -1),
    DOUBLE(WireType.DOUBLE, 8, 8),
    STRING(WireType.STRING, -1, -1),
    BINARY(WireType.STRING, -1, -1),
    UUID(WireType.UUID, 16, 16),
    /** An enum: an i32 on the wire. */
    ENUM(WireType.I32, 4, -1),
    STRUCT(WireType.STRUCT, -1, -1),
    LIST(WireType.LIST, -1, -1),
    SET(WireType.SET, -1, -1),
    MAP(WireType.MAP, -1, -1);

    private final byte wireType;
    private final int binarySize;
    private final int compactSize;

    ValueKind(byte wireType, int binarySize, int compactSize) {
        this.wireType = wireType;
        this.binarySize = binarySize;
        this.compactSize = compactSize;
    }

    /** The type code on the wire ({@link WireType}). */
    public byte wireType() {
        return wireType;
    }

    /** Bytes a value takes in the binary protocol when they do not depend on it, else -1. */
    public int binarySize() {
        return binarySize;
    }

    /**
     * Bytes a value takes in the compact protocol when they do not depend on it, else -1 (as a
     * container element: a bool element is one byte, while a bool field lives in its header).
     */
    public int compactSize() {
        return compactSize;
    }

    /** Whether the kind is a list, set or map. */
    public boolean isContainer() {
        return this == LIST || this == SET || this == MAP;
    }
}
