package dev.zerothrift.runtime.protocol;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as libthrift does it, without the intermediate array on encode.
 *
 * <p>Decoding is {@code new String(bytes, UTF_8)}: each malformed sequence becomes U+FFFD, as in
 * libthrift (which decodes the same way). Encoding writes what {@code String.getBytes(UTF_8)}
 * writes, byte for byte: a surrogate pair becomes one 4-byte sequence, and an unpaired surrogate
 * becomes {@code '?'}.
 */
public final class Utf8 {
    private Utf8() {}

    /** Decodes {@code length} bytes at {@code offset}, replacing malformed input with U+FFFD. */
    public static String decode(byte[] buffer, int offset, int length) {
        return new String(buffer, offset, length, StandardCharsets.UTF_8);
    }

    /** Bytes {@code s} takes in UTF-8 (what {@code s.getBytes(UTF_8).length} would be). */
    public static int encodedLength(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        long length = n;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            } else if (c < 0x800) {
                length += 1;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    length += 2; // 4 bytes for the two chars
                    i++;
                } // an unpaired surrogate is '?'
            } else {
                length += 2;
            }
        }
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("string too long for UTF-8: " + n + " chars");
        }
        return (int) length;
    }

    /**
     * Encodes {@code s} at {@code offset}; returns the offset after it. The caller has made room
     * for {@link #encodedLength} bytes.
     */
    public static int encode(CharSequence s, byte[] buffer, int offset) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            buffer[offset++] = (byte) c;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer[offset++] = (byte) c;
            } else if (c < 0x800) {
                buffer[offset++] = (byte) (0xc0 | (c >> 6));
                buffer[offset++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, low);
                    buffer[offset++] = (byte) (0xf0 | (cp >> 18));
                    buffer[offset++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    buffer[offset++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    buffer[offset++] = (byte) (0x80 | (cp & 0x3f));
                    i++;
                } else {
                    buffer[offset++] = '?';
                }
            } else {
                buffer[offset++] = (byte) (0xe0 | (c >> 12));
                buffer[offset++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                buffer[offset++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return offset;
    }

    /**
     * {@link #encode(CharSequence, byte[], int)} for a {@code String}. The chars are first copied
     * as bytes with the JDK's Latin-1 bulk copy ({@code String.getBytes(int, int, byte[], int)}: an
     * array copy for a Latin-1 string), then ORed together in a loop without an exit; only when
     * that shows a char above 0x7f is the string encoded again from its start, over the bytes just
     * copied (the room asked for is at least one byte per char, as every char takes at least one
     * byte of UTF-8). {@code StringEncodeBench}: 14 ASCII strings of a request in 140 ns this way,
     * 180 ns copied char by char, 80 ns for the bare copy (medians, 2026-12-01).
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII
    public static int encode(String s, byte[] buffer, int offset) {
        int n = s.length();
        s.getBytes(0, n, buffer, offset);
        if (orChars(s, n) < 0x80) {
            return offset + n;
        }
        return encodeRest(s, 0, buffer, offset);
    }

    private static int encodeRest(String s, int i, byte[] buffer, int offset) {
        int n = s.length();
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer[offset++] = (byte) c;
            } else if (c < 0x800) {
                buffer[offset++] = (byte) (0xc0 | (c >> 6));
                buffer[offset++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, low);
                    buffer[offset++] = (byte) (0xf0 | (cp >> 18));
                    buffer[offset++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    buffer[offset++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    buffer[offset++] = (byte) (0x80 | (cp & 0x3f));
                    i++;
                } else {
                    buffer[offset++] = '?';
                }
            } else {
                buffer[offset++] = (byte) (0xe0 | (c >> 12));
                buffer[offset++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                buffer[offset++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return offset;
    }

    /**
     * {@link #encodedLength(CharSequence)} for a {@code String}: an OR of every char, in a loop
     * without an exit the JIT keeps tight, decides whether the string is ASCII (as many bytes as
     * chars); only a string with a char above 0x7f is counted char by char.
     */
    public static int encodedLength(String s) {
        int n = s.length();
        return orChars(s, n) < 0x80 ? n : encodedLength((CharSequence) s);
    }

    /**
     * The OR of the first {@code n} chars of {@code s}, eight chars a step. Why eight: {@code
     * String.charAt} tests the string's coder on every call, and once anything in the JVM has read
     * a char of a non-Latin-1 string through it (a {@code String.format} of a number does, by its
     * locale data), its profile keeps the UTF-16 branch, a call the JIT does not inline. A loop of
     * one {@code charAt} a step then pays the test, the loads and the range check per char, and
     * {@code CodecBench.encode} of fastcodec (request-1k, binary) took 500-560 ns, not the 210-240
     * ns it takes in a JVM whose profile never saw such a string. Eight calls a step share one test
     * and its loads: 320-690 ns there, forks still differ (2 forks, 2026-12-02; {@code
     * EncodePartsBench} now formats as {@code CodecBench} does, to see it).
     */
    private static int orChars(String s, int n) {
        int bits = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            bits |=
                    s.charAt(i)
                            | s.charAt(i + 1)
                            | s.charAt(i + 2)
                            | s.charAt(i + 3)
                            | s.charAt(i + 4)
                            | s.charAt(i + 5)
                            | s.charAt(i + 6)
                            | s.charAt(i + 7);
        }
        for (; i < n; i++) {
            bits |= s.charAt(i);
        }
        return bits;
    }

    /**
     * True when the {@code length} bytes at {@code offset} are exactly the UTF-8 encoding of {@code
     * s}, compared without decoding or allocating. Malformed bytes (which decode to U+FFFD) and
     * strings with an unpaired surrogate never match.
     */
    public static boolean equals(byte[] buffer, int offset, int length, CharSequence s) {
        int end = offset + length;
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (offset >= end || buffer[offset++] != c) {
                    return false;
                }
            } else if (c < 0x800) {
                if (end - offset < 2
                        || buffer[offset++] != (byte) (0xc0 | (c >> 6))
                        || buffer[offset++] != (byte) (0x80 | (c & 0x3f))) {
                    return false;
                }
            } else if (Character.isSurrogate(c)) {
                char low;
                if (!Character.isHighSurrogate(c)
                        || i + 1 >= n
                        || !Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    return false; // decoding never yields an unpaired surrogate
                }
                int cp = Character.toCodePoint(c, low);
                if (end - offset < 4
                        || buffer[offset++] != (byte) (0xf0 | (cp >> 18))
                        || buffer[offset++] != (byte) (0x80 | ((cp >> 12) & 0x3f))
                        || buffer[offset++] != (byte) (0x80 | ((cp >> 6) & 0x3f))
                        || buffer[offset++] != (byte) (0x80 | (cp & 0x3f))) {
                    return false;
                }
                i++;
            } else {
                if (end - offset < 3
                        || buffer[offset++] != (byte) (0xe0 | (c >> 12))
                        || buffer[offset++] != (byte) (0x80 | ((c >> 6) & 0x3f))
                        || buffer[offset++] != (byte) (0x80 | (c & 0x3f))) {
                    return false;
                }
            }
        }
        return offset == end;
    }
}
