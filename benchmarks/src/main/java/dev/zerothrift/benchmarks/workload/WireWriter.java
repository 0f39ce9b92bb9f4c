package dev.zerothrift.benchmarks.workload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal Thrift writer, byte for byte as Apache libthrift's {@code TBinaryProtocol} and {@code
 * TCompactProtocol} write, for the types of the workloads. It produces the received bytes that
 * every decoder is fed and the sizes the generator aims at, without depending on any implementation
 * under test. Not measured; written for clarity, not speed.
 */
abstract sealed class WireWriter permits WireWriter.Binary, WireWriter.Compact {
    // Type codes of the binary protocol (libthrift's TType); the compact writer maps them.
    static final byte BOOL = 2;
    static final byte DOUBLE = 4;
    static final byte I16 = 6;
    static final byte I32 = 8;
    static final byte I64 = 10;
    static final byte STRING = 11;
    static final byte STRUCT = 12;
    static final byte MAP = 13;
    static final byte LIST = 15;

    private byte[] buf = new byte[256];
    private int len;

    static WireWriter of(Protocol protocol) {
        return protocol == Protocol.BINARY ? new Binary() : new Compact();
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    abstract void structBegin();

    /** Writes the stop byte of the current struct. */
    abstract void structEnd();

    abstract void fieldBegin(byte type, int id);

    /** A bool field: the compact protocol folds the value into the field header. */
    abstract void boolField(int id, boolean value);

    abstract void listBegin(byte elementType, int size);

    abstract void mapBegin(byte keyType, byte valueType, int size);

    abstract void i16(short v);

    abstract void i32(int v);

    abstract void i64(long v);

    abstract void f64(double v);

    abstract void length(int n);

    final void binary(byte[] bytes) {
        length(bytes.length);
        put(bytes);
    }

    final void string(String s) {
        binary(s.getBytes(StandardCharsets.UTF_8));
    }

    final void put(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    final void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    static final class Binary extends WireWriter {
        @Override
        void structBegin() {}

        @Override
        void structEnd() {
            put(0);
        }

        @Override
        void fieldBegin(byte type, int id) {
            put(type);
            put(id >>> 8);
            put(id);
        }

        @Override
        void boolField(int id, boolean value) {
            fieldBegin(BOOL, id);
            put(value ? 1 : 0);
        }

        @Override
        void listBegin(byte elementType, int size) {
            put(elementType);
            i32(size);
        }

        @Override
        void mapBegin(byte keyType, byte valueType, int size) {
            put(keyType);
            put(valueType);
            i32(size);
        }

        @Override
        void i16(short v) {
            put(v >>> 8);
            put(v);
        }

        @Override
        void i32(int v) {
            put(v >>> 24);
            put(v >>> 16);
            put(v >>> 8);
            put(v);
        }

        @Override
        void i64(long v) {
            i32((int) (v >>> 32));
            i32((int) v);
        }

        @Override
        void f64(double v) {
            i64(Double.doubleToLongBits(v));
        }

        @Override
        void length(int n) {
            i32(n);
        }
    }

    static final class Compact extends WireWriter {
        private int[] lastIds = new int[8];
        private int depth;
        private int lastId;

        @Override
        void structBegin() {
            if (depth == lastIds.length) {
                lastIds = Arrays.copyOf(lastIds, depth * 2);
            }
            lastIds[depth++] = lastId;
            lastId = 0;
        }

        @Override
        void structEnd() {
            put(0);
            lastId = lastIds[--depth];
        }

        @Override
        void fieldBegin(byte type, int id) {
            header(compactType(type), id);
        }

        @Override
        void boolField(int id, boolean value) {
            header(value ? 1 : 2, id);
        }

        private void header(int compactType, int id) {
            int delta = id - lastId;
            if (delta > 0 && delta <= 15) {
                put(delta << 4 | compactType);
            } else {
                put(compactType);
                varint(zigzag32(id));
            }
            lastId = id;
        }

        @Override
        void listBegin(byte elementType, int size) {
            if (size < 15) {
                put(size << 4 | compactType(elementType));
            } else {
                put(0xf0 | compactType(elementType));
                varint(size);
            }
        }

        @Override
        void mapBegin(byte keyType, byte valueType, int size) {
            if (size == 0) {
                put(0);
            } else {
                varint(size);
                put(compactType(keyType) << 4 | compactType(valueType));
            }
        }

        @Override
        void i16(short v) {
            varint(zigzag32(v));
        }

        @Override
        void i32(int v) {
            varint(zigzag32(v));
        }

        @Override
        void i64(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        @Override
        void f64(double v) {
            long bits = Double.doubleToLongBits(v);
            for (int i = 0; i < 8; i++) {
                put((int) (bits >>> (8 * i)));
            }
        }

        @Override
        void length(int n) {
            varint(n);
        }

        private static long zigzag32(int v) {
            return Integer.toUnsignedLong((v << 1) ^ (v >> 31));
        }

        private void varint(long v) {
            while ((v & ~0x7fL) != 0) {
                put((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            put((int) v);
        }

        private static int compactType(byte type) {
            return switch (type) {
                case BOOL -> 1;
                case I16 -> 4;
                case I32 -> 5;
                case I64 -> 6;
                case DOUBLE -> 7;
                case STRING -> 8;
                case LIST -> 9;
                case MAP -> 11;
                case STRUCT -> 12;
                default -> throw new IllegalArgumentException("no compact type for " + type);
            };
        }
    }
}
