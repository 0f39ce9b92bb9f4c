package dev.zerothrift.rpc;

/**
 * How a connection separates one Thrift message from the next.
 *
 * <pre>
 *   FRAMED:    [ length: i32 BE ][ message ............ ]
 *   UNFRAMED:  [ message ............ ]                    the end is found by walking the message
 *   HEADER:    [ length: i32 BE ][ 0x1000 | flags ][ seq id ][ header size / 4 ][ header ][ message ]
 * </pre>
 *
 * {@link #HEADER} is Kitex's TTHeader (see {@link dev.zerothrift.rpc.transport.TTHeader}).
 */
public enum Transport {
    /** A 4-byte big-endian length, then the message (Apache's {@code TFramedTransport}). */
    FRAMED,
    /** The bare message (Apache's buffered {@code TSocket}). */
    UNFRAMED,
    /** Kitex's TTHeader: a length, a header with the seq id and key-value infos, the message. */
    HEADER
}
