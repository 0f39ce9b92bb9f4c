package dev.zerothrift.runtime.protocol;

/**
 * What a decoder accepts, with libthrift's defaults ({@code TConfiguration}).
 *
 * @param maxMessageSize largest message a reader accepts, in bytes (libthrift: 100 MiB).
 * @param maxFrameSize largest frame a framed transport accepts, in bytes (libthrift: 16,384,000).
 * @param maxDepth most structs, lists, sets and maps open at once in one message (libthrift: 64).
 */
public record Limits(long maxMessageSize, int maxFrameSize, int maxDepth) {
    /** libthrift's defaults: 104,857,600-byte messages, 16,384,000-byte frames, depth 64. */
    public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 16_384_000, 64);

    public Limits {
        if (maxMessageSize < 0) {
            throw new IllegalArgumentException("not a valid message size limit: " + maxMessageSize);
        }
        if (maxFrameSize < 0) {
            throw new IllegalArgumentException("not a valid frame size limit: " + maxFrameSize);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("not a valid depth limit: " + maxDepth);
        }
    }

    public Limits withMaxMessageSize(long size) {
        return new Limits(size, maxFrameSize, maxDepth);
    }

    public Limits withMaxFrameSize(int size) {
        return new Limits(maxMessageSize, size, maxDepth);
    }

    public Limits withMaxDepth(int depth) {
        return new Limits(maxMessageSize, maxFrameSize, depth);
    }

    /** Throws {@code SIZE_LIMIT} when a message of {@code size} bytes is over the limit. */
    public void checkMessageSize(long size, long offset) {
        if (size > maxMessageSize) {
            throw new ProtocolException(
                    ProtocolException.Kind.SIZE_LIMIT,
                    offset,
                    "message of " + size + " bytes is over the limit of " + maxMessageSize);
        }
    }

    /**
     * Throws {@code NEGATIVE_SIZE} or {@code SIZE_LIMIT} when a frame header announces a frame of
     * {@code size} bytes that is negative or over the limit.
     */
    public void checkFrameSize(int size, long offset) {
        if (size < 0) {
            throw new ProtocolException(
                    ProtocolException.Kind.NEGATIVE_SIZE, offset, "negative frame size: " + size);
        }
        if (size > maxFrameSize) {
            throw new ProtocolException(
                    ProtocolException.Kind.SIZE_LIMIT,
                    offset,
                    "frame of " + size + " bytes is over the limit of " + maxFrameSize);
        }
    }
}
