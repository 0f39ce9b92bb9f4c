package dev.zerothrift.rpc.testing;

import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Blocking reads of framed messages from a socket's stream, for raw peers in tests. */
public final class Frames {
    private Frames() {}

    /** The next frame's message, or null at the end of the stream. */
    public static byte[] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int size;
        try {
            size = data.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (size < 0 || size > 64 << 20) {
            throw new IOException("bad frame size " + size);
        }
        byte[] message = new byte[size];
        data.readFully(message);
        return message;
    }

    /** The header of a message. */
    public static ThriftMessage header(Protocol protocol, byte[] message) {
        ProtocolReader reader =
                protocol.newReader(
                        new ArraySource(message), dev.zerothrift.runtime.protocol.Limits.DEFAULT);
        return reader.readMessageBegin();
    }

    /** A reader positioned after the message header. */
    public static ProtocolReader body(Protocol protocol, byte[] message) {
        ProtocolReader reader =
                protocol.newReader(
                        new ArraySource(message), dev.zerothrift.runtime.protocol.Limits.DEFAULT);
        reader.readMessageBegin();
        return reader;
    }
}
