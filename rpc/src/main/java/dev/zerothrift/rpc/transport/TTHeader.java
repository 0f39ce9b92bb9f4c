package dev.zerothrift.rpc.transport;

import dev.zerothrift.rpc.TransportException;
import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.protocol.Protocol;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The header of a Kitex TTHeader frame: everything between the frame length and the Thrift message.
 *
 * <pre>
 *   offset 0   LENGTH        u32   bytes after this field (header and message)
 *          4   MAGIC         u16   0x1000
 *          6   FLAGS         u16
 *          8   SEQ ID        i32   the message's sequence id
 *         12   HEADER SIZE   u16   header bytes from offset 14 to the message, divided by 4
 *         14   PROTOCOL ID   u8    0 binary, 2 compact
 *         15   TRANSFORMS    u8    count, then one u8 id each (we accept none)
 *              infos, until the header ends:
 *                0x00 padding                   (one byte)
 *                0x01 string key-values         u16 count, then (u16 len, key, u16 len, value) each
 *                0x10 integer key-values        u16 count, then (u16 key, u16 len, value) each
 *                0x11 ACL token                 u16 len, token
 *              zero bytes pad the header to a multiple of 4
 *   14 + 4 * HEADER SIZE: the Thrift message
 * </pre>
 *
 * Strings are UTF-8. The maps keep the order they were read or given in.
 *
 * @param flags the 16-bit flags word (Kitex defines none that change the framing).
 * @param seqId the sequence id, which Kitex sets to the message's.
 * @param protocol the protocol of the message that follows.
 * @param strings string key-value infos ({@code 0x01}).
 * @param ints integer-keyed infos ({@code 0x10}), keys 0 to 65535.
 * @param aclToken the ACL token info ({@code 0x11}), or null.
 */
