package dev.zerothrift.runtime.bulk;

import dev.zerothrift.runtime.io.ByteSource;
import dev.zerothrift.runtime.protocol.ProtocolException;

/** The checks every list decoder makes on a count read from the wire, before it allocates. */
final class ListSizes {
    private ListSizes() {}

    /**
     * Throws {@code NEGATIVE_SIZE} for a negative {@code count}, and {@code SIZE_LIMIT} when {@code
     * count} elements of at least {@code minElementSize} bytes each cannot fit in what is left of
     * the message.
     */
    static void check(ByteSource source, int count, int minElementSize, String elementType) {
        if (count < 0) {
            throw new ProtocolException(
                    ProtocolException.Kind.NEGATIVE_SIZE,
                    source.offset(),
                    "negative list size " + count + " at byte " + source.offset());
        }
        long needed = (long) count * minElementSize;
        long remaining = source.remaining();
        if (needed > remaining) {
            throw new ProtocolException(
                    ProtocolException.Kind.SIZE_LIMIT,
                    source.offset(),
                    "list of "
                            + count
                            + " "
                            + elementType
                            + " needs at least "
                            + needed
                            + " bytes at byte "
                            + source.offset()
                            + ", "
                            + remaining
                            + " left");
        }
    }
}
