package dev.zerothrift.rpc.testing;

import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Thrift messages as bytes, for feeding decoders. */
public final class Messages {
    private Messages() {}

    /** A message: {@code strict} false gives binary's old-style header (ignored for compact). */
    public static byte[] message(
            Protocol protocol,
            boolean strict,
            String name,
            byte type,
            int seqId,
            StructWriter body) {
        Chain chain = new Chain();
        try {
            ProtocolWriter out =
                    protocol == Protocol.BINARY && !strict
                            ? new BinaryWriter(chain.sink(), false)
                            : protocol.newWriter(chain.sink());
            out.writeMessageBegin(name, type, seqId);
            body.write(out);
            out.writeMessageEnd();
            return chain.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            chain.release();
        }
    }

    /** A struct with nesting: a string, a list of i32, a map, a nested struct, a double. */
    public static StructWriter nested(int seed) {
        return out -> {
            out.writeStructBegin();
            out.writeFieldBegin(WireType.STRING, 1);
            out.writeString("text-" + seed);
            out.writeFieldEnd();
            out.writeFieldBegin(WireType.LIST, 2);
            out.writeListBegin(WireType.I32, 3);
            out.writeI32(seed);
            out.writeI32(-seed);
            out.writeI32(seed * 1000);
            out.writeListEnd();
            out.writeFieldEnd();
            out.writeFieldBegin(WireType.MAP, 3);
            out.writeMapBegin(WireType.STRING, WireType.BOOL, 2);
            out.writeString("a");
            out.writeBool(true);
            out.writeString("b");
            out.writeBool(false);
            out.writeMapEnd();
            out.writeFieldEnd();
            out.writeFieldBegin(WireType.STRUCT, 4);
            out.writeStructBegin();
            out.writeFieldBegin(WireType.I64, 1);
            out.writeI64(Long.MIN_VALUE + seed);
            out.writeFieldEnd();
            out.writeFieldStop();
            out.writeStructEnd();
            out.writeFieldEnd();
            out.writeFieldBegin(WireType.DOUBLE, 5);
            out.writeDouble(seed / 3.0);
            out.writeFieldEnd();
            out.writeFieldStop();
            out.writeStructEnd();
        };
    }

    /** {@code message} behind a 4-byte big-endian length. */
    public static byte[] framed(byte[] message) {
        return ByteBuffer.allocate(4 + message.length).putInt(message.length).put(message).array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The first {@code count} bytes in hex, for messages. */
    public static String hexDump(byte[] bytes, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(count, bytes.length); i++) {
            out.append(String.format("%02x", bytes[i] & 0xff));
        }
        return out.toString();
    }

    public static byte[] hex(String hex) {
        String digits = hex.replaceAll("\\s", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
