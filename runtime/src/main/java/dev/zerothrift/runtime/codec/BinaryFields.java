package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.WireType;

/**
 * Whole fixed-size fields of the binary protocol (type byte, i16 id, value) at an absolute offset,
 * for the run of fixed-size fields a generated codec writes first: it reserves the run's bytes once
 * and puts every field without a check between them. Each method returns the offset after the
 * field. The caller has made the room available; an array index out of it throws {@code
 * IndexOutOfBoundsException}.
 */
public final class BinaryFields {
    private BinaryFields() {}

    private static int header(byte[] b, int p, byte type, int id) {
        b[p] = type;
        BinaryWire.putI16(b, p + 1, (short) id);
        return p + 3;
    }

    public static int putBool(byte[] b, int p, int id, boolean value) {
        p = header(b, p, WireType.BOOL, id);
        b[p] = (byte) (value ? 1 : 0);
        return p + 1;
    }

    public static int putByte(byte[] b, int p, int id, byte value) {
        p = header(b, p, WireType.BYTE, id);
        b[p] = value;
        return p + 1;
    }

    public static int putI16(byte[] b, int p, int id, short value) {
        p = header(b, p, WireType.I16, id);
        BinaryWire.putI16(b, p, value);
        return p + 2;
    }

    public static int putI32(byte[] b, int p, int id, int value) {
        p = header(b, p, WireType.I32, id);
        BinaryWire.putI32(b, p, value);
        return p + 4;
    }

    public static int putI64(byte[] b, int p, int id, long value) {
        p = header(b, p, WireType.I64, id);
        BinaryWire.putI64(b, p, value);
        return p + 8;
    }

    public static int putDouble(byte[] b, int p, int id, double value) {
        p = header(b, p, WireType.DOUBLE, id);
        BinaryWire.putDouble(b, p, value);
        return p + 8;
    }
}
