/**
 * The binary and compact wire protocols, byte for byte as Apache libthrift 0.23 writes them.
 *
 * <ul>
 *   <li>{@link dev.zerothrift.runtime.protocol.ProtocolReader} and {@link
 *       dev.zerothrift.runtime.protocol.ProtocolWriter}: streaming readers and writers over a
 *       {@link dev.zerothrift.runtime.io.ByteSource} / {@link dev.zerothrift.runtime.io.ByteSink}
 *       (an array or a buffer chain), in libthrift's call sequence, with final implementations per
 *       protocol ({@code BinaryReader}, {@code CompactReader}, {@code BinaryWriter}, {@code
 *       CompactWriter}) and a {@link dev.zerothrift.runtime.protocol.ProtocolReader#skip skip} for
 *       any value.
 *   <li>{@link dev.zerothrift.runtime.protocol.BinaryWire}, {@link
 *       dev.zerothrift.runtime.protocol.CompactWire}, {@link dev.zerothrift.runtime.protocol.Utf8}:
 *       static encodings at absolute offsets of a {@code byte[]}, for views and fast codecs.
 * </ul>
 *
 * <h2>Bad input</h2>
 *
 * A decoder throws {@link dev.zerothrift.runtime.protocol.ProtocolException} and nothing else, with
 * the byte offset and the innermost field id it knows. Lengths and counts are checked against the
 * bytes remaining before anything is allocated (a count times the least size of its element type);
 * nesting is bounded by {@link dev.zerothrift.runtime.protocol.Limits#maxDepth()} (64 structs and
 * containers open at once; libthrift's {@code skip} allows one level less); the message size by
 * {@link dev.zerothrift.runtime.protocol.Limits#maxMessageSize()}. Where libthrift is lenient on
 * bytes no writer produces (varints longer than 5 or 10 bytes, compact type codes 14 and 15, a
 * compact field header of type 0 with a delta, containers of element type stop or void that are not
 * empty), we reject them as {@code INVALID_DATA}.
 *
 * <h2>UTF-8</h2>
 *
 * Strings decode as libthrift decodes them, with {@code new String(bytes, UTF_8)}: each malformed
 * sequence becomes U+FFFD, so both read the same text from the same bytes. Strings encode as {@code
 * String.getBytes(UTF_8)} does (an unpaired surrogate becomes {@code '?'}), without the
 * intermediate array for strings up to 2048 chars.
 */
package dev.zerothrift.runtime.protocol;
