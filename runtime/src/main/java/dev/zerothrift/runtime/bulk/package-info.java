/**
 * Bulk encoding and decoding of lists and sets of {@code i16}, {@code i32}, {@code i64} and {@code
 * double}: the elements of such a list are converted in one loop, not one protocol call each.
 *
 * <ul>
 *   <li>{@link dev.zerothrift.runtime.bulk.BulkCodec}: array to big-endian bytes and back, the
 *       binary protocol's element encoding; a scalar and a Vector API implementation.
 *   <li>{@link dev.zerothrift.runtime.bulk.BulkCodecs}: which implementation is used, chosen once
 *       at class load (system property {@code zerothrift.bulk}).
 *   <li>{@link dev.zerothrift.runtime.bulk.BinaryLists}: binary-protocol list bodies through {@code
 *       ByteSink}/{@code ByteSource} windows, counts checked before allocation.
 *   <li>{@link dev.zerothrift.runtime.bulk.CompactLists}: compact-protocol list bodies (zigzag
 *       varints, little-endian doubles), through windows or plain arrays.
 * </ul>
 *
 * <p>Every encoder writes what Apache libthrift writes, byte for byte: doubles go through {@link
 * java.lang.Double#doubleToLongBits}, so every NaN is written as {@code 0x7ff8000000000000}.
 */
package dev.zerothrift.runtime.bulk;
