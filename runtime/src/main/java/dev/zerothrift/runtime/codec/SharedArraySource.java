package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.Objects;

/**
 * A source over one range of a {@code byte[]} (as {@link dev.zerothrift.runtime.io.ArraySource})
 * from which generated codecs read {@code binary} fields as {@link java.nio.ByteBuffer}s over the
 * array itself: nothing is copied, as libthrift's {@code TDeserializer} and its memory transports
 * return binaries. Strings, containers and unknown fields are read as from any source.
 *
 * <p>The decoded value then shares the array: a binary field changes when the array does, and the
 * array stays reachable as long as the value. Use it for an array that belongs to one message (a
 * received frame nobody reuses); decode a reused receive buffer, or a pooled chain whose blocks go
 * back to a pool, with an ordinary source, which copies every binary.
 *
 * <pre>{@code
 * Request r = Request.fastRead(new SharedArraySource(frame), Protocol.BINARY, Limits.DEFAULT);
 * }</pre>
 */
public final class SharedArraySource extends ByteSource {
    private final int start;

    /** A source over all of {@code array}. */
    public SharedArraySource(byte[] array) {
        this(array, 0, array.length);
    }

    /** A source over {@code length} bytes of {@code array} from {@code offset}. */
    public SharedArraySource(byte[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        this.buffer = array;
        this.start = offset;
        this.position = offset;
        this.limit = offset + length;
    }

    @Override
    public long remaining() {
        return limit - position;
    }

    @Override
    public long offset() {
        return position - start;
    }

    @Override
    protected void nextWindow(int count) {
        throw ProtocolException.truncated(offset(), count, remaining());
    }
}
