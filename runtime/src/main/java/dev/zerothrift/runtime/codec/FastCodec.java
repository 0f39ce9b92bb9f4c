package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.buffer.ChainSink;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.BinaryReader;
import dev.zerothrift.runtime.protocol.CompactReader;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

/**
 * The whole-message operations of {@link ThriftStruct}: write with a length computed first and
 * checked after, read one struct from a whole message.
 */
public final class FastCodec {
    private FastCodec() {}

    /** {@link ThriftStruct#fastWrite(Protocol)}. */
    public static byte[] toByteArray(ThriftStruct value, Protocol protocol) {
        int length = checkedLength(value, protocol);
        byte[] bytes = new byte[length];
        encodeChecked(value, bytes, 0, protocol, length);
        return bytes;
    }

    /**
     * {@link ThriftStruct#fastWrite(ByteSink, Protocol)}. When the sink's window holds the whole
     * message and reaches the end of its array (an {@link ArraySink} that grows, or a chain block
     * with room, when no string or binary is to be linked by reference), the message is put
     * straight into the array by the generated {@code encode} methods; otherwise it goes through
     * the protocol writer, window by window.
     */
    public static void write(ThriftStruct value, ByteSink sink, Protocol protocol) {
        int length = checkedLength(value, protocol);
        long reserve = length;
        if (sink instanceof ChainSink chain) {
            reserve -= value.referencedLength(chain.chain().referenceThreshold());
        }
        if (reserve == length) {
            sink.ensure(length);
            if (holdsToArrayEnd(sink, length)) {
                int start = sink.position();
                int end = encodeChecked(value, sink.buffer(), start, protocol, length);
                sink.advance(end - start);
                return;
            }
        }
        if (reserve > 0) {
            // A little more than the bytes: writers ask for a varint's largest size.
            sink.ensure((int) Math.min(Integer.MAX_VALUE - 16, reserve + 16));
        }
        writeChecked(value, sink, protocol, length);
    }

    /**
     * Whether the sink's window has {@code length} bytes and ends where its array does: then
     * nothing past the window belongs to anyone else, and a value that grew while it was encoded
     * can only run off the end of the array, which the JVM checks on every put.
     */
    private static boolean holdsToArrayEnd(ByteSink sink, int length) {
        int limit = sink.limit();
        return limit == sink.buffer().length && limit - sink.position() >= length;
    }

    /**
     * Encodes into {@code buffer} from {@code offset} (room for {@code length} bytes, and the
     * array's end free), checks that exactly {@code length} bytes were written, and returns the
     * offset after them.
     */
    private static int encodeChecked(
            ThriftStruct value, byte[] buffer, int offset, Protocol protocol, int length) {
        int end;
        try {
            end =
                    protocol == Protocol.BINARY
                            ? value.encodeBinary(buffer, offset)
                            : value.encodeCompact(buffer, offset);
        } catch (IndexOutOfBoundsException e) {
            // Only a value that grew since its length was computed runs off the array's end.
            throw new LengthMismatchException(
                    value.getClass().getSimpleName(),
                    length,
                    Math.max(length + 1L, (long) buffer.length - offset));
        }
        if (end - offset != length) {
            throw new LengthMismatchException(
                    value.getClass().getSimpleName(), length, end - offset);
        }
        return end;
    }

    private static int checkedLength(ThriftStruct value, Protocol protocol) {
        int length = value.encodedLength(protocol);
        if (length < 0) {
            throw new ProtocolException(
                    ProtocolException.Kind.SIZE_LIMIT,
                    -1,
                    value.getClass().getSimpleName() + " is longer than 2^31 - 1 bytes");
        }
        return length;
    }

    /**
     * A writer of each protocol per thread for {@link #writeChecked}, which runs once per message
     * whose fields go by reference (a long binary): a new writer each time was 24 B (binary) or 80
     * B (compact, with its field stack) per message. A writer is taken, so that a write nested in
     * another on the same thread makes its own, and given back pointed at no sink.
     */
    private static final class SpareWriters {
        private final ProtocolWriter[] byProtocol = new ProtocolWriter[Protocol.values().length];

        ProtocolWriter take(Protocol protocol, ByteSink sink) {
            ProtocolWriter w = byProtocol[protocol.ordinal()];
            byProtocol[protocol.ordinal()] = null;
            return w == null ? protocol.newWriter(sink) : w.reset(sink);
        }

        void giveBack(Protocol protocol, ProtocolWriter w) {
            byProtocol[protocol.ordinal()] = w.reset(null);
        }
    }

    private static final ThreadLocal<SpareWriters> SPARE_WRITERS =
            ThreadLocal.withInitial(SpareWriters::new);

    private static void writeChecked(
            ThriftStruct value, ByteSink sink, Protocol protocol, int length) {
        long start = sink.written();
        SpareWriters spares = SPARE_WRITERS.get();
        ProtocolWriter writer = spares.take(protocol, sink);
        try {
            value.write(writer);
        } catch (ProtocolException e) {
            // A fixed sink of exactly the computed length is full: the value grew meanwhile.
            if (e.kind() == ProtocolException.Kind.SIZE_LIMIT && sink instanceof ArraySink) {
                throw new LengthMismatchException(
                        value.getClass().getSimpleName(), length, sink.written() - start);
            }
            throw e;
        } finally {
            spares.giveBack(protocol, writer);
        }
        long written = sink.written() - start;
        if (written != length) {
            throw new LengthMismatchException(value.getClass().getSimpleName(), length, written);
        }
    }

    /**
     * Reads one struct into {@code into} from all of {@code bytes}, with the default {@link
     * Limits}; bytes left after the struct's stop byte are an error ({@code INVALID_DATA}).
     */
    public static <T extends ThriftStruct> T read(T into, byte[] bytes, Protocol protocol) {
        return read(into, new ArraySource(bytes), protocol, Limits.DEFAULT);
    }

    /**
     * {@link #read(ThriftStruct, byte[], Protocol)} with binary fields read as buffers over {@code
     * bytes} itself, not copied ({@link SharedArraySource}): as libthrift's {@code TDeserializer}
     * does. The value then shares {@code bytes}, which must not change while it is in use.
     */
    public static <T extends ThriftStruct> T readShared(T into, byte[] bytes, Protocol protocol) {
        return read(into, new SharedArraySource(bytes), protocol, Limits.DEFAULT);
    }

    /**
     * Reads one struct into {@code into} from the whole of {@code source} (a message): every check
     * of the protocol readers applies (lengths before allocation, depth, the message size limit),
     * then required fields, then that nothing is left over.
     */
    public static <T extends ThriftStruct> T read(
            T into, ByteSource source, Protocol protocol, Limits limits) {
        if (protocol == Protocol.BINARY) {
            into.readBinary(new BinaryReader(source, limits, false));
        } else {
            into.readCompact(new CompactReader(source, limits));
        }
        if (source.remaining() != 0) {
            throw new ProtocolException(
                    ProtocolException.Kind.INVALID_DATA,
                    source.offset(),
                    source.remaining()
                            + " bytes after the end of "
                            + into.getClass().getSimpleName()
                            + " at byte "
                            + source.offset());
        }
        return into;
    }
}
