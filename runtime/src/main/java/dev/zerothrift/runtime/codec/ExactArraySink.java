package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.io.ByteSink;

/**
 * A sink over an array of exactly the computed length of a message, for {@link FastCodec}.
 *
 * <pre>
 *   array:  [ written ............ | free ........ ]( slack )
 *           ^ 0                    ^ position()     ^ length    ^ limit()
 * </pre>
 *
 * The protocol writers ask for the most room a value can take (10 bytes for any compact i64, 4 + 3
 * per char for a string) before they know what it takes, so near the end of an exact array an
 * honest write would be refused. The window therefore claims {@value #SLACK} bytes more than the
 * array holds. A value that did not change writes only bytes inside the array; one that grew runs
 * off its end with an {@link IndexOutOfBoundsException}, which {@link FastCodec} reports as a
 * {@link LengthMismatchException}.
 */
final class ExactArraySink extends ByteSink {
    /** More than the largest window a writer asks for beyond the bytes it writes. */
    static final int SLACK = 4096;

    ExactArraySink(byte[] array) {
        this.buffer = array;
        this.position = 0;
        this.limit = (int) Math.min(Integer.MAX_VALUE, (long) array.length + SLACK);
    }

    @Override
    public long written() {
        return position;
    }

    @Override
    protected void nextWindow(int count) {
        // Only a value that grew asks for more than the slack past the end.
        throw new IndexOutOfBoundsException(
                "sink full: " + count + " bytes asked for at byte " + position);
    }
}
