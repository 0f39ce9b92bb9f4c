/**
 * What generated fast codecs build on: the interface every generated struct, union and exception
 * implements, and the helpers its generated methods call.
 *
 * <ul>
 *   <li>{@link dev.zerothrift.runtime.codec.ThriftStruct}: exact encoded length per protocol,
 *       {@code fastWrite} into one array or one reserved window of a chain, and the per-protocol
 *       read and write methods generated code calls on nested structs.
 *   <li>{@link dev.zerothrift.runtime.codec.FastCodec}: the whole-message write (length first,
 *       checked after) and read (every rule of the protocol readers, required fields, nothing left
 *       over).
 *   <li>{@link dev.zerothrift.runtime.codec.BinaryValues}, {@link
 *       dev.zerothrift.runtime.codec.CompactValues} and {@link
 *       dev.zerothrift.runtime.codec.BinaryFields}: values and fields put at absolute offsets, for
 *       the generated {@code encode} methods that write a whole message into one array window
 *       without a writer (the protocol writers' bytes, call for call).
 *   <li>{@link dev.zerothrift.runtime.codec.ThriftException}: the base of generated exceptions;
 *       {@link dev.zerothrift.runtime.codec.ThriftEnum}: what generated enums implement.
 *   <li>{@link dev.zerothrift.runtime.codec.UnknownFields}: fields the IDL does not declare, kept
 *       as raw bytes and written back.
 *   <li>{@link dev.zerothrift.runtime.codec.Sizes} and {@link dev.zerothrift.runtime.codec.Fields}:
 *       encoded sizes, binaries as {@code ByteBuffer}s and the errors of required fields, unions
 *       and enum values.
 *   <li>{@link dev.zerothrift.runtime.codec.LengthMismatchException}: a value changed while it was
 *       written.
 * </ul>
 *
 * <p>Lists of {@code i16}, {@code i32}, {@code i64} and {@code double} that are fields are Java
 * arrays in generated code, encoded and decoded through {@link dev.zerothrift.runtime.bulk}.
 */
package dev.zerothrift.runtime.codec;
