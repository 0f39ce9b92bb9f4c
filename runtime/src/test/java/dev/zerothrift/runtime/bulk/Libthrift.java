package dev.zerothrift.runtime.bulk;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TMemoryBuffer;

import java.util.Arrays;

/** List elements as Apache libthrift writes and reads them, one {@code TProtocol} call each. */
final class Libthrift {
    private Libthrift() {}

    /** The bytes libthrift writes for {@code values} (an array of {@code type}), elements only. */
    static byte[] write(boolean compact, Elements<?> type, Object values) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(64);
            TProtocol protocol = protocol(compact, buffer);
            switch (values) {
                case long[] longs -> {
                    for (long value : longs) {
                        protocol.writeI64(value);
                    }
                }
                case int[] ints -> {
                    for (int value : ints) {
                        protocol.writeI32(value);
                    }
                }
                case short[] shorts -> {
                    for (short value : shorts) {
                        protocol.writeI16(value);
                    }
                }
                case double[] doubles -> {
                    for (double value : doubles) {
                        protocol.writeDouble(value);
                    }
                }
                default -> throw new IllegalArgumentException("not a " + type + " array");
            }
            return Arrays.copyOf(buffer.getArray(), buffer.length());
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    /** What libthrift reads from {@code bytes}: {@code count} elements of {@code type}. */
    static Object read(boolean compact, Elements<?> type, byte[] bytes, int count) {
        try {
            TMemoryBuffer buffer = new TMemoryBuffer(bytes.length + 1);
            buffer.write(bytes, 0, bytes.length);
            TProtocol protocol = protocol(compact, buffer);
            switch (type.name) {
                case "i64" -> {
                    long[] values = new long[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = protocol.readI64();
                    }
                    return values;
                }
                case "i32" -> {
                    int[] values = new int[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = protocol.readI32();
                    }
                    return values;
                }
                case "i16" -> {
                    short[] values = new short[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = protocol.readI16();
                    }
                    return values;
                }
                default -> {
                    double[] values = new double[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = protocol.readDouble();
                    }
                    return values;
                }
            }
        } catch (TException e) {
            throw new AssertionError(e);
        }
    }

    private static TProtocol protocol(boolean compact, TMemoryBuffer buffer) {
        return compact ? new TCompactProtocol(buffer) : new TBinaryProtocol(buffer);
    }
}
