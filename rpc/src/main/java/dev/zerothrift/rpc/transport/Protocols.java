package dev.zerothrift.rpc.transport;

import dev.zerothrift.runtime.protocol.Protocol;

/** Tells a message's protocol from its first byte. */
final class Protocols {
    /** First byte of a strict binary message header (the version word 0x8001...). */
    static final int BINARY_STRICT_FIRST = 0x80;

    /** First byte of a compact message header (the protocol id). */
    static final int COMPACT_FIRST = 0x82;

    private Protocols() {}

    /**
     * The protocol of a message starting with {@code first}: compact for 0x82, binary otherwise
     * (strict 0x80, or an old-style header whose first byte is that of a name length).
     */
    static Protocol of(int first) {
        return (first & 0xff) == COMPACT_FIRST ? Protocol.COMPACT : Protocol.BINARY;
    }
}