public record TTHeader(
        int flags,
        int seqId,
        Protocol protocol,
        Map<String, String> strings,
        Map<Integer, String> ints,
        String aclToken) {

    /** The magic number in the high half of the word after the length. */
    public static final int MAGIC = 0x1000;

    /** Bytes from the frame's start to the first header info: length to transform count. */
    public static final int FIXED_SIZE = 16;

    /** Largest header (from offset 14 to the message) accepted, as Kitex: 64 KiB. */
    public static final int MAX_HEADER_SIZE = 64 << 10;

    public static final int PROTOCOL_BINARY = 0;
    public static final int PROTOCOL_COMPACT = 2;

    private static final int INFO_PADDING = 0x00;
    private static final int INFO_KEY_VALUE = 0x01;
    private static final int INFO_INT_KEY_VALUE = 0x10;
    private static final int INFO_ACL_TOKEN = 0x11;

    public TTHeader {
        if (protocol == null) {
            throw new NullPointerException("protocol");
        }
        if ((flags & ~0xffff) != 0) {
            throw new IllegalArgumentException(
                    "flags are 16 bits: 0x" + Integer.toHexString(flags));
        }
        strings = Collections.unmodifiableMap(new LinkedHashMap<>(strings));
        ints = Collections.unmodifiableMap(new LinkedHashMap<>(ints));
        for (int key : ints.keySet()) {
            if (key < 0 || key > 0xffff) {
                throw new IllegalArgumentException("integer info key is 16 bits: " + key);
            }
        }
    }

    /** A header with no infos. */
    public static TTHeader of(int seqId, Protocol protocol) {
        return new TTHeader(0, seqId, protocol, Map.of(), Map.of(), null);
    }

    /** This header for another message (a reply): same flags and protocol, no infos. */
    public TTHeader forReply(int replySeqId) {
        return new TTHeader(flags, replySeqId, protocol, Map.of(), Map.of(), null);
    }

    /** Whether the frame starting at {@code index} of {@code buffer} has the TTHeader magic. */
    public static boolean hasMagic(ByteBuf buffer, int index) {
        return buffer.getUnsignedShort(index + 4) == MAGIC;
    }

    // ---------------------------------------------------------------- encoding

    /**
     * Bytes the header infos take, padding included: what HEADER SIZE counts, times 4. Throws
     * {@link IllegalArgumentException} when the header cannot be written: over {@link
     * #MAX_HEADER_SIZE}, a string over 65,535 bytes, more than 65,535 infos of a kind.
     */
    public int infoSize() {
        long size = 2; // protocol id, transform count
        if (!strings.isEmpty()) {
            size += 3 + 4L * count(strings.size());
            for (Map.Entry<String, String> e : strings.entrySet()) {
                size += utf8Length(e.getKey()) + utf8Length(e.getValue());
            }
        }
        if (!ints.isEmpty()) {
            size += 3 + 4L * count(ints.size());
            for (String value : ints.values()) {
                size += utf8Length(value);
            }
        }
        if (aclToken != null) {
            size += 3 + utf8Length(aclToken);
        }
        size = (size + 3) & ~3L;
        if (size > MAX_HEADER_SIZE) {
            throw new IllegalArgumentException(
                    "TTHeader of " + size + " bytes is over the limit of " + MAX_HEADER_SIZE);
        }
        return (int) size;
    }

    /**
     * Writes the frame's start: a zero LENGTH (patched by {@link OutboundFrames#finish} once the
     * message is written), the fixed fields and the infos.
     */
    void writeTo(ByteSink sink) {
        int infoSize = infoSize();
        sink.ensure(FIXED_SIZE);
        byte[] b = sink.buffer();
        int p = sink.position();
        putInt(b, p, 0);
        putInt(b, p + 4, MAGIC << 16 | flags);
        putInt(b, p + 8, seqId);
        b[p + 12] = (byte) (infoSize >>> 2 >>> 8);
        b[p + 13] = (byte) (infoSize >>> 2);
        b[p + 14] = (byte) (protocol == Protocol.COMPACT ? PROTOCOL_COMPACT : PROTOCOL_BINARY);
        b[p + 15] = 0; // no transforms
        sink.advance(FIXED_SIZE);
        int written = 2;
        if (!strings.isEmpty()) {
            written += writeInfoHeader(sink, INFO_KEY_VALUE, strings.size());
            for (Map.Entry<String, String> e : strings.entrySet()) {
                written += writeString(sink, e.getKey()) + writeString(sink, e.getValue());
            }
        }
        if (!ints.isEmpty()) {
            written += writeInfoHeader(sink, INFO_INT_KEY_VALUE, ints.size());
            for (Map.Entry<Integer, String> e : ints.entrySet()) {
                written += writeU16(sink, e.getKey()) + writeString(sink, e.getValue());
            }
        }
        if (aclToken != null) {
            sink.writeByte(INFO_ACL_TOKEN);
            written += 1 + writeString(sink, aclToken);
        }
        for (; written < infoSize; written++) {
            sink.writeByte(INFO_PADDING);
        }
    }

    private static int writeInfoHeader(ByteSink sink, int id, int count) {
        if (count > 0xffff) {
            throw new IllegalArgumentException("more than 65535 TTHeader infos: " + count);
        }
        sink.writeByte(id);
        return 1 + writeU16(sink, count);
    }

    private static int writeU16(ByteSink sink, int value) {
        sink.ensure(2);
        sink.buffer()[sink.position()] = (byte) (value >>> 8);
        sink.buffer()[sink.position() + 1] = (byte) value;
        sink.advance(2);
        return 2;
    }

    private static int writeString(ByteSink sink, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xffff) {
            throw new IllegalArgumentException(
                    "TTHeader string of " + bytes.length + " bytes is over 65535");
        }
        writeU16(sink, bytes.length);
        sink.writeBytes(bytes, 0, bytes.length);
        return 2 + bytes.length;
    }

    private static int utf8Length(String value) {
        int length = value.getBytes(StandardCharsets.UTF_8).length;
        if (length > 0xffff) {
            throw new IllegalArgumentException(
                    "TTHeader string of " + length + " bytes is over 65535");
        }
        return length;
    }

    private static int count(int count) {
        if (count > 0xffff) {
            throw new IllegalArgumentException("more than 65535 TTHeader infos: " + count);
        }
        return count;
    }

    private static void putInt(byte[] b, int p, int value) {
        b[p] = (byte) (value >>> 24);
        b[p + 1] = (byte) (value >>> 16);
        b[p + 2] = (byte) (value >>> 8);
        b[p + 3] = (byte) value;
    }

    // ---------------------------------------------------------------- decoding

    /**
     * Reads the header of the complete frame at {@code buffer[index, index + frameSize)} (the
     * frame's 4-byte length included), checking every length against the frame; returns the header
     * and sets {@code payloadStart[0]} to the index of the message.
     */
    static TTHeader read(ByteBuf buffer, int index, int frameSize, int[] payloadStart) {
        if (frameSize < FIXED_SIZE) {
            throw error("frame of " + frameSize + " bytes is shorter than a TTHeader");
        }
        int word = buffer.getInt(index + 4);
        if (word >>> 16 != MAGIC) {
            throw error("bad magic 0x" + Integer.toHexString(word >>> 16) + ", expected 0x1000");
        }
        int flags = word & 0xffff;
        int seqId = buffer.getInt(index + 8);
        int infoSize = buffer.getUnsignedShort(index + 12) * 4;
        if (infoSize < 2 || infoSize > MAX_HEADER_SIZE) {
            throw error(
                    "header size of " + infoSize + " bytes is not in [2, " + MAX_HEADER_SIZE + "]");
        }
        if (14 + infoSize > frameSize) {
            throw error(
                    "header of "
                            + infoSize
                            + " bytes does not fit in a frame of "
                            + frameSize
                            + " bytes");
        }
        int p = index + 14;
        int end = p + infoSize;
        int protocolId = buffer.getUnsignedByte(p);
        Protocol protocol =
                switch (protocolId) {
                    case PROTOCOL_BINARY -> Protocol.BINARY;
                    case PROTOCOL_COMPACT -> Protocol.COMPACT;
                    default -> throw error("unsupported protocol id " + protocolId);
                };
        int transforms = buffer.getUnsignedByte(p + 1);
        if (transforms != 0) {
            throw error(
                    transforms
                            + " transforms (first id "
                            + (p + 2 < end ? buffer.getUnsignedByte(p + 2) : -1)
                            + "); transforms are not supported");
        }
        p += 2;
        Map<String, String> strings = new LinkedHashMap<>();
        Map<Integer, String> ints = new LinkedHashMap<>();
        String aclToken = null;
        Reader r = new Reader(buffer, p, end, index);
        while (r.position < end) {
            int info = r.u8();
            switch (info) {
                case INFO_PADDING -> {}
                case INFO_KEY_VALUE -> {
                    int count = r.u16();
                    for (int i = 0; i < count; i++) {
                        String key = r.string();
                        strings.put(key, r.string());
                    }
                }
                case INFO_INT_KEY_VALUE -> {
                    int count = r.u16();
                    for (int i = 0; i < count; i++) {
                        int key = r.u16();
                        ints.put(key, r.string());
                    }
                }
                case INFO_ACL_TOKEN -> aclToken = r.string();
                default ->
                        throw error(
                                "unknown info id 0x"
                                        + Integer.toHexString(info)
                                        + " at byte "
                                        + (r.position - 1 - index));
            }
        }
        payloadStart[0] = end;
        return new TTHeader(flags, seqId, protocol, strings, ints, aclToken);
    }

    private static TransportException error(String message) {
        return new TransportException("bad TTHeader: " + message);
    }

    /** Bounds-checked reads inside the header. */
    private static final class Reader {
        final ByteBuf buffer;
        final int end;
        final int frameStart;
        int position;

        Reader(ByteBuf buffer, int position, int end, int frameStart) {
            this.buffer = buffer;
            this.position = position;
            this.end = end;
            this.frameStart = frameStart;
        }

        private void need(int count, String what) {
            if (end - position < count) {
                throw error(
                        what
                                + " of "
                                + count
                                + " bytes at byte "
                                + (position - frameStart)
                                + " runs past the header's end at byte "
                                + (end - frameStart));
            }
        }

        int u8() {
            need(1, "info id");
            return buffer.getUnsignedByte(position++);
        }

        int u16() {
            need(2, "16-bit field");
            int value = buffer.getUnsignedShort(position);
            position += 2;
            return value;
        }

        String string() {
            int length = u16();
            need(length, "string");
            String s = buffer.toString(position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }
    }
}
