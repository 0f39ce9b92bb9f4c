package dev.zerothrift.runtime.protocol;

/**
 * A message header: the method name, the message type and the sequence id that matches a reply to
 * its call.
 *
 * @param name method name (with a {@code service:} prefix when multiplexed).
 * @param type one of {@link #CALL}, {@link #REPLY}, {@link #EXCEPTION}, {@link #ONEWAY} (readers
 *     pass on other values as they find them).
 * @param seqid sequence id.
 */
public record ThriftMessage(String name, byte type, int seqid) {
    public static final byte CALL = 1;
    public static final byte REPLY = 2;
    public static final byte EXCEPTION = 3;
    public static final byte ONEWAY = 4;

    public ThriftMessage {
        if (name == null) {
            throw new NullPointerException("name");
        }
    }
}
