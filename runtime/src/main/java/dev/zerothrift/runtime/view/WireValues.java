package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.Utf8;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads one value at a chain position that the index recorded (so its bytes were checked when it
 * was indexed): big-endian through {@link Chain#getLong} and friends in the binary protocol, varint
 * and zigzag in the compact one.
 */
final class WireValues {
    private static final VarHandle I64_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The continuation bits of the eight bytes of a word. */
    private static final long CONTINUATION = 0x8080808080808080L;

    private WireValues() {}

    /**
     * Whether a value of {@code kind} is a varint in the compact protocol (i16, i32, i64, enum).
     */
    static boolean isVarint(ValueKind kind) {
        return kind == ValueKind.I16
                || kind == ValueKind.I32
                || kind == ValueKind.I64
                || kind == ValueKind.ENUM;
    }

    /**
     * Position after the {@code n} checked varints that start at {@code p}: a varint ends at each
     * byte without the continuation bit, so whole words are counted at once (8 bytes per step,
     * whatever the varints' lengths).
     */
    static int skipVarints(Chain chain, int p, int n) {
        while (n > 0) {
            int node = chain.nodeIndex(p);
            int start = chain.nodeStart(node);
            byte[] array = chain.nodeArray(node);
            int delta = chain.nodeOffset(node) - start;
            int limit = start + chain.nodeLength(node);
            while (limit - p >= Long.BYTES) {
                long stops = ~(long) I64_LE.get(array, p + delta) & CONTINUATION;
                int ends = Long.bitCount(stops);
                if (ends >= n) {
                    for (int k = 1; k < n; k++) {
                        stops &= stops - 1; // drop the ends before the n-th
                    }
                    return p + (Long.numberOfTrailingZeros(stops) >>> 3) + 1;
                }
                n -= ends;
                p += Long.BYTES;
            }
            while (p < limit) {
                if (array[p++ + delta] >= 0 && --n == 0) {
                    return p;
                }
            }
        }
        return p;
    }

    /**
     * Position of the checked varint that ends just before {@code p}, which follows another varint
     * or {@code first}: its bytes before the last all have the continuation bit.
     */
    static int previousVarint(Chain chain, int first, int p) {
        int q = p - 1;
        while (q > first && chain.getByte(q - 1) < 0) {
            q--;
        }
        return q;
    }

    static long i64(Chain chain, boolean compact, int p) {
        return compact ? CompactWire.unzigzag(varint(chain, p)) : chain.getLong(p);
    }

    static int i32(Chain chain, boolean compact, int p) {
        return compact ? CompactWire.unzigzag((int) varint(chain, p)) : chain.getInt(p);
    }

    static short i16(Chain chain, boolean compact, int p) {
        return compact ? (short) CompactWire.unzigzag((int) varint(chain, p)) : chain.getShort(p);
    }

    static double f64(Chain chain, boolean compact, int p) {
        long bits = chain.getLong(p);
        return Double.longBitsToDouble(compact ? Long.reverseBytes(bits) : bits);
    }

    /** The unsigned varint at {@code p} (checked when indexed: at most 10 bytes). */
    static long varint(Chain chain, int p) {
        int node = chain.nodeIndex(p);
        int within = p - chain.nodeStart(node);
        if (chain.nodeLength(node) - within >= 10) {
            byte[] array = chain.nodeArray(node);
            int offset = chain.nodeOffset(node) + within;
            byte b = array[offset];
            if (b >= 0) {
                return b;
            }
            return CompactWire.getVarint64(array, offset);
        }
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte b = chain.getByte(p++);
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                break;
            }
        }
        return result;
    }

    /** Bytes the varint at {@code p} takes. */
    static int varintLength(Chain chain, int p) {
        int n = 1;
        while (chain.getByte(p + n - 1) < 0) {
            n++;
        }
        return n;
    }

    /** Length in bytes of the string or binary whose prefix is at {@code p}. */
    static int stringLength(Chain chain, boolean compact, int p) {
        return compact ? (int) varint(chain, p) : chain.getInt(p);
    }

    /** Chain position of the first byte of the string or binary whose prefix is at {@code p}. */
    static int stringStart(Chain chain, boolean compact, int p) {
        return compact ? p + varintLength(chain, p) : p + 4;
    }

    /**
     * The compact string or binary whose varint length is at {@code p}, decoded: one node lookup
     * for the length and the bytes when both lie in one node (the usual case).
     */
    static String compactString(Chain chain, int p) {
        int node = chain.nodeIndex(p);
        int within = p - chain.nodeStart(node);
        int left = chain.nodeLength(node) - within;
        byte[] array = chain.nodeArray(node);
        int at = chain.nodeOffset(node) + within;
        if (left > 0) {
            byte b = array[at];
            if (b >= 0) { // under 128 bytes: the length is one byte
                if (b == 0) {
                    return "";
                }
                if (b < left) {
                    return Utf8.decode(array, at + 1, b);
                }
            } else if (left >= 5) {
                long packed = CompactWire.getVarint32(array, at, at + 5);
                int prefix = (int) (packed >>> 32);
                int length = (int) packed;
                if (length <= left - prefix) {
                    return Utf8.decode(array, at + prefix, length);
                }
            }
        }
        return string(chain, stringStart(chain, true, p), stringLength(chain, true, p));
    }

    /** The compact string or binary whose varint length is at {@code array[at]} (checked). */
    static String compactString(byte[] array, int at) {
        int length = array[at];
        if (length >= 0) {
            return length == 0 ? "" : Utf8.decode(array, at + 1, length);
        }
        // the varint ends within its 5 bytes (checked), so the limit is never reached
        long packed = CompactWire.getVarint32(array, at, at + 5);
        return Utf8.decode(array, at + (int) (packed >>> 32), (int) packed);
    }

    static String string(Chain chain, int start, int length) {
        if (length == 0) {
            return "";
        }
        int node = chain.nodeIndex(start);
        int within = start - chain.nodeStart(node);
        if (chain.nodeLength(node) - within >= length) {
            return Utf8.decode(chain.nodeArray(node), chain.nodeOffset(node) + within, length);
        }
        byte[] bytes = new byte[length];
        chain.getBytes(start, bytes, 0, length);
        return Utf8.decode(bytes, 0, length);
    }

    /** Whether the bytes are the UTF-8 of {@code s}, compared in place when in one node. */
    static boolean stringEquals(Chain chain, int start, int length, CharSequence s) {
        if (length == 0) {
            return s.isEmpty();
        }
        if (length < s.length()) {
            return false; // every char takes at least one byte
        }
        int node = chain.nodeIndex(start);
        int within = start - chain.nodeStart(node);
        if (chain.nodeLength(node) - within >= length) {
            return Utf8.equals(chain.nodeArray(node), chain.nodeOffset(node) + within, length, s);
        }
        byte[] bytes = new byte[length];
        chain.getBytes(start, bytes, 0, length);
        return Utf8.equals(bytes, 0, length, s);
    }

    /** A read-only buffer over the bytes: a window onto the node when in one, else a copy. */
    static ByteBuffer buffer(Chain chain, int start, int length) {
        if (length == 0) {
            return ByteBuffer.allocate(0).asReadOnlyBuffer();
        }
        int node = chain.nodeIndex(start);
        int within = start - chain.nodeStart(node);
        if (chain.nodeLength(node) - within >= length) {
            return ByteBuffer.wrap(chain.nodeArray(node), chain.nodeOffset(node) + within, length)
                    .slice()
                    .asReadOnlyBuffer();
        }
        byte[] bytes = new byte[length];
        chain.getBytes(start, bytes, 0, length);
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    static byte[] bytes(Chain chain, int start, int length) {
        byte[] bytes = new byte[length];
        chain.getBytes(start, bytes, 0, length);
        return bytes;
    }
}
