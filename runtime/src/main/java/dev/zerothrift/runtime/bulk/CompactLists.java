package dev.zerothrift.runtime.bulk;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.CompactWire;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.SevenBitGroups;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The elements of compact-protocol lists and sets of {@code i64}, {@code i32}, {@code i16} and
 * {@code double}, as libthrift's {@code TCompactProtocol} writes them: integers as zigzag varints
 * ({@code i16} and {@code i32} as 32-bit varints of at most 5 bytes, {@code i64} of at most 10),
 * doubles as 8 bytes little-endian of {@link Double#doubleToLongBits}. Only the elements: the list
 * header is the protocol writer's.
 *
 * <p>Writing fills each window with as many elements as surely fit at their largest size in one
 * tight loop, then places elements one at a time at the window's end, so no byte of a block is left
 * unused. Reading decodes in a loop without window checks while at least one largest varint is in
 * the window, and byte by byte (through {@link ByteSource#readByte()}) across window edges.
 *
 * <p>A count is checked before anything is allocated: negative is {@code NEGATIVE_SIZE}; more
 * elements than bytes left (every element takes at least one byte, a double eight) is {@code
 * SIZE_LIMIT}. A varint longer than its type allows is {@code INVALID_DATA} (libthrift reads on; we
 * stop); a varint cut off by the end of the message is {@code TRUNCATED}. Decoding an {@code i16}
 * keeps the low 16 bits of the 32-bit value, as libthrift does.
 *
 * <p>The {@code byte[]} methods are for callers that hold one contiguous array: encoders need
 * {@code encodedLength} bytes of room (or {@code MAX_*} per element); decoders take the array's
 * readable limit and report bad input in the same way, with offsets that are array indexes.
 */
public final class CompactLists {
    /** Largest encoding of one {@code i64}. */
    public static final int MAX_I64_BYTES = 10;

    /** Largest encoding of one {@code i32} (and of one {@code i16}, which is written as an i32). */
    public static final int MAX_I32_BYTES = 5;

    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private CompactLists() {}

    // ---------------------------------------------------------------- sizes

    /** Bytes that {@code count} elements of {@code values} from {@code offset} encode to. */
    public static long encodedLength(long[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        long total = 0;
        for (int i = offset, end = offset + count; i < end; i++) {
            total += varintLength(zigzag(values[i]));
        }
        return total;
    }

    /** Bytes that {@code count} elements of {@code values} from {@code offset} encode to. */
    public static long encodedLength(int[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        long total = 0;
        for (int i = offset, end = offset + count; i < end; i++) {
            total += varintLength(zigzag(values[i]));
        }
        return total;
    }

    /** Bytes that {@code count} elements of {@code values} from {@code offset} encode to. */
    public static long encodedLength(short[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        long total = 0;
        for (int i = offset, end = offset + count; i < end; i++) {
            total += varintLength(zigzag(values[i]));
        }
        return total;
    }

    /** Length of the unsigned varint of {@code value}: 1 to 10 bytes, 7 bits a byte. */
    static int varintLength(long value) {
        int bits = 64 - Long.numberOfLeadingZeros(value | 1); // significant bits, at least 1
        return (bits + 6) / 7;
    }

    /** Length of the unsigned varint of {@code value}: 1 to 5 bytes. */
    static int varintLength(int value) {
        int bits = 32 - Integer.numberOfLeadingZeros(value | 1);
        return (bits + 6) / 7;
    }

    static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    static int zigzag(int value) {
        return (value << 1) ^ (value >> 31);
    }

    // ---------------------------------------------------------------- byte[] encoding

    /**
     * Writes {@code count} elements of {@code values} from {@code offset} at {@code dst[at]};
     * returns the index after the last byte written.
     */
    public static int encode(long[] values, int offset, int count, byte[] dst, int at) {
        Objects.checkFromIndexSize(offset, count, values.length);
        for (int i = offset, end = offset + count; i < end; i++) {
            at = putVarint(dst, at, zigzag(values[i]));
        }
        return at;
    }

    /** As {@link #encode(long[], int, int, byte[], int)}. */
    public static int encode(int[] values, int offset, int count, byte[] dst, int at) {
        Objects.checkFromIndexSize(offset, count, values.length);
        for (int i = offset, end = offset + count; i < end; i++) {
            at = putVarint(dst, at, zigzag(values[i]));
        }
        return at;
    }

    /** As {@link #encode(long[], int, int, byte[], int)}. */
    public static int encode(short[] values, int offset, int count, byte[] dst, int at) {
        Objects.checkFromIndexSize(offset, count, values.length);
        for (int i = offset, end = offset + count; i < end; i++) {
            at = putVarint(dst, at, zigzag(values[i]));
        }
        return at;
    }

    /** As {@link #encode(long[], int, int, byte[], int)}; 8 bytes a double, NaNs canonical. */
    public static int encode(double[] values, int offset, int count, byte[] dst, int at) {
        Objects.checkFromIndexSize(offset, count, values.length);
        BulkCodec.checkBytes(dst, at, count, Double.BYTES);
        for (int i = 0; i < count; i++) {
            LONG_LE.set(dst, at + (i << 3), Double.doubleToLongBits(values[offset + i]));
        }
        return at + (count << 3);
    }

    private static int putVarint(byte[] dst, int at, long value) {
        while ((value & ~0x7FL) != 0) {
            dst[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        dst[at++] = (byte) value;
        return at;
    }

    private static int putVarint(byte[] dst, int at, int value) {
        while ((value & ~0x7F) != 0) {
            dst[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        dst[at++] = (byte) value;
        return at;
    }

    // ---------------------------------------------------------------- window encoding

    /*
     * The sink writers and source readers work on a window's array in whole 8-byte words: a varint
     * of three bytes or more is spread into (or gathered from) one little-endian long with shifts
     * and masks, its length from its leading zeros (or the first byte without the continuation
     * bit), with no branch per byte. One- and two-byte varints take a byte path first: in runs of
     * small values its branches predict and it beats the word's dependent arithmetic; the words
     * win where lengths vary (random i64s: every other one 10 bytes, the next 9). A word may reach
     * past the varint's last byte: the windows are taken small enough that it never reaches past
     * the window's limit, nor past the end of its array (bytes between a sink's position and there
     * are its room, overwritten by what comes next). The byte[] encoders keep to the bytes they write.
     */

    /** Bytes a word store or load may reach past the largest i64 varint: none (10 >= 8). */
    private static final int WORD_SLACK_I64 = 0;

    /** Bytes a word store or load may reach past the largest i32 varint of 5 bytes. */
    private static final int WORD_SLACK_I32 = Long.BYTES - MAX_I32_BYTES;

    /**
     * Where word stores must stop in the sink's window: its limit, or the end of its array when the
     * window claims more (an exact-length array's sink does, so that writers asking for a value's
     * largest size are not refused near the end; only the bytes written may reach the array).
     */
    private static int wordLimit(ByteSink sink) {
        return Math.min(sink.limit(), sink.buffer().length);
    }

    /** Continuation bits of all eight bytes of a word. */
    private static final long CONTINUATION = 0x8080808080808080L;

    /**
     * Continuation bits of the first {@code length - 1} bytes of a word ({@code length} 1 to 8).
     */
    private static long continuation(int length) {
        return CONTINUATION & ((1L << ((length - 1) << 3)) - 1);
    }

    /**
     * Writes elements {@code offset} to {@code stop} at {@code dst[at]}, which has room for {@code
     * MAX_I64_BYTES} a element; returns the index after them.
     */
    private static int encodeWindow(long[] values, int offset, int stop, byte[] dst, int at) {
        for (int i = offset; i < stop; i++) {
            at = putWindowVarint(dst, at, zigzag(values[i]));
        }
        return at;
    }

    /** As the {@code long[]} one, with 8 bytes of room past each element's start. */
    private static int encodeWindow(int[] values, int offset, int stop, byte[] dst, int at) {
        for (int i = offset; i < stop; i++) {
            at = putWindowVarint(dst, at, zigzag(values[i]));
        }
        return at;
    }

    /** As the {@code long[]} one, with 8 bytes of room past each element's start. */
    private static int encodeWindow(short[] values, int offset, int stop, byte[] dst, int at) {
        for (int i = offset; i < stop; i++) {
            at = putWindowVarint(dst, at, zigzag(values[i]));
        }
        return at;
    }

    /**
     * One varint in a window (10 bytes of room): one- and two-byte values byte by byte (in runs of
     * small values the branches predict, and that beats any word arithmetic), longer ones as words.
     */
    private static int putWindowVarint(byte[] dst, int at, long zz) {
        if ((zz & ~0x7FL) == 0) {
            dst[at] = (byte) zz;
            return at + 1;
        }
        if ((zz & ~0x3FFFL) == 0) {
            dst[at] = (byte) (zz | 0x80);
            dst[at + 1] = (byte) (zz >>> 7);
            return at + 2;
        }
        int length = varintLength(zz);
        long low = SevenBitGroups.spread(zz);
        if (length <= Long.BYTES) {
            LONG_LE.set(dst, at, low | continuation(length));
        } else {
            LONG_LE.set(dst, at, low | CONTINUATION);
            // Bits 56 to 63: with bit 63 set (length 10) it is byte 8's continuation bit, and
            // byte 9 is 1; else byte 9 is past the end (a 0 the next element overwrites).
            long high = zz >>> 56;
            dst[at + 8] = (byte) high;
            dst[at + 9] = (byte) (high >>> 7);
        }
        return at + length;
    }

    /** As the {@code long} one, for a 32-bit varint (8 bytes of room). */
    private static int putWindowVarint(byte[] dst, int at, int zz) {
        if ((zz & ~0x7F) == 0) {
            dst[at] = (byte) zz;
            return at + 1;
        }
        if ((zz & ~0x3FFF) == 0) {
            dst[at] = (byte) (zz | 0x80);
            dst[at + 1] = (byte) (zz >>> 7);
            return at + 2;
        }
        int length = varintLength(zz);
        LONG_LE.set(
                dst, at, SevenBitGroups.spread(Integer.toUnsignedLong(zz)) | continuation(length));
        return at + length;
    }

    // ---------------------------------------------------------------- sink encoding

    /** Writes {@code count} elements of {@code values} from {@code offset}. */
    public static void write(ByteSink sink, long[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        int end = offset + count;
        while (offset < end) {
            int room = (wordLimit(sink) - sink.position() - WORD_SLACK_I64) / MAX_I64_BYTES;
            if (room > 0) {
                int stop = offset + Math.min(room, end - offset);
                int at = encodeWindow(values, offset, stop, sink.buffer(), sink.position());
                sink.advance(at - sink.position());
                offset = stop;
            } else {
                long zz = zigzag(values[offset++]);
                sink.ensure(varintLength(zz));
                sink.advance(putVarint(sink.buffer(), sink.position(), zz) - sink.position());
            }
        }
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}. */
    public static void write(ByteSink sink, int[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        int end = offset + count;
        while (offset < end) {
            int room = (wordLimit(sink) - sink.position() - WORD_SLACK_I32) / MAX_I32_BYTES;
            if (room > 0) {
                int stop = offset + Math.min(room, end - offset);
                int at = encodeWindow(values, offset, stop, sink.buffer(), sink.position());
                sink.advance(at - sink.position());
                offset = stop;
            } else {
                int zz = zigzag(values[offset++]);
                sink.ensure(varintLength(zz));
                sink.advance(putVarint(sink.buffer(), sink.position(), zz) - sink.position());
            }
        }
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}. */
    public static void write(ByteSink sink, short[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        int end = offset + count;
        while (offset < end) {
            int room = (wordLimit(sink) - sink.position() - WORD_SLACK_I32) / MAX_I32_BYTES;
            if (room > 0) {
                int stop = offset + Math.min(room, end - offset);
                int at = encodeWindow(values, offset, stop, sink.buffer(), sink.position());
                sink.advance(at - sink.position());
                offset = stop;
            } else {
                int zz = zigzag(values[offset++]);
                sink.ensure(varintLength(zz));
                sink.advance(putVarint(sink.buffer(), sink.position(), zz) - sink.position());
            }
        }
    }

    /** Writes {@code count} elements of {@code values} from {@code offset}, NaNs canonical. */
    public static void write(ByteSink sink, double[] values, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, values.length);
        while (count > 0) {
            sink.ensure(Double.BYTES);
            int n = Math.min(count, (sink.limit() - sink.position()) >>> 3);
            encode(values, offset, n, sink.buffer(), sink.position());
            sink.advance(n << 3);
            offset += n;
            count -= n;
        }
    }

    // ---------------------------------------------------------------- source decoding

    /** Reads a list body of {@code count} {@code i64} (the count from the list header). */
    public static long[] readLongs(ByteSource source, int count) {
        ListSizes.check(source, count, 1, "i64");
        long[] values = new long[count];
        decodeLongs(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} {@code i64} into {@code values} from {@code offset}. */
    public static void readLongs(ByteSource source, long[] values, int offset, int count) {
        ListSizes.check(source, count, 1, "i64");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeLongs(source, values, offset, count);
    }

    /** Reads a list body of {@code count} {@code i32}. */
    public static int[] readInts(ByteSource source, int count) {
        ListSizes.check(source, count, 1, "i32");
        int[] values = new int[count];
        decodeInts(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} {@code i32} into {@code values} from {@code offset}. */
    public static void readInts(ByteSource source, int[] values, int offset, int count) {
        ListSizes.check(source, count, 1, "i32");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeInts(source, values, offset, count);
    }

    /** Reads a list body of {@code count} {@code i16}. */
    public static short[] readShorts(ByteSource source, int count) {
        ListSizes.check(source, count, 1, "i16");
        short[] values = new short[count];
        decodeShorts(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} {@code i16} into {@code values} from {@code offset}. */
    public static void readShorts(ByteSource source, short[] values, int offset, int count) {
        ListSizes.check(source, count, 1, "i16");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeShorts(source, values, offset, count);
    }

    /** Reads a list body of {@code count} doubles. */
    public static double[] readDoubles(ByteSource source, int count) {
        ListSizes.check(source, count, Double.BYTES, "double");
        double[] values = new double[count];
        decodeDoubles(source, values, 0, count);
        return values;
    }

    /** Reads {@code count} doubles into {@code values} from {@code offset}, bits kept. */
    public static void readDoubles(ByteSource source, double[] values, int offset, int count) {
        ListSizes.check(source, count, Double.BYTES, "double");
        Objects.checkFromIndexSize(offset, count, values.length);
        decodeDoubles(source, values, offset, count);
    }

    private static void decodeLongs(ByteSource source, long[] values, int offset, int count) {
        int end = offset + count;
        while (offset < end) {
            int room = (source.limit() - source.position() - WORD_SLACK_I64) / MAX_I64_BYTES;
            if (room > 0) {
                int stop = offset + Math.min(room, end - offset);
                int start = source.position();
                int at = decodeWindow(source, start, values, offset, stop);
                source.skip(at - start);
                offset = stop;
            } else {
                values[offset++] = unzigzag(slowVarint64(source));
            }
        }
    }

    /**
     * Decodes elements {@code offset} to {@code stop} from the window at {@code start}, which holds
     * {@code MAX_I64_BYTES} a element; returns the index after them.
     */
    private static int decodeWindow(
            ByteSource source, int start, long[] values, int offset, int stop) {
        byte[] buffer = source.buffer();
        int at = start;
        for (int i = offset; i < stop; i++) {
            // One- and two-byte values byte by byte, as in putWindowVarint.
            long b0 = buffer[at];
            if (b0 >= 0) {
                values[i] = unzigzag(b0);
                at++;
                continue;
            }
            long b1 = buffer[at + 1];
            if (b1 >= 0) {
                values[i] = unzigzag((b0 & 0x7F) | b1 << 7);
                at += 2;
                continue;
            }
            long word = (long) LONG_LE.get(buffer, at);
            int bits = CompactWire.endBits(word); // through the last byte, 0 past the word
            long raw;
            if (bits != 0) {
                raw = CompactWire.packedGroups(word, bits);
                at += bits >>> 3;
            } else {
                // Nine or ten bytes: byte 9 counts (only its low bit, as libthrift keeps it)
                // when byte 8 continues, and must not continue itself.
                long b8 = buffer[at + 8];
                long b9 = buffer[at + 9];
                if ((b8 & b9) < 0) {
                    throw tooLong(source.offset() + (at - start), "i64");
                }
                raw = CompactWire.packedLongTail(word, b8, b9);
                at += 9 + (int) (b8 >>> 63);
            }
            values[i] = unzigzag(raw);
        }
        return at;
    }

    private static void decodeInts(ByteSource source, int[] values, int offset, int count) {
        int end = offset + count;
        while (offset < end) {
            int room = (source.limit() - source.position() - WORD_SLACK_I32) / MAX_I32_BYTES;
            if (room > 0) {
                int stop = offset + Math.min(room, end - offset);
                int start = source.position();
                byte[] buffer = source.buffer();
                int at = start;
                for (; offset < stop; offset++) {
                    int b0 = buffer[at];
                    if (b0 >= 0) {
                        values[offset] = unzigzag(b0);
                        at++;
                        continue;
                    }
                    int b1 = buffer[at + 1];
                    if (b1 >= 0) {
                        values[offset] = unzigzag((b0 & 0x7F) | b1 << 7);
                        at += 2;
                        continue;
                    }
                    long word = (long) LONG_LE.get(buffer, at);
                    int bits = CompactWire.endBits32(word);
                    if (bits < 0) {
                        throw tooLong(source.offset() + (at - start), "i32");
                    }
                    values[offset] = unzigzag((int) CompactWire.packedGroups(word, bits));
                    at += bits >>> 3;
                }
                source.skip(at - start);
            } else {
                values[offset++] = unzigzag(slowVarint32(source, "i32"));
            }
        }
    }

    private static void decodeShorts(ByteSource source, short[] values, int offset, int count) {
        int end = offset + count;
        while (offset < end) {
            int room = (source.limit() - source.position() - WORD_SLACK_I32) / MAX_I32_BYTES;
            if (room > 0) {
                int stop = offset + Math.min(room, end - offset);
                int start = source.position();
                byte[] buffer = source.buffer();
                int at = start;
                for (; offset < stop; offset++) {
                    int b0 = buffer[at];
                    if (b0 >= 0) {
                        values[offset] = (short) unzigzag(b0);
                        at++;
                        continue;
                    }
                    int b1 = buffer[at + 1];
                    if (b1 >= 0) {
                        values[offset] = (short) unzigzag((b0 & 0x7F) | b1 << 7);
                        at += 2;
                        continue;
                    }
                    long word = (long) LONG_LE.get(buffer, at);
                    int bits = CompactWire.endBits32(word);
                    if (bits < 0) {
                        throw tooLong(source.offset() + (at - start), "i16");
                    }
                    values[offset] = (short) unzigzag((int) CompactWire.packedGroups(word, bits));
                    at += bits >>> 3;
                }
                source.skip(at - start);
            } else {
                values[offset++] = (short) unzigzag(slowVarint32(source, "i16"));
            }
        }
    }

    private static void decodeDoubles(ByteSource source, double[] values, int offset, int count) {
        while (count > 0) {
            source.require(Double.BYTES);
            int n = Math.min(count, (source.limit() - source.position()) >>> 3);
            byte[] buffer = source.buffer();
            int at = source.position();
            for (int i = 0; i < n; i++) {
                values[offset + i] =
                        Double.longBitsToDouble((long) LONG_LE.get(buffer, at + (i << 3)));
            }
            source.skip(n << 3);
            offset += n;
            count -= n;
        }
    }

    private static long slowVarint64(ByteSource source) {
        long start = source.offset();
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte b = source.readByte();
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw tooLong(start, "i64");
    }

    private static int slowVarint32(ByteSource source, String type) {
        long start = source.offset();
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = source.readByte();
            result |= (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw tooLong(start, type);
    }

    // ---------------------------------------------------------------- byte[] decoding

    /**
     * Reads {@code count} {@code i64} from {@code src[at]}, reading no byte at or after {@code
     * limit}, into {@code values} from {@code offset}; returns the index after the last byte read.
     */
    public static int decode(byte[] src, int at, int limit, long[] values, int offset, int count) {
        checkDecode(src, at, limit, count, 1, "i64");
        Objects.checkFromIndexSize(offset, count, values.length);
        ArraySource source = new ArraySource(src, at, limit);
        decodeLongs(source, values, offset, count);
        return source.position();
    }

    /** As {@link #decode(byte[], int, int, long[], int, int)}, for {@code i32}. */
    public static int decode(byte[] src, int at, int limit, int[] values, int offset, int count) {
        checkDecode(src, at, limit, count, 1, "i32");
        Objects.checkFromIndexSize(offset, count, values.length);
        ArraySource source = new ArraySource(src, at, limit);
        decodeInts(source, values, offset, count);
        return source.position();
    }

    /** As {@link #decode(byte[], int, int, long[], int, int)}, for {@code i16}. */
    public static int decode(byte[] src, int at, int limit, short[] values, int offset, int count) {
        checkDecode(src, at, limit, count, 1, "i16");
        Objects.checkFromIndexSize(offset, count, values.length);
        ArraySource source = new ArraySource(src, at, limit);
        decodeShorts(source, values, offset, count);
        return source.position();
    }

    /** As {@link #decode(byte[], int, int, long[], int, int)}, for doubles (bits kept). */
    public static int decode(
            byte[] src, int at, int limit, double[] values, int offset, int count) {
        checkDecode(src, at, limit, count, Double.BYTES, "double");
        Objects.checkFromIndexSize(offset, count, values.length);
        ArraySource source = new ArraySource(src, at, limit);
        decodeDoubles(source, values, offset, count);
        return source.position();
    }

    private static void checkDecode(
            byte[] src, int at, int limit, int count, int minSize, String type) {
        Objects.checkFromToIndex(at, limit, src.length);
        ListSizes.check(new ArraySource(src, at, limit), count, minSize, type);
    }

    // ---------------------------------------------------------------- helpers

    static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    static int unzigzag(int value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static ProtocolException tooLong(long offset, String type) {
        return new ProtocolException(
                ProtocolException.Kind.INVALID_DATA,
                offset,
                "varint of an "
                        + type
                        + " list element longer than its type allows at byte "
                        + offset);
    }

    /** One array as a source, for the {@code byte[]} decoders; offsets are array indexes. */
    private static final class ArraySource extends ByteSource {
        ArraySource(byte[] bytes, int at, int limit) {
            this.buffer = bytes;
            this.position = at;
            this.limit = limit;
        }

        @Override
        public long remaining() {
            return limit - position;
        }

        @Override
        public long offset() {
            return position;
        }

        @Override
        protected void nextWindow(int count) {
            throw ProtocolException.truncated(position, count, limit - position);
        }
    }
}
