package dev.zerothrift.rpc;

/**
 * The bytes on a connection cannot be split into messages: a frame over the size limit, a bad
 * TTHeader, bytes that are no known transport or protocol, a message that does not parse. The
 * connection is closed after this.
 */
public final class TransportException extends RpcException {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
