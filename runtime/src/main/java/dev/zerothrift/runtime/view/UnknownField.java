package dev.zerothrift.runtime.view;

/**
 * A field the schema does not know, kept as the range of bytes it came in: passing the message on
 * sends them unchanged.
 *
 * @param id the field id.
 * @param wireType its {@link dev.zerothrift.runtime.protocol.WireType}.
 * @param headerPosition chain position of the field header.
 * @param valuePosition chain position of the value (of the header, for a compact-protocol bool).
 * @param end chain position just after the value.
 */
public record UnknownField(int id, byte wireType, int headerPosition, int valuePosition, int end) {}
