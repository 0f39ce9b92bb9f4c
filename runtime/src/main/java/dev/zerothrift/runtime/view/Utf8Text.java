package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Utf8;

/**
 * A string field's text as a {@link CharSequence} over its UTF-8 bytes in the chain, without
 * decoding them: an ASCII string (the common case) is read byte by byte in place; any other is
 * decoded once, on the first call that needs its chars. {@link #contentEquals} compares with a
 * string without decoding.
 *
 * <p>Valid while the chain is unchanged; reusable through {@link StructView#getUtf8(int,
 * Utf8Text)}.
 */
public final class Utf8Text implements CharSequence {
    private Chain chain;
    private int start;
    private int length;
    private int ascii = -1; // -1 unknown, 0 no, 1 yes
    private String decoded;

    /** An empty text, to be filled by a view. */
    public Utf8Text() {}

    Utf8Text reset(Chain chain, int start, int length) {
        this.chain = chain;
        this.start = start;
        this.length = length;
        this.ascii = -1;
        this.decoded = null;
        return this;
    }

    /** Bytes of UTF-8. */
    public int byteLength() {
        return length;
    }

    /** Chain position of the first byte. */
    public int bytePosition() {
        return start;
    }

    private boolean isAscii() {
        if (ascii < 0) {
            ascii = 1;
            for (int i = 0; i < length; i++) {
                if (chain.getByte(start + i) < 0) {
                    ascii = 0;
                    break;
                }
            }
        }
        return ascii == 1;
    }

    @Override
    public int length() {
        return isAscii() ? length : toString().length();
    }

    @Override
    public char charAt(int index) {
        if (isAscii()) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) chain.getByte(start + index);
        }
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().subSequence(from, to);
    }

    /** Whether the bytes are the UTF-8 encoding of {@code s}, compared without decoding. */
    public boolean contentEquals(CharSequence s) {
        return WireValues.stringEquals(chain, start, length, s);
    }

    /** The decoded string (decoded once, as {@link Utf8#decode} does). */
    @Override
    public String toString() {
        if (decoded == null) {
            decoded = WireValues.string(chain, start, length);
        }
        return decoded;
    }
}
