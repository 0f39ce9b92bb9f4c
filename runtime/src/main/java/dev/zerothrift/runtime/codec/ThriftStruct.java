package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.protocol.BinaryReader;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.CompactReader;
import dev.zerothrift.runtime.protocol.CompactWriter;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;

/**
 * A generated struct, union or exception with a fast codec: its exact encoded length is known
 * before it is written, so a message takes one allocation and a check that the bytes written are
 * the bytes counted.
 *
 * <p>What a user calls:
 *
 * <pre>{@code
 * byte[] bytes = request.fastWrite(Protocol.BINARY);        // one array of exactly the length
 * request.fastWrite(chain.sink(), Protocol.COMPACT);          // one reserved window, large
 *                                                             // strings and binaries by reference
 * Request copy = Request.fastRead(bytes, Protocol.BINARY);  // generated static factory
 * int length = request.encodedLength(Protocol.BINARY);
 * }</pre>
 *
 * <p>The methods per protocol ({@link #binaryLength}, {@link #writeBinary}, {@link #readBinary},
 * and the compact ones) are what generated code calls on nested structs, with the final reader and
 * writer classes so that every protocol call is direct. They write and read the struct's fields and
 * its stop byte, nothing before (a message header, a field header of the enclosing struct).
 *
 * <p>Generated classes are mutable and not thread-safe: a value changed by another thread while it
 * is written fails the length check with a {@link LengthMismatchException} rather than producing a
 * corrupt message (when the change alters the length; an equal-length change goes unnoticed, as
 * with any unsynchronized read).
 */
public interface ThriftStruct {
    /** Bytes {@link #writeBinary} writes for the current value. */
    int binaryLength();

    /** Bytes {@link #writeCompact} writes for the current value. */
    int compactLength();

    /**
     * Bytes of strings and binaries of at least {@code threshold} bytes: what a chain sink takes by
     * reference instead of copying, so that only the rest needs reserved room.
     */
    long referencedLength(int threshold);

    /**
     * Writes the fields and the stop byte in the binary protocol; throws {@link
     * dev.zerothrift.runtime.protocol.ProtocolException} of kind {@code MISSING_REQUIRED} when a
     * required field (or a union's one field) is not set.
     */
    void writeBinary(BinaryWriter writer);

    /** As {@link #writeBinary}, in the compact protocol. */
    void writeCompact(CompactWriter writer);

    /**
     * Puts the fields and the stop byte in the binary protocol at {@code buffer[offset]}, with no
     * writer and no check between values; returns the offset after the stop byte. The caller has
     * made {@link #binaryLength} bytes of room there, and every byte from {@code offset} to the end
     * of the array is free to write: a value that grew since its length was computed writes more,
     * and past the array's end throws an {@link IndexOutOfBoundsException} ({@link FastCodec}
     * checks both). Throws as {@link #writeBinary} does when a required field is not set.
     */
    int encodeBinary(byte[] buffer, int offset);

    /** As {@link #encodeBinary}, in the compact protocol ({@link #compactLength} bytes of room). */
    int encodeCompact(byte[] buffer, int offset);

    /**
     * Reads fields into this value until the stop byte, in the binary protocol: fields of the wrong
     * type are skipped, unknown ones kept in {@link #unknownFields()}, required ones checked at the
     * end.
     */
    void readBinary(BinaryReader reader);

    /** As {@link #readBinary}, in the compact protocol. */
    void readCompact(CompactReader reader);

    /** Throws {@code MISSING_REQUIRED} when a required field (or a union's one field) is unset. */
    void validate();

    /** Fields read that this version of the IDL does not know, written back on every write. */
    UnknownFields unknownFields();

    /** Bytes a write in {@code protocol} takes. */
    default int encodedLength(Protocol protocol) {
        return protocol == Protocol.BINARY ? binaryLength() : compactLength();
    }

    /** Writes the struct with {@code writer}'s protocol. */
    default void write(ProtocolWriter writer) {
        if (writer instanceof BinaryWriter binary) {
            writeBinary(binary);
        } else {
            writeCompact((CompactWriter) writer);
        }
    }

    /** Reads the struct with {@code reader}'s protocol. */
    default void read(ProtocolReader reader) {
        if (reader instanceof BinaryReader binary) {
            readBinary(binary);
        } else {
            readCompact((CompactReader) reader);
        }
    }

    /**
     * Encodes into one new array of exactly {@link #encodedLength} bytes.
     *
     * @throws LengthMismatchException when the value changed while it was written.
     */
    default byte[] fastWrite(Protocol protocol) {
        return FastCodec.toByteArray(this, protocol);
    }

    /**
     * Appends the encoding to {@code sink}: room for the copied bytes is reserved once (one pooled
     * block of a chain), strings and binaries of at least the chain's reference threshold are
     * linked without a copy, and the bytes written are checked against the length computed first.
     *
     * @throws LengthMismatchException when the value changed while it was written; the bytes
     *     already appended to the sink must then be discarded.
     */
    default void fastWrite(ByteSink sink, Protocol protocol) {
        FastCodec.write(this, sink, protocol);
    }
}
