package dev.zerothrift.benchmarks.workload;

import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.WireType;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The floor under {@code read1}: the least a reader of {@code f37} of wide-read1 must do, which is
 * to pass the 36 fields before it one after the other, since each string's and list's length (and,
 * in the compact protocol, each varint's last byte) says where the next field starts. {@link
 * #skipTo37} knows the exact sequence of headers in advance (taken from the message here, outside
 * the measurement), checks each header against it with one compare, and records nothing and
 * validates no length: no walk that checks what it reads and remembers where the fields were can be
 * faster.
 */
public final class Read1Floor {
    private static final int WANTED_ID = 37;

    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // How a value is passed: a fixed size (above 0) or one of these.
    private static final int LENGTH_THEN_BYTES = -1;
    private static final int COUNT_THEN_I64S = -2; // wide-read1's lists hold i64s
    private static final int VARINT = -3; // compact i32 and i64

    private final byte[] wire;
    private final boolean compact;
    private final int[] headers; // the headers up to f37's: binary type << 16 | id, compact byte
    private final int[] passes; // how each value before f37 is passed

    public Read1Floor(Fixture fixture) {
        if (fixture.workload() != Workload.WIDE_READ1) {
            throw new IllegalArgumentException("read1 applies to wide-read1 only");
        }
        this.wire = fixture.wire();
        this.compact = fixture.protocol() == Protocol.COMPACT;
        int[] h = new int[64];
        int[] k = new int[64];
        int n = 0;
        int p = 0;
        int id = 0;
        while (true) {
            byte type;
            if (compact) {
                h[n] = wire[p] & 0xff;
                id += h[n] >>> 4; // libthrift writes wide-read1's fields with short headers
                type = CompactWire.fromCompact(h[n]);
            } else {
                type = wire[p];
                id = BinaryWire.getI16(wire, p + 1);
                h[n] = type << 16 | id;
            }
            k[n] = pass(type);
            n++;
            if (id == WANTED_ID) {
                break;
            }
            p = after(wire, compact, p, k[n - 1]);
        }
        this.headers = Arrays.copyOf(h, n);
        this.passes = Arrays.copyOf(k, n - 1);
        if (skipTo37() < 0) {
            throw new IllegalStateException("the read1 floor does not find f37");
        }
    }

    private int pass(byte type) {
        return switch (type) {
            case WireType.I32 -> compact ? VARINT : 4;
            case WireType.I64 -> compact ? VARINT : 8;
            case WireType.DOUBLE -> 8;
            case WireType.STRING -> LENGTH_THEN_BYTES;
            case WireType.LIST -> COUNT_THEN_I64S;
            default -> throw new IllegalStateException("wide-read1 has no field of type " + type);
        };
    }

    /**
     * The position of {@code f37}'s value in the message, or -1 if a header is not the one known.
     */
    public int skipTo37() {
        byte[] b = wire;
        int[] expected = headers;
        int[] pass = passes;
        int p = 0;
        if (compact) {
            for (int i = 0; i < pass.length; i++) {
                if ((b[p] & 0xff) != expected[i]) {
                    return -1;
                }
                p = after(b, true, p, pass[i]);
            }
            return (b[p] & 0xff) == expected[pass.length] ? p + 1 : -1;
        }
        for (int i = 0; i < pass.length; i++) {
            if (BinaryWire.getI32(b, p) >>> 8 != expected[i]) {
                return -1;
            }
            p = after(b, false, p, pass[i]);
        }
        return BinaryWire.getI32(b, p) >>> 8 == expected[pass.length] ? p + 3 : -1;
    }

    /** The position after the field whose header is at {@code header}. */
    private static int after(byte[] b, boolean compact, int header, int pass) {
        if (!compact) {
            int v = header + 3;
            return switch (pass) {
                case LENGTH_THEN_BYTES -> v + 4 + BinaryWire.getI32(b, v);
                case COUNT_THEN_I64S -> v + 5 + 8 * BinaryWire.getI32(b, v + 1);
                default -> v + pass;
            };
        }
        int v = header + 1;
        return switch (pass) {
            case VARINT -> pastVarint(b, v);
            case LENGTH_THEN_BYTES -> {
                // the length's bytes read inline: CompactWire.getVarint32's bounds checks and
                // packed result measured 20% slower here (0.36 against 0.29 us, compact)
                int length = 0;
                int shift = 0;
                while (true) {
                    byte x = b[v++];
                    length |= (x & 0x7f) << shift;
                    if (x >= 0) {
                        break;
                    }
                    shift += 7;
                }
                yield v + length;
            }
            case COUNT_THEN_I64S -> {
                int count = (b[v] & 0xff) >>> 4; // wide-read1's lists have 8 elements: one byte
                int p = v + 1;
                for (int i = 0; i < count; i++) {
                    p = pastVarint(b, p);
                }
                yield p;
            }
            default -> v + pass;
        };
    }

    /**
     * The position after the varint at {@code p}: its last byte is the first without the high bit,
     * found among eight at a time by the runtime's compact reader's search ({@link
     * CompactWire#endBits}).
     */
    private static int pastVarint(byte[] b, int p) {
        while (b.length - p >= 8) {
            int bits = CompactWire.endBits((long) LONG_LE.get(b, p));
            if (bits != 0) {
                return p + (bits >>> 3);
            }
            p += 8;
        }
        while (b[p++] < 0) {
            // a byte with its high bit set: the varint goes on
        }
        return p;
    }
}
